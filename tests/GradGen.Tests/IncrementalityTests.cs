using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>The generator does no work again for edits that do not change what it generates.</summary>
    public class IncrementalityTests
    {
        private const string Functions = """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double Squared(double x) => x * x;

                [Differentiable(Step = 1e-6)]
                public static double Loss(double[] w, [NoDerivative] double[] x) => w[0] * x[0];
            }
            """;

        private static readonly string[] TrackedSteps =
        {
            TrackingNames.ParseResults, TrackingNames.Diagnostics, TrackingNames.Methods, TrackingNames.EmitOptions, TrackingNames.MethodsWithOptions,
        };

        [Fact]
        public void UnrelatedEditRegeneratesNothing()
        {
            var (first, second) = RunTwice(
                Functions,
                "namespace Demo { public class Other { } }",
                (compilation, _) => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                    "namespace Demo { public class Unrelated { public int Answer => 42; } }",
                    (CSharpParseOptions)compilation.SyntaxTrees.First().Options)));

            Assert.Equal(2, first.Results.Single().GeneratedSources.Count(source => !GeneratorRun.IsTypeHelpers(source.HintName)));
            foreach (var step in TrackedSteps)
            {
                Assert.NotEmpty(Outputs(second, step));
                Assert.All(Outputs(second, step), reason => Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    step + " was " + reason));
            }
        }

        [Fact]
        public void EditingOneMethodReEmitsOnlyThatMethod()
        {
            var (_, second) = RunTwice(Functions, null, (compilation, tree) =>
                compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
                    Functions.Replace("Step = 1e-6", "Step = 1e-5")))));

            var reasons = Outputs(second, TrackingNames.MethodsWithOptions).ToList();
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, reasons.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        internal static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(
            string source,
            string? other,
            System.Func<Compilation, SyntaxTree, Compilation> edit)
        {
            var compilation = GeneratorHarness.CreateCompilation(other is null ? new[] { source } : new[] { source, other });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            var first = driver.GetRunResult();
            driver = driver.RunGenerators(edit(compilation, compilation.SyntaxTrees.First()));
            return (first, driver.GetRunResult());
        }

        internal static System.Collections.Generic.IEnumerable<IncrementalStepRunReason> Outputs(GeneratorDriverRunResult run, string step) =>
            run.Results.Single().TrackedSteps.TryGetValue(step, out var steps)
                ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason)
                : Enumerable.Empty<IncrementalStepRunReason>();
    }
}
