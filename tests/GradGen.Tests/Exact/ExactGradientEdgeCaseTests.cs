using System;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Corners of the supported set, each compiled through the generator in the test: the generated code must
    /// compile cleanly and its gradient agree with a high-order finite difference. Each method takes <c>double[] x</c>.
    /// </summary>
    public class ExactGradientEdgeCaseTests
    {
        [Theory]
        [InlineData("Names that GradGen also generates",
            "double result = x[0]; double valueTape = x[1]; double xGradient = result * valueTape; double seed = 2; return xGradient * seed + result;")]
        [InlineData("A keyword as a local's name", "double @double = x[0] * x[1]; return @double * @double;")]
        [InlineData("Long and bool locals in a loop",
            "long n = 0; bool odd = false; double s = 0; while (n < 5) { odd = !odd; if (odd) { s += x[0] * n; } else { s -= x[1]; } n++; } return s;")]
        [InlineData("Break in an inner loop, continue in the outer",
            "double s = 0; for (int i = 0; i < 4; i++) { if (i == 2) continue; for (int j = 0; j < 4; j++) { if (j > i) break; s += x[0] * x[1] * (i + j); } } return s;")]
        [InlineData("while (true) with break and a do loop with continue",
            "double p = x[0]; int k = 0; while (true) { p = p * x[1]; k++; if (k == 3) break; } do { k--; if (k == 1) continue; p += x[0]; } while (k > 0); return p;")]
        [InlineData("Return from nested loops",
            "for (int i = 0; i < 3; i++) { for (int j = 0; j < 3; j++) { if (i * j == 2) return x[0] * x[1] * i; } } return 0;")]
        [InlineData("A parameter re-assigned in a loop", "c = 0; for (int i = 0; i < 3; i++) { c += Math.Sin(x[0]) * c + x[1]; } return c * x[1];")]
        [InlineData("Conditional expressions and Max/Min/Abs",
            "double a = x[0] > x[1] ? x[0] * x[0] : x[1]; return Math.Max(a, 0.1) * Math.Min(x[0], 5) + Math.Abs(x[1] - 3);")]
        [InlineData("Integer arithmetic and casts", "int n = 7; double s = x[0] * (n / 2) + (double)(n % 3) * x[1] + (int)(x[0] * 10 + 0.5); return s;")]
        [InlineData("A local matrix over the input",
            "var m = new double[2, 2]; for (int i = 0; i < 2; i++) { for (int j = 0; j < 2; j++) { m[i, j] = x[i] * x[j] + m[i, 0]; } } return m[0, 1] * m[1, 1] + m[1, 0];")]
        [InlineData("Compound assignments to array elements",
            "var a = new double[2]; a[0] = x[0]; a[1] = x[1]; for (int k = 0; k < 3; k++) { a[0] += a[1] * a[0]; a[1] *= 0.5; a[0] /= 1.5 + a[1]; a[1] -= a[0]; } return a[0] + a[1];")]
        public void GradientAgreesWithTheFiniteDifference(string what, string body)
        {
            var type = Compile(what, body);
            var function = type.GetMethod("F")!;
            var gradient = type.GetMethod("FGradient", new[] { typeof(double[]), typeof(double) })!;
            foreach (var point in new[] { new[] { 0.7, 1.3 }, new[] { 1.9, -0.4 } })
            {
                var exact = (double[])gradient.Invoke(null, new object[] { point.ToArray(), 0.0 })!;
                FiniteDifferenceCheck.AssertAgrees(what, x => (double)function.Invoke(null, new object[] { x, 0.0 })!, point, exact);
            }
        }

        /// <summary>f = x0 / 8 + 1.75 x1 after three halvings in float; f x0 has gradient (x0 / 4 + 1.75 x1, 1.75 x0).</summary>
        [Fact]
        public void FloatLocalsReassignedInALoop()
        {
            var type = Compile("float loop", "float f = (float)x[0]; for (int i = 0; i < 3; i++) { f = f * 0.5f + (float)x[1]; } return f * x[0];");
            var gradient = (double[])type.GetMethod("FGradient", new[] { typeof(double[]), typeof(double) })!.Invoke(null, new object[] { new[] { 0.7, 1.3 }, 0.0 })!;
            Precision.Close(new[] { (0.7 / 4) + (1.75 * 1.3), 1.75 * 0.7 }, gradient, 1e-6);
        }

        private static Type Compile(string what, string body)
        {
            var source = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
                + "        [Differentiable]\n        public static double F(double[] x, [NoDerivative] double c = 0)\n        {\n"
                + "        " + body + "\n        }\n    }\n}\n";
            var run = GeneratorHarness.Run(source);
            Assert.True(run.Diagnostics.IsEmpty, what + ": " + string.Join("\n", run.Diagnostics));
            return run.Load().GetType("Demo.Net")!;
        }
    }
}
