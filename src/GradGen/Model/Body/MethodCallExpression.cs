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
    /// <param name="Receiver"><c>this</c>, or the <c>global::</c>-qualified containing type of a static method.</param>
    /// <param name="Name">The callee's name, unescaped.</param>
    /// <param name="CustomDerivative">The name of its [DerivativeOf] method, or null to use the callee's generated derivatives.</param>
    /// <param name="Parameters">One entry per parameter, in order.</param>
    internal sealed record CalleeModel(string Receiver, string Name, string? CustomDerivative, EquatableArray<CalleeParameter> Parameters);

    /// <summary>
    /// A parameter of a callee: its name, whether it is differentiated, and its position in the callee's gradient
    /// (the generated gradient's tuple element, or the custom derivative's tuple element after the value).
    /// </summary>
    internal sealed record CalleeParameter(string Name, BodyType Type, bool IsDifferentiable);
}
