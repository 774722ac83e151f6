namespace GradGen.Model.Body
{
    /// <summary>
    /// <c>return (a, b);</c>, <c>return new double[] { a, b };</c> (the <see cref="Elements"/>), or <c>return r;</c> for a
    /// local array <c>r</c> (<see cref="Array"/>): the return of a vector-valued method. No transform reads it:
    /// <c>Differentiation/VectorOutput</c> lowers it into statements they know first.
    /// </summary>
    internal sealed record ReturnVectorStatement(EquatableArray<BodyExpression> Elements, string? Array) : BodyStatement;
}
