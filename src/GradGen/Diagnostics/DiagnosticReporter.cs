using System.Linq;
using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Diagnostics
{
    /// <summary>Turns diagnostics carried as data through the pipeline into compiler diagnostics.</summary>
    internal static class DiagnosticReporter
    {
        public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var info in diagnostics)
            {
                context.ReportDiagnostic(ToDiagnostic(info, tree: null));
            }
        }

        /// <summary>
        /// A diagnostic located in <paramref name="tree"/> when it lies there: an analyzer must report source
        /// locations, which is also what lets the editor offer code fixes for them.
        /// </summary>
        public static Diagnostic ToDiagnostic(DiagnosticInfo info, SyntaxTree? tree)
        {
            var location = info.Location is null ? Location.None
                : tree is not null && tree.FilePath == info.Location.FilePath ? Location.Create(tree, info.Location.Span)
                : info.Location.ToLocation();
            return Diagnostic.Create(DiagnosticDescriptors.ById[info.DescriptorId], location, info.MessageArguments.ToArray<object>());
        }
    }
}
