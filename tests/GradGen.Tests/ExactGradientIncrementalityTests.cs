using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>The parsed body rides on the method's model: editing one body re-emits that method only; broken bodies are quiet.</summary>
    public class ExactGradientIncrementalityTests
    {
        private const string Source = """
            using System;
            using GradGen;
            namespace Demo
            {
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(double x) { return x * x; }

                    [Differentiable]
                    public static double G(double y) { return Math.Sin(y); }
                }
            }
            """;

        [Fact]
        public void EditingOneBodyReemitsThatMethodOnly()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { Source });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

            var tree = compilation.SyntaxTrees.Single();
            var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(Source.IndexOf("x * x"), "x * x".Length, "x * x * x")));
            var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            var methods = result.TrackedSteps["Methods"].SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, methods.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, methods.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.Contains("x * x * x", result.GeneratedSources.Single(s => s.HintName == "Demo.Net.F.g.cs").SourceText.ToString());
        }

        [Fact]
        public void HalfTypedBodyGivesNoWarningAndNoException()
        {
            var run = GeneratorHarness.Run(Source.Replace("return x * x;", "return x * ;"));
            Assert.Empty(run.Diagnostics);
            Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
        }
    }
}
