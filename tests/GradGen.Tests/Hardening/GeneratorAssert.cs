using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace GradGen.Tests.Hardening
{
    /// <summary>Assertions shared by the hardening tests.</summary>
    internal static class GeneratorAssert
    {
        /// <summary>
        /// CS8784 and CS8785 are what the user sees when a generator throws: it contributes nothing, and every call to
        /// generated code becomes an error.
        /// </summary>
        public static string? Failure(GeneratorDriverRunResult result)
        {
            var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
            if (exception is not null)
            {
                return exception.ToString();
            }

            var failure = result.Diagnostics.FirstOrDefault(d => d.Id is "CS8784" or "CS8785");
            return failure?.ToString();
        }

        /// <summary>
        /// GradGen's diagnostics other than GG01xx: those are warnings that a method's gradient falls back to the
        /// centered difference, about the user's code, not failures of the generator.
        /// </summary>
        public static System.Collections.Generic.List<Diagnostic> Problems(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Where(d => !d.Id.StartsWith("GG01", System.StringComparison.Ordinal)).ToList();

        public static void DidNotFail(GeneratorDriverRunResult result)
        {
            var failure = Failure(result);
            if (failure is not null)
            {
                throw new XunitException("The generator failed:\n" + failure);
            }
        }
    }
}
