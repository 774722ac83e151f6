using System.Globalization;
using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGen.Parsing
{
    /// <summary>
    /// Reads the MSBuild properties that the package's build/GradGen.props makes visible to the compiler
    /// (<c>CompilerVisibleProperty</c>), which reach the generator as <c>build_property.*</c> global options.
    /// </summary>
    internal static class ProjectSettingsParser
    {
        public const string DefaultStepProperty = "GradGenDefaultStep";

        public static ProjectSettings Parse(AnalyzerConfigOptions globalOptions)
        {
            // An unset property is visible too, as an empty value.
            if (!globalOptions.TryGetValue("build_property." + DefaultStepProperty, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return new ProjectSettings(StepParser.DefaultStep, DefaultStepIsFromProject: false, EquatableArray<DiagnosticInfo>.Empty);
            }

            // Invariant culture whatever the build machine's: "1e-6" and "0.001", never "0,001".
            if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var step) && StepParser.IsValid(step))
            {
                return new ProjectSettings(step, DefaultStepIsFromProject: true, EquatableArray<DiagnosticInfo>.Empty);
            }

            var diagnostics = new DiagnosticList();
            diagnostics.Add(DiagnosticDescriptors.InvalidDefaultStep, null, text.Trim());
            return new ProjectSettings(StepParser.DefaultStep, DefaultStepIsFromProject: false, diagnostics.ToEquatableArray());
        }
    }
}
