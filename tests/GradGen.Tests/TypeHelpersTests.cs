using System;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// The one file per type that declares the helpers its methods' generated members share (issue 17: the
    /// Richardson tableau, about 70 lines, was a local function in each MRichardsonDiff overload and each
    /// MCheckGradient). The numbers it computes are checked by the Richardson accuracy and error-estimate tests, which
    /// run it.
    /// </summary>
    public class TypeHelpersTests
    {
        private const string TwoTypes = """
            using GradGen;
            namespace Demo
            {
                public partial class Net
                {
                    [Differentiable] public static double F(double x, double y) => x * y;
                    [Differentiable] public static double G(double[] x) => x[0] * x[1];

                    public partial class Inner<T>
                    {
                        [Differentiable] public static double H(double x) => x * x;
                    }
                }

                public partial class Vectors
                {
                    [Differentiable] public static (double, double) Polar(double r, double t) => (r * System.Math.Cos(t), r * System.Math.Sin(t));
                }
            }
            """;

        [Fact]
        public void OneFilePerTypeWhoseMethodsHaveRichardsonMembers()
        {
            var run = GeneratorHarness.Run(TwoTypes);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();

            // A vector-valued method has no MRichardsonDiff or MCheckGradient: its type gets no tableau.
            Assert.Equal(
                new[] { "Demo.Net.GradGen-Helpers.g.cs", "Demo.Net.Inner`1.GradGen-Helpers.g.cs" },
                run.Sources.Select(source => source.HintName).Where(GeneratorRun.IsTypeHelpers).OrderBy(name => name, StringComparer.Ordinal));
            Assert.All(run.MethodSources, source => Assert.DoesNotContain("bool Extrapolate(", source.SourceText.ToString(), StringComparison.Ordinal));
        }

        [Fact]
        public void Snapshot()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo
                {
                    public readonly partial struct Outer<T>
                    {
                        public partial class Inner
                        {
                            [Differentiable] public static float F(float x) => x * x;
                        }
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Infrastructure.Snapshot.Verify(run, withTypeHelpers: true);
        }

        /// <summary>An interface with a variant type parameter may hold no struct (CS8427): each member keeps the tableau as a local function.</summary>
        [Theory]
        [InlineData(LanguageVersion.CSharp8)]
        [InlineData(LanguageVersion.Latest)]
        public void AnInterfaceKeepsTheTableauInEachMember(LanguageVersion version)
        {
            var compilation = GeneratorHarness.CreateCompilation(
                new[]
                {
                    """
                    using GradGen;
                    namespace Demo
                    {
                        public partial interface IShape<in T>
                        {
                            [Differentiable] static double Area(double r) => 3.0 * r * r;
                        }
                    }
                    """,
                },
                GeneratorHarness.ParseOptions(version));
            var run = GeneratorHarness.Run(compilation);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Assert.DoesNotContain(run.Sources, source => GeneratorRun.IsTypeHelpers(source.HintName));
            Assert.Contains("bool Extrapolate(", Assert.Single(run.Sources).SourceText.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void AnEditToAMethodBodyLeavesTheHelpersAsTheyWere()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { TwoTypes });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            var tree = compilation.SyntaxTrees.First();
            driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(TwoTypes.Replace("x * y", "x * y * y")))));

            var outputs = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.TypeHelpers].SelectMany(step => step.Outputs).ToList();
            Assert.Equal(2, outputs.Count);
            Assert.All(outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        }
    }
}
