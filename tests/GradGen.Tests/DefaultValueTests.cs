using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// Default parameter values of M (issue 14, item 5) are copied to the generated methods that take M's parameters
    /// last, so that <c>MGradient(x)</c> works where <c>M(x)</c> does; lists that continue after them (destinations,
    /// tangents, adjoints) cannot have them, as C# allows no optional parameter before a required one.
    /// </summary>
    public class DefaultValueTests
    {
        private const string Source = """
            using System;
            using GradGen;
            namespace Demo;
            public enum Mode { Square, Cube = 3 }
            public static partial class Net
            {
                [Differentiable]
                public static double F(double x, double scale = 2.0, [NoDerivative] int power = 2, [NoDerivative] Mode mode = Mode.Cube,
                    [NoDerivative] string? label = null, [NoDerivative] float bias = 0.1f, [NoDerivative] decimal rate = 1.5m,
                    [NoDerivative] double missing = double.NaN, [NoDerivative] char c = '\'', [NoDerivative] long big = -3L,
                    [NoDerivative] int? maybe = null, [NoDerivative] TimeSpan span = default, [NoDerivative] double negativeZero = -0.0)
                    => scale * Math.Pow(x, power) + bias;

                [Differentiable]
                public static double Weighted(double[] w, [NoDerivative] double lambda = 0.5) => lambda * w[0] * w[0];
            }
            """;

        [Fact]
        public void Snapshot() => Infrastructure.Snapshot.Verify(
            GeneratorHarness.Run(Source),
            new[] { Model.GeneratedMethodKind.ForwardDiff, Model.GeneratedMethodKind.Gradient, Model.GeneratedMethodKind.DirectionalDerivative });

        [Fact]
        public void GeneratedMethodsTakeTheDefaultsAndCompile()
        {
            var run = GeneratorHarness.Run(Source + """

                public static class Calls
                {
                    public static object A() => Net.FGradient(1.5);
                    public static object B() => Net.FForwardDiff(1.5);
                    public static object C() => Net.FCenteredDiff(1.5, step: 1e-6);
                    public static object D() => Net.FValueAndGradient(1.5, 3.0);
                    public static object E() => Net.FRichardsonDiff(1.5);
                    public static object F() => Net.FCheckGradient(1.5);
                    public static object G() => Net.WeightedGradient(new[] { 1.0 });
                    public static object H() => Net.WeightedValueAndGradient(new[] { 1.0 });
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            var text = string.Join("\n", run.Sources.Select(source => source.SourceText.ToString()));
            Assert.Contains("double scale = 2.0, int power = 2, global::Demo.Mode mode = (global::Demo.Mode)(3), string? label = null, float bias = 0.1f, decimal rate = 1.5m, double missing = double.NaN, char c = '\\'', long big = -3L, int? maybe = null, global::System.TimeSpan span = default(global::System.TimeSpan), double negativeZero = -0.0", text);

            // The destination overload continues after the parameters: no defaults there.
            Assert.Contains("WeightedGradient(double[] w, double lambda, double[] wGradient)", text);
            Assert.Contains("WeightedGradient(double[] w, double lambda = 0.5)", text);
        }

        [Fact]
        public void ANullDefaultOfAnObliviousReferenceTypeDoesNotWarnInTheGeneratedFile()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { """
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                #nullable disable
                    [Differentiable]
                    public static double Oblivious(double x, [NoDerivative] string label = null) => x * x;
                #nullable enable
                    [Differentiable]
                    public static double Annotated(double x, [NoDerivative] string? label = null) => x * x;
                }
                """ });
            var run = GeneratorHarness.Run(compilation); // any warning in generated code fails AssertGeneratedCodeCompiles
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            var text = string.Join("\n", run.Sources.Select(source => source.SourceText.ToString()));
            Assert.Contains("ObliviousGradient(double x, string label = null!)", text);
            Assert.Contains("AnnotatedGradient(double x, string? label = null)", text);
        }

        [Fact]
        public void TheDefaultsAreTheMethodsOwn()
        {
            var type = GeneratorHarness.Run(Source + """

                public static class Calls
                {
                    public static double AtTheDefaults() => Net.FGradient(1.5).x;
                    public static double WithScale() => Net.FGradient(1.5, 3.0).x;
                    public static double ScaleAtTheDefaults() => Net.FGradient(1.5).scale;
                    public static double Forward() => Net.FForwardDiff(1.5, step: 1e-7).x;
                    public static double Weighted() => Net.WeightedGradient(new[] { 2.0 })[0];
                }
                """).Load().GetType("Demo.Calls")!;
            double Call(string name) => (double)type.GetMethod(name)!.Invoke(null, null)!;

            // F = scale x^power + bias: at the defaults 2 x^2 + 0.1.
            Assert.Equal(6.0, Call("AtTheDefaults"), 12);
            Assert.Equal(9.0, Call("WithScale"), 12);
            Assert.Equal(2.25, Call("ScaleAtTheDefaults"), 12);
            Assert.Equal(6.0, Call("Forward"), 5);
            Assert.Equal(2.0, Call("Weighted"), 12);
        }
    }
}
