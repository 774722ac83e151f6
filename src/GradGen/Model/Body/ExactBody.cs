namespace GradGen.Model.Body
{
    /// <summary>
    /// The body of a [Differentiable] method as data, for the exact (reverse-mode) gradient: every identifier
    /// resolved, every local named once, nothing from Roslyn.
    /// </summary>
    /// <param name="Variables">The parameters the body uses and every local it declares.</param>
    /// <param name="Statements">The body; an expression body is one <see cref="ReturnStatement"/>.</param>
    internal sealed record ExactBody(EquatableArray<BodyVariable> Variables, EquatableArray<BodyStatement> Statements);
}
