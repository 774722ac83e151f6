using System.Linq;

namespace GradGen.Model.Body
{
    /// <summary>
    /// A call to another method GradGen can differentiate through: a [Differentiable] method (through its generated
    /// derivatives) or a method with a [DerivativeOf] custom derivative.
    /// </summary>
    internal sealed record MethodCallExpression(CalleeModel Callee, EquatableArray<BodyExpression> Arguments, BodyType Type) : BodyExpression(Type);

    /// <summary>
    /// What a caller's derivatives need to know about a method it calls, as data: a change to the callee's signature
    /// changes the caller's model and so re-emits the caller.
    /// </summary>
    /// <param name="Receiver">
    /// <c>this</c>, a parameter, a field or property (<c>this.f</c>, <c>global::N.T.f</c>), or the
    /// <c>global::</c>-qualified containing type of a static method.
    /// </param>
    /// <param name="Name">The callee's name, unescaped.</param>
    /// <param name="CustomDerivative">The name of its [DerivativeOf] method, or null to use the callee's generated derivatives.</param>
    /// <param name="Parameters">One entry per parameter, in order.</param>
    /// <param name="ReturnsVector">
    /// Whether the callee is vector-valued and returns a <c>double[]</c> or <c>float[]</c> (issue 13): the call is
    /// then the value of a local array, <c>var p = Softmax(z);</c>, differentiated through the callee's
    /// <c>MJacobianVectorProduct</c> and <c>MAccumulateVectorJacobianProduct</c>.
    /// </param>
    internal sealed record CalleeModel(string Receiver, string Name, string? CustomDerivative, EquatableArray<CalleeParameter> Parameters, bool ReturnsVector = false)
    {
        /// <summary>
        /// Whether the caller's reverse sweep goes through the callee's <c>MAccumulateGradient</c>, which adds into
        /// the caller's adjoint arrays: the callee differentiates with respect to an array.
        /// </summary>
        public bool TakesArrayAdjoints => Parameters.Any(p => p.IsDifferentiable && p.IsArray);
    }

    /// <summary>
    /// A parameter of a callee: its name, its element type and array rank (0 for a scalar), and whether it is
    /// differentiated.
    /// </summary>
    internal sealed record CalleeParameter(string Name, BodyType Type, int Rank, bool IsDifferentiable, ArrayLayout Layout = ArrayLayout.Rectangular)
    {
        public bool IsArray => Rank > 0;

        /// <summary>The element type, rank and layout of the tangent or adjoint array the callee takes for this parameter.</summary>
        public DifferentiableShape DerivativeShape => new(Type == BodyType.Float ? ScalarKind.Float : ScalarKind.Double, Rank, Layout);
    }
}
