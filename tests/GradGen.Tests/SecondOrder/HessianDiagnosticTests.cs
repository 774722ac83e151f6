using System;
using System.Globalization;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.SecondOrder
{
    /// <summary>
    /// Where a Hessian cannot be exact, a warning says why (issue 12): GG0102 names the construct that sends the
    /// gradient to the numeric fallback, GG0101 the callee whose [DerivativeOf] gives first derivatives only. The
    /// Hessian members are then differences of the gradient, and still right to a difference's accuracy.
    /// </summary>
    public class HessianDiagnosticTests
    {
        private const string Header = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n";

        [Fact]
        public void GG0102_HessianOfAFallbackNamesTheConstruct()
        {
            var run = GeneratorHarness.Run(Header + """
                        private static double Helper(double v) { try { return v; } finally { } }

                        [Differentiable(Hessian = true)]
                        public static double F(double x, double y) => Helper(x) * x * y;
                    }
                }
                """);
            var warning = Assert.Single(run.Diagnostics.Where(d => d.Id == "GG0102").GroupBy(d => d.GetMessage(CultureInfo.InvariantCulture)).Select(g => g.First()));
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, warning.Severity);
            var message = warning.GetMessage(CultureInfo.InvariantCulture);
            Assert.StartsWith("Method 'F' asks for a Hessian, but its gradient falls back to a numeric estimate because it uses 'try' statement in 'Helper', called as F -> Helper", message, StringComparison.Ordinal);
            Assert.EndsWith("; its Hessian members are centered differences of that gradient", message, StringComparison.Ordinal);
            Assert.Equal("F", warning.Location.SourceTree!.ToString().Substring(warning.Location.SourceSpan.Start, warning.Location.SourceSpan.Length));
            Assert.Contains(run.Diagnostics, d => d.Id == "GG0100");
            run.AssertGeneratedCodeCompiles();

            // x x y: H = [[2y, 2x], [2x, 0]], to the difference's accuracy.
            var hessian = (double[,])run.Load().GetType("Demo.Net")!.GetMethod("FHessian", new[] { typeof(double), typeof(double) })!.Invoke(null, new object[] { 0.7, -1.2 })!;
            var expected = new[,] { { 2 * -1.2, 2 * 0.7 }, { 2 * 0.7, 0.0 } };
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    Assert.True(Math.Abs(hessian[i, j] - expected[i, j]) < 1e-5, "[" + i + ", " + j + "] = " + hessian[i, j]);
                }
            }
        }

        [Fact]
        public void GG0102_IsNotReportedWhereTheAttributeAsksForTheNumericGradient()
        {
            var run = GeneratorHarness.Run(Header + """
                        [Differentiable(Hessian = true, Gradient = GradientMethod.Numeric)]
                        public static double F(double x, double y) => x * x * y;
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
        }

        [Fact]
        public void GG0101_HessianThroughACustomDerivative()
        {
            var run = GeneratorHarness.Run(Header + """
                        public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

                        [DerivativeOf(nameof(Softplus))]
                        public static (double value, double dx) SoftplusDerivative(double x) => (Softplus(x), 1 / (1 + Math.Exp(-x)));

                        [Differentiable(Hessian = true)]
                        public static double F(double x, double y) => Softplus(x * y) + y * y;

                        [Differentiable]
                        public static double G(double x, double y) => Softplus(x * y);
                    }
                }
                """);
            var warning = Assert.Single(run.Diagnostics.Where(d => d.Id == "GG0101").GroupBy(d => d.GetMessage(CultureInfo.InvariantCulture)).Select(g => g.First()));
            Assert.Equal(
                "Method 'F' asks for a Hessian, but calls 'Softplus' through its [DerivativeOf] custom derivative, which gives first derivatives only;"
                + " its Hessian members are centered differences of its exact gradient",
                warning.GetMessage(CultureInfo.InvariantCulture));
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "GG0100");
            run.AssertGeneratedCodeCompiles();

            // softplus(x y) + y^2: with s = sigmoid(x y), s' = s (1 - s), H = [[y^2 s', s + x y s'], [s + x y s', x^2 s' + 2]].
            var (x, y) = (0.4, 1.1);
            var s = 1 / (1 + Math.Exp(-x * y));
            var ds = s * (1 - s);
            var expected = new[,] { { y * y * ds, s + x * y * ds }, { s + x * y * ds, x * x * ds + 2 } };
            var hessian = (double[,])run.Load().GetType("Demo.Net")!.GetMethod("FHessian", new[] { typeof(double), typeof(double) })!.Invoke(null, new object[] { x, y })!;
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    Assert.True(Math.Abs(hessian[i, j] - expected[i, j]) < 1e-6, "[" + i + ", " + j + "] = " + hessian[i, j]);
                }
            }
        }

        /// <summary>
        /// A helper (issue 14) that calls a custom derivative makes the Hessian a difference as a direct call would:
        /// GG0101 names the callee, and the Hessian members difference the exact gradient (the helper's own
        /// second-order entry point cannot go through the [DerivativeOf] either).
        /// </summary>
        [Fact]
        public void GG0101_HessianThroughAHelperThatCallsACustomDerivative()
        {
            var run = GeneratorHarness.Run(Header + """
                        public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

                        [DerivativeOf(nameof(Softplus))]
                        public static (double value, double dx) SoftplusDerivative(double x) => (Softplus(x), 1 / (1 + Math.Exp(-x)));

                        private static double Layer(double u) { double v = Softplus(u); return v * v; }

                        [Differentiable(Hessian = true)]
                        public static double F(double x, double y) => Layer(x * y) + y * y;
                    }
                }
                """);
            var warning = Assert.Single(run.Diagnostics.Where(d => d.Id == "GG0101").GroupBy(d => d.GetMessage(CultureInfo.InvariantCulture)).Select(g => g.First()));
            Assert.StartsWith("Method 'F' asks for a Hessian, but calls 'Softplus' through its [DerivativeOf] custom derivative", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "GG0100");
            run.AssertGeneratedCodeCompiles();
            var caller = run.Sources.Single(source => source.HintName == "Demo.Net.F.g.cs").SourceText.ToString();
            Assert.Contains("The centered difference of <c>FGradient</c>", caller, StringComparison.Ordinal);

            // (softplus(x y))^2 + y^2: with p = softplus(u), s = sigmoid(u), u = x y, g(u) = p^2, g' = 2 p s, g'' = 2 s^2 + 2 p s (1 - s).
            var (x, y) = (0.4, 1.1);
            var u = x * y;
            var p = Math.Log(1 + Math.Exp(u));
            var sg = 1 / (1 + Math.Exp(-u));
            var g1 = 2 * p * sg;
            var g2 = 2 * sg * sg + 2 * p * sg * (1 - sg);
            var expected = new[,] { { y * y * g2, g1 + x * y * g2 }, { g1 + x * y * g2, x * x * g2 + 2 } };
            var hessian = (double[,])run.Load().GetType("Demo.Net")!.GetMethod("FHessian", new[] { typeof(double), typeof(double) })!.Invoke(null, new object[] { x, y })!;
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    Assert.True(Math.Abs(hessian[i, j] - expected[i, j]) < 1e-6, "[" + i + ", " + j + "] = " + hessian[i, j]);
                }
            }
        }
    }
}
