using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace GradGen.Tests.Infrastructure
{
    /// <summary>
    /// Runs <see cref="DifferentiableAnalyzer"/> over marked source, checks the diagnostics it reports, applies a
    /// code fix and compares the result, with Roslyn's code-fix test library. References are the .NET 8 reference
    /// assemblies the other tests use, so nothing is downloaded while tests run.
    /// </summary>
    internal static class CodeFixVerifier<TCodeFix>
        where TCodeFix : CodeFixProvider, new()
    {
        public static Task VerifyAsync(string source, string fixedSource, int fixAllIterations = 1)
        {
            var test = new CSharpCodeFixTest<DifferentiableAnalyzer, TCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
                NumberOfFixAllIterations = fixAllIterations,
            };
            test.TestState.AdditionalReferences.AddRange(Net80.References.All);
            test.TestState.AdditionalReferences.Add(typeof(DifferentiableAttribute).Assembly);
            return test.RunAsync();
        }
    }
}
