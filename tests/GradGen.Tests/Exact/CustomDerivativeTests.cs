using System;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>[DerivativeOf]: a [Differentiable] method calling the target uses the custom derivative, exactly, in both modes.</summary>
    public class CustomDerivativeTests
    {
        /// <summary>
        /// Erf by Abramowitz and Stegun 7.1.26 (error 1.5e-7, through a recursive 'switch' GradGen cannot differentiate), with the
        /// exact derivative of the true erf: the caller's gradient must be the custom one, not the approximation's.
        /// </summary>
        public const string Erf = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Special
    {
        public static double Erf(double x)
        {
            switch (Math.Sign(x))
            {
                case -1: return -Erf(-x);
                default:
                    double t = 1.0 / (1.0 + 0.3275911 * x);
                    double y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
                    return y;
            }
        }

        [DerivativeOf(nameof(Erf))]
        public static (double value, double dx) ErfDerivative(double x) => (Erf(x), 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x));

        public static double Hypot(double a, [NoDerivative] int scale, double b) => scale * Math.Sqrt(a * a + b * b);

        [DerivativeOf(nameof(Hypot))]
        public static (double value, double da, double db) HypotDerivative(double a, int scale, double b)
        {
            double h = Math.Sqrt(a * a + b * b);
            return (scale * h, scale * a / h, scale * b / h);
        }

        [Differentiable]
        public static double F(double x, double y) => Erf(x * y) + Hypot(x, 2, y) * y;
    }
}";

        [Theory]
        [InlineData(0.7, -1.3)]
        [InlineData(-0.4, 0.9)]
        public void TheCallerUsesTheCustomDerivative(double x, double y)
        {
            var type = CallTests.Compile(Erf, "Demo.Special");
            var gauss = 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * y * x * y);
            var h = Math.Sqrt((x * x) + (y * y));
            var expected = new[] { (gauss * y) + (2 * x / h * y), (gauss * x) + (2 * y / h * y) + (2 * h) };
            Precision.Close(expected, CallTests.Gradient(type, "F", new[] { x, y }));
            var directional = (double)type.GetMethod("FDirectionalDerivative")!.Invoke(null, new object[] { x, y, 0.25, -2.0 })!;
            Precision.Close((expected[0] * 0.25) - (expected[1] * 2.0), directional, 1e-12);
        }

        [Fact]
        public void CheckGradientPassesCorrectDerivativesAndFlagsAWrongOne()
        {
            var wrong = Erf.Replace("scale * b / h);", "scale * a / h);").Replace("public static partial class Special", "public static partial class Wrong");
            var run = GeneratorHarness.Run(Erf, wrong, CallTests.BlackScholes);
            Assert.Empty(run.Diagnostics);
            var assembly = run.Load();
            double Check(string type, string method, params object[] arguments) =>
                (double)assembly.GetType(type)!.GetMethod(method + "CheckGradient")!.Invoke(null, arguments)!;

            Assert.InRange(Check("Demo.Special", "F", 0.7, -1.3), 0, 1e-7);
            Assert.InRange(Check("Demo.Pricing", "Call", 100.0, 95.0, 0.03, 0.25, 0.75), 0, 1e-7);
            Assert.InRange(Check("Demo.Pricing", "NormalCdf", 0.3), 0, 1e-7);
            Assert.InRange(Check("Demo.Wrong", "F", 0.7, -1.3), 0.01, double.PositiveInfinity);
        }

        [Fact]
        public void ASignatureThatDoesNotMatchIsAnErrorThatSaysWhatWasExpected()
        {
            var source = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Special\n    {\n"
                + "        public static double Erf(double x) => x;\n"
                + "        [DerivativeOf(nameof(Erf))]\n        public static double ErfDerivative(double x) => 1;\n"
                + "        [DerivativeOf(\"Missing\")]\n        public static (double value, double dx) MissingDerivative(double x) => (x, 1);\n"
                + "    }\n}\n";
            var run = GeneratorHarness.Run(source);
            Assert.Equal(2, run.Diagnostics.Length);
            Assert.All(run.Diagnostics, d => Assert.Equal(("GG0011", Microsoft.CodeAnalysis.DiagnosticSeverity.Error), (d.Id, d.Severity)));
            var mismatch = run.Diagnostics[0];
            Assert.Equal(
                "Method 'ErfDerivative' cannot be the custom derivative of 'Erf': expected the signature 'static (double value, double dx) ErfDerivative(double x)': the same parameters, and the value then one partial derivative per double or float parameter",
                mismatch.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.StartsWith("ErfDerivative(double x) => 1", source.Substring(mismatch.Location.SourceSpan.Start), StringComparison.Ordinal);
            Assert.Contains("'Special' has no method named 'Missing'", run.Diagnostics[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("[Differentiable] public static double F(double x) => x > 1 ? F(x / 2) * 2 : x * x;", "recursive call to 'F'")]
        [InlineData("[Differentiable] public static double F(double x) => x > 1 ? G(x / 2) : x * x;\n[Differentiable] public static double G(double x) => F(x) * 2;", "recursive call to 'G'")]
        public void RecursionFallsBackWithAWarning(string members, string construct)
        {
            var run = GeneratorHarness.Run("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n" + members + "\n    }\n}\n");
            Assert.Contains(run.Diagnostics, d => d.Id == "GG0100" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Method 'F' uses " + construct, StringComparison.Ordinal));
            var type = run.Load().GetType("Demo.Net")!;
            Assert.Equal(1.5, (double)type.GetMethod("FGradient")!.Invoke(null, new object[] { 3.0 })!, 5);
        }
    }
}
