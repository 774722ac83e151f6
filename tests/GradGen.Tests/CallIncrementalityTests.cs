using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>A caller's model holds its callees' signatures: changing a callee's signature in another file (here a parameter's name, which names its gradient's tuple element) re-emits the caller.</summary>
    public class CallIncrementalityTests
    {
        private const string Caller = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
            + "        [Differentiable]\n        public static double F(double x, double y) => Other.G(x, y) * x;\n    }\n}\n";

        private const string Callee = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Other\n    {\n"
            + "        [Differentiable]\n        public static double G(double a, double b) => Math.Sin(a) * b;\n    }\n}\n";

        [Fact]
        public void ChangingACalleesSignatureReemitsTheCaller()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { Caller, Callee });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

            var tree = compilation.SyntaxTrees.Last();
            var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Callee.Replace("double b)", "double c)").Replace("* b;", "* c;"))));
            var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            var methods = result.TrackedSteps["Methods"].SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(2, methods.Count(reason => reason == IncrementalStepRunReason.Modified));
            var caller = result.GeneratedSources.Single(s => s.HintName == "Demo.Net.F.g.cs").SourceText.ToString();
            Assert.Contains("partials.c", caller, System.StringComparison.Ordinal);
            Assert.DoesNotContain("partials.b", caller, System.StringComparison.Ordinal);
        }

        [Fact]
        public void ACalleeThatStartsWritingIntoItsArrayParameterTurnsTheCallerNumeric()
        {
            const string caller = "using GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
                + "        [Differentiable]\n        public static double F(double[] x) => Other.G(x) * x[0];\n    }\n}\n";
            const string callee = "using GradGen;\nnamespace Demo\n{\n    public static partial class Other\n    {\n"
                + "        [Differentiable]\n        public static double G(double[] a) { return a[0] * a[1]; }\n    }\n}\n";
            var compilation = GeneratorHarness.CreateCompilation(new[] { caller, callee });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            Assert.Contains("GAccumulateGradient(x, ", CallerSource(driver.GetRunResult().Results.Single()), System.StringComparison.Ordinal);

            var tree = compilation.SyntaxTrees.Last();
            var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(callee.Replace("{ return", "{ a[1] = 2; return"))));
            var after = CallerSource(driver.RunGenerators(edited).GetRunResult().Results.Single());
            Assert.DoesNotContain("GAccumulateGradient(x, ", after, System.StringComparison.Ordinal);
            Assert.Contains("return FRichardsonDiff(x);", after, System.StringComparison.Ordinal);
        }

        private static string CallerSource(GeneratorRunResult result) =>
            result.GeneratedSources.Single(s => s.HintName == "Demo.Net.F.g.cs").SourceText.ToString();
    }
}
