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
                var descriptor = DiagnosticDescriptors.ById[info.DescriptorId];
                context.ReportDiagnostic(Diagnostic.Create(descriptor, info.Location?.ToLocation(), info.MessageArguments.ToArray<object>()));
            }
        }
    }
}
