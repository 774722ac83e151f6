namespace GradGen.Model
{
    /// <summary>What the consumer's compilation allows generated code to use.</summary>
    /// <param name="NullableDirective">Whether <c>#nullable</c> may be written (C# 8 and later).</param>
    /// <param name="DefaultStep">The step of methods whose attribute gives none: the project's or GradGen's default.</param>
    /// <param name="DefaultStepIsFromProject">Whether <paramref name="DefaultStep"/> is the project's <c>GradGenDefaultStep</c>.</param>
    internal sealed record EmitOptions(bool NullableDirective, double DefaultStep, bool DefaultStepIsFromProject);
}
