namespace GradGen.Model
{
    /// <summary>
    /// A [Differentiable] method generic over one scalar type parameter (issue 14, item 6): its name and the
    /// constraints of its <c>where</c> clause, which every generated member repeats.
    /// </summary>
    /// <param name="TypeParameter">The type parameter's name, <c>T</c>.</param>
    /// <param name="Constraints">The constraint list, <c>global::</c>-qualified: <c>global::System.Numerics.IFloatingPointIeee754&lt;T&gt;</c>.</param>
    internal sealed record GenericMathModel(string TypeParameter, string Constraints);
}
