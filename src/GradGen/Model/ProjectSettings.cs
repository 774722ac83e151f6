namespace GradGen.Model
{
    /// <summary>What the consumer's project file tells GradGen, read once per change of the project's options.</summary>
    /// <param name="DefaultStep">The step of methods whose attribute gives none: <c>GradGenDefaultStep</c>, else 1e-4.</param>
    /// <param name="DefaultStepIsFromProject">Whether <paramref name="DefaultStep"/> is the project's <c>GradGenDefaultStep</c>.</param>
    /// <param name="Diagnostics">Problems with the project's settings, such as an invalid <c>GradGenDefaultStep</c>.</param>
    internal sealed record ProjectSettings(double DefaultStep, bool DefaultStepIsFromProject, EquatableArray<DiagnosticInfo> Diagnostics);
}
