namespace GradGen.Model
{
    /// <summary>
    /// One enclosing type of a [Differentiable] method, kept as data so that nested and generic partial types can be
    /// declared again around the generated members.
    /// </summary>
    /// <param name="Modifiers">Modifiers every part must repeat, each followed by a space: <c>readonly </c>, <c>ref </c>.</param>
    /// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
    /// <param name="Name">The name with its type parameters, for example <c>Model&lt;T&gt;</c>.</param>
    /// <param name="FileNamePart">The name as it appears in hint names, for example <c>Model`1</c>.</param>
    internal sealed record ContainingTypeModel(string Modifiers, string Keyword, string Name, string FileNamePart);
}
