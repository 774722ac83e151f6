namespace GradGen.Model.Body
{
    /// <summary>A statement of a differentiated method body, with compound assignments and increments spelled out.</summary>
    internal abstract record BodyStatement;

    /// <summary>
    /// <c>target = value</c>, or <c>target[indices] = value</c> when <see cref="Indices"/> is not empty. A local's
    /// declaration with an initializer is an assignment too (<see cref="IsDeclaration"/>): every local is declared
    /// once, at the top of the generated method.
    /// </summary>
    internal sealed record AssignStatement(string Target, EquatableArray<BodyExpression> Indices, BodyExpression Value, bool IsDeclaration = false) : BodyStatement;

    internal sealed record IfStatement(BodyExpression Condition, EquatableArray<BodyStatement> Then, EquatableArray<BodyStatement> Else) : BodyStatement;

    /// <summary>
    /// <c>while</c> (or <c>do ... while</c> when <see cref="TestsAfterBody"/>): a <c>for</c> loop's initializers come
    /// before it and its increments are <see cref="Increment"/>, run after the body and after <c>continue</c>.
    /// </summary>
    internal sealed record LoopStatement(
        BodyExpression Condition,
        EquatableArray<BodyStatement> Body,
        EquatableArray<BodyStatement> Increment,
        bool TestsAfterBody) : BodyStatement;

    internal sealed record BreakStatement : BodyStatement;

    internal sealed record ContinueStatement : BodyStatement;

    internal sealed record ReturnStatement(BodyExpression Value) : BodyStatement;
}
