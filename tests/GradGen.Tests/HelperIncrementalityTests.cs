using System;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// A helper's parsed body is part of its callers' models (issue 14): editing the helper, in a file of its own,
    /// re-emits every caller and the helper's hidden copy; an edit elsewhere re-emits nothing.
    /// </summary>
    public class HelperIncrementalityTests
    {
        private const string Callers = "using System;\nusing GradGen;\nusing Demo.Tools;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
            + "        [Differentiable]\n        public static double F(double x, double y) => Util.Soft(x * y) + x;\n"
            + "        [Differentiable]\n        public static double G(double z) => Util.Soft(z) * z;\n"
            + "        [Differentiable]\n        public static double H(double w) => Math.Sin(w);\n    }\n}\n";

        private const string Helper = "using System;\nnamespace Demo.Tools\n{\n    public static class Util\n    {\n"
            + "        public static double Soft(double v)\n        {\n            double e = Math.Exp(v);\n            return Math.Log(1 + e);\n        }\n    }\n}\n";

        /// <summary>The steps GradGen names (TrackingNames), not Roslyn's own, which see every edit.</summary>
        private static readonly string[] GradGenSteps = typeof(DifferentiableGenerator).Assembly
            .GetType("GradGen.TrackingNames")!
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!)
            .ToArray();

        private const string Unrelated = "namespace Demo\n{\n    public static class Other\n    {\n        public static int Count() => 1;\n    }\n}\n";

        [Fact]
        public void EditingTheHelperReemitsItsCallersAndItsCopy()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { Callers, Helper, Unrelated });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            Assert.Single(driver.GetRunResult().GeneratedTrees, tree => tree.FilePath.Contains("GradGenHelper_Soft_", StringComparison.Ordinal));

            var result = Edit(ref driver, compilation, 1, Helper.Replace("Math.Log(1 + e)", "Math.Log(2 + e)")).Results.Single();

            var methods = result.TrackedSteps["Methods"].SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(2, methods.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, methods.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            var helpers = result.TrackedSteps["Helpers"].SelectMany(run => run.Outputs).ToList();
            Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(helpers).Reason);
            var copy = result.GeneratedSources.Single(s => s.HintName.Contains("GradGenHelper_Soft_", StringComparison.Ordinal)).SourceText.ToString();
            Assert.Contains("Math.Log(2 + e)", copy, StringComparison.Ordinal);
            Assert.DoesNotContain("Math.Log(1 + e)", copy, StringComparison.Ordinal);
        }

        [Fact]
        public void AnUnrelatedEditReemitsNothing()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { Callers, Helper, Unrelated });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            var sources = driver.GetRunResult().GeneratedTrees.Length;

            var result = Edit(ref driver, compilation, 2, Unrelated.Replace("=> 1;", "=> 2;")).Results.Single();

            foreach (var step in result.TrackedSteps.Where(step => GradGenSteps.Contains(step.Key)))
            {
                var changed = step.Value.SelectMany(run => run.Outputs).Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
                Assert.True(changed.Count == 0, "step " + step.Key + " has " + changed.Count + " changed outputs");
            }

            var emitted = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs)
                .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.Empty(emitted);
            Assert.Equal(sources, result.GeneratedSources.Length);
        }

        [Fact]
        public void TwoCallersOfOneTypeShareOneCopy()
        {
            var run = GeneratorHarness.Run(Callers, Helper);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Assert.Single(run.Sources, source => source.HintName.Contains("GradGenHelper_Soft_", StringComparison.Ordinal));
            Assert.All(
                run.Sources.Where(source => source.HintName is "Demo.Net.F.g.cs" or "Demo.Net.G.g.cs"),
                source => Assert.Contains("GradGenHelper_Soft_", source.SourceText.ToString(), StringComparison.Ordinal));
        }

        private static GeneratorDriverRunResult Edit(ref GeneratorDriver driver, Compilation compilation, int file, string text)
        {
            var tree = compilation.SyntaxTrees.ElementAt(file);
            var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
            driver = driver.RunGenerators(edited);
            return driver.GetRunResult();
        }
    }
}
