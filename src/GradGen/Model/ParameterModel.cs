namespace GradGen.Model
{
    /// <summary>One parameter of a [Differentiable] method, as the emitters need it.</summary>
    /// <param name="Name">The parameter's name, escaped with <c>@</c> where it is a keyword.</param>
    /// <param name="Type">The type as written in generated code: <c>global::</c>-qualified, nullable annotations kept.</param>
    /// <param name="CrefType">The type as written inside a <c>cref</c> attribute.</param>
    /// <param name="Modifier">The modifier written before the type: <c>ref </c>, <c>out </c>, <c>in </c>, <c>this </c> or empty.</param>
    /// <param name="ArgumentModifier">The modifier written before the argument at a call: <c>ref </c>, <c>out </c>, <c>in </c> or empty.</param>
    /// <param name="Shape">How the parameter is differentiated; <see langword="null"/> for a [NoDerivative] or [Output] parameter.</param>
    /// <param name="DefaultValue">The parameter's default value as C# (<c>1.0</c>, <c>null</c>, <c>(global::N.Mode)(2)</c>), or <see langword="null"/> where it has none.</param>
    /// <param name="IsOutput">Whether it is the [Output] array of a vector-valued <c>void</c> method (issue 13).</param>
    /// <param name="StructType">For a differentiable struct or array of structs (issue 19), the type its derivative has (the parameter's own type without annotations); null otherwise.</param>
    /// <param name="Memory">For a parameter not differentiated ([NoDerivative], [Output]) whose type is an array or span of <c>double</c> or <c>float</c> (or of a generic-math <c>T</c>), its shape; null otherwise.</param>
    internal sealed record ParameterModel(
        string Name,
        string Type,
        string CrefType,
        string Modifier,
        string ArgumentModifier,
        DifferentiableShape? Shape,
        string? DefaultValue = null,
        bool IsOutput = false,
        string? StructType = null,
        DifferentiableShape? Memory = null)
    {
        public bool IsDifferentiable => Shape is not null;

        /// <summary>
        /// The shape of the array or span of <c>double</c> or <c>float</c> the parameter passes, differentiated or not
        /// (<see cref="Memory"/>); null for any other type. Generated methods check that no array they write is it.
        /// </summary>
        public DifferentiableShape? ArrayMemory => Shape is { IsArray: true } ? Shape : Memory;
    }

    /// <summary>A differentiable parameter's element type, array rank (0 for a scalar) and array layout.</summary>
    internal sealed record DifferentiableShape(ScalarKind Element, int Rank, ArrayLayout Layout = ArrayLayout.Rectangular)
    {
        public bool IsArray => Rank > 0;

        public bool IsJagged => Layout == ArrayLayout.Jagged;

        public bool IsSpan => Layout.IsSpan();
    }
}
