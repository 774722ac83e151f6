namespace GradGen.Model
{
    /// <summary>What the consumer's compilation allows generated code to use.</summary>
    /// <param name="NullableDirective">Whether <c>#nullable</c> may be written (C# 8 and later).</param>
    internal sealed record EmitOptions(bool NullableDirective);
}
