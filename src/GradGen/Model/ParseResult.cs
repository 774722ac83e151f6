namespace GradGen.Model
{
    /// <summary>
    /// What parsing one [Differentiable] method gives: the model to emit from (absent when an error was found)
    /// and the diagnostics to report.
    /// </summary>
    internal sealed record ParseResult(MethodModel? Method, EquatableArray<DiagnosticInfo> Diagnostics);
}
