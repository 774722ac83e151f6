namespace GradGen.Model.Body
{
    /// <summary>Where a variable of a differentiated body comes from.</summary>
    internal enum VariableKind
    {
        /// <summary>A parameter GradGen differentiates with respect to.</summary>
        DifferentiableParameter,

        /// <summary>A [NoDerivative] parameter, or one of a type that is never differentiated.</summary>
        ConstantParameter,

        /// <summary>A local of the body, renamed where needed so that every local has one name.</summary>
        Local,
    }

    /// <summary>A parameter or local the body uses: its unique name, element type, array rank (0 for a scalar) and kind.</summary>
    internal sealed record BodyVariable(string Name, BodyType Type, int Rank, VariableKind Kind)
    {
        public bool IsArray => Rank > 0;

        /// <summary>
        /// The value a local starts with, assigned where it is declared, before the statements run (a tangent that
        /// starts as its direction); null to start at zero. Only derivative programs set it.
        /// </summary>
        public BodyExpression? Initial { get; init; }

        /// <summary>How an array variable holds its elements: <c>double[][]</c> and spans are issue 14's.</summary>
        public ArrayLayout Layout { get; init; }
    }
}
