namespace GradGen.Model.Body
{
    /// <summary>
    /// The index of a row in the index list of an element of an array of arrays (issue 14): <c>a[i][j]</c> is an
    /// element whose indices are <c>[RowIndex(i), j]</c>, printed with a bracket pair each. The list carries the
    /// layout with it, so the adjoint and the tangent of <c>a[i][j]</c>, which reuse the list, are indexed alike.
    /// </summary>
    internal sealed record RowIndexExpression(BodyExpression Index) : BodyExpression(BodyType.Int);

    /// <summary><c>a[row].Length</c>: the length of one row of an array of arrays.</summary>
    internal sealed record RowLengthExpression(string Array, BodyExpression Row) : BodyExpression(BodyType.Int);

    /// <summary>
    /// <c>global::System.Array.ConvertAll(a, row =&gt; new double[row.Length])</c>: a new array of arrays of zeros shaped
    /// like <see cref="Array"/> (the tangent or adjoint of an array of arrays that carries no derivative, for a
    /// callee). <see cref="Row"/> names the lambda's parameter, a name no variable of the generated method has.
    /// </summary>
    internal sealed record ZeroRowsExpression(string Array, string Row, BodyType Type) : BodyExpression(Type);

    /// <summary>
    /// <c>x.Slice(start, length)</c> of a span parameter <see cref="Array"/>, passed as an argument to a call (issue 14):
    /// the tangent and the adjoint of the argument are the same slice of <see cref="Array"/>'s tangent and adjoint.
    /// <see cref="BodyExpression.Type"/> is its element type.
    /// </summary>
    internal sealed record SliceArgumentExpression(string Array, BodyExpression Start, BodyExpression Length, BodyType Type) : BodyExpression(Type);
}
