using System;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Calls that pass arrays between [Differentiable] methods, compiled through the generator in the test: no GG0100,
    /// and the reverse-mode gradient (through the callee's <c>MAccumulateGradient</c>) and the forward-mode
    /// directional derivative (through its <c>MDirectionalDerivative</c>) agree with analytic derivatives to rounding.
    /// </summary>
    public class ArrayCallTests
    {
        /// <summary>The issue's example: a linear layer into a local array, then a loss that calls a log-sum-exp on it.</summary>
        public const string LossCallsLogSumExp = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        [Differentiable]
        public static double LogSumExp(double[] z)
        {
            double m = z[0];
            for (int i = 1; i < z.Length; i++) m = Math.Max(m, z[i]);
            double s = 0;
            for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i] - m);
            return m + Math.Log(s);
        }

        [Differentiable]
        public static double Loss(double[] w, [NoDerivative] double[] x, [NoDerivative] int label)
        {
            var z = new double[3];
            for (int j = 0; j < 3; j++)
            {
                double a = 0;
                for (int i = 0; i < x.Length; i++) a += x[i] * w[i * 3 + j];
                z[j] = a;
            }

            return LogSumExp(z) - z[label];
        }
    }
}";

        private static readonly double[] X = { 0.5, -1.25, 2.0, 0.75 };
        private static readonly double[] W = Enumerable.Range(0, 12).Select(k => Math.Sin(1.7 * k + 0.3)).ToArray();
        private static readonly double[] V = Enumerable.Range(0, 12).Select(k => Math.Cos(0.9 * k - 0.2)).ToArray();

        [Theory]
        [InlineData(0)]
        [InlineData(2)]
        public void ALossCallingLogSumExpHasTheAnalyticGradient(int label)
        {
            var type = CallTests.Compile(LossCallsLogSumExp, "Demo.Net");
            var (value, expected) = AnalyticLoss(W, X, label);

            var gradient = (double[])Invoke(type, "LossGradient", W, X, label);
            Precision.Close(expected, gradient, 1e-12);
            var both = (ValueTuple<double, double[]>)Invoke(type, "LossValueAndGradient", W, X, label);
            Precision.Close(value, both.Item1, 1e-14);
            Precision.Close(expected, both.Item2, 1e-12);

            var directional = (double)Invoke(type, "LossDirectionalDerivative", W, X, label, V);
            Precision.Close(expected.Zip(V, (g, v) => g * v).Sum(), directional, 1e-12);
            Assert.True((double)Invoke(type, "LossCheckGradient", W, X, label) < 1e-6);
        }

        [Fact]
        public void ARankTwoArrayAndAScalarPassThroughOneCall()
        {
            var source = @"
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        [Differentiable]
        public static double Frobenius(double[,] m, double scale)
        {
            double s = 0;
            for (int i = 0; i < m.GetLength(0); i++)
                for (int j = 0; j < m.GetLength(1); j++)
                    s += m[i, j] * m[i, j];
            return scale * s;
        }

        [Differentiable]
        public static double F(double[,] w, double c) => Frobenius(w, c * c) + w[0, 1] * Frobenius(w, 1.0);
    }
}";
            var type = CallTests.Compile(source, "Demo.Net");
            var w = new double[,] { { 0.5, -1.5, 2.0 }, { 0.25, 1.0, -0.75 } };
            const double c = 1.3;
            var frobenius = w.Cast<double>().Sum(e => e * e);
            var (gradient, dc) = ((double[,], double))Invoke(type, "FGradient", w, c);
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    var expected = (2 * c * c * w[i, j]) + (w[0, 1] * 2 * w[i, j]) + (i == 0 && j == 1 ? frobenius : 0);
                    Precision.Close(expected, gradient[i, j], 1e-12, "[" + i + ", " + j + "]");
                }
            }

            Precision.Close(2 * c * frobenius, dc, 1e-12);
            var tangent = new double[,] { { 1, 0, -1 }, { 0.5, 2, 0 } };
            var directional = (double)Invoke(type, "FDirectionalDerivative", w, c, tangent, 0.25);
            Precision.Close(gradient.Cast<double>().Zip(tangent.Cast<double>(), (g, t) => g * t).Sum() + (0.25 * dc), directional, 1e-12);
        }

        [Fact]
        public void TheSameArrayTwiceAndAConstantArrayForADifferentiableParameter()
        {
            var source = @"
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        [Differentiable]
        public static double Dot(double[] a, double[] b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
            return s;
        }

        [Differentiable]
        public static double Square(double[] x) => Dot(x, x);

        [Differentiable]
        public static double Against(double[] x, [NoDerivative] double[] y) => Dot(y, x) * Dot(y, y);
    }
}";
            var type = CallTests.Compile(source, "Demo.Net");
            var x = new[] { 0.5, -2.0, 1.25 };
            var y = new[] { 3.0, 0.5, -1.0 };
            Precision.Close(x.Select(e => 2 * e).ToArray(), (double[])Invoke(type, "SquareGradient", x), 1e-14);
            var yy = y.Sum(e => e * e);
            Precision.Close(y.Select(e => e * yy).ToArray(), (double[])Invoke(type, "AgainstGradient", x, y), 1e-14);
            Precision.Close(2 * x.Zip(y, (a, b) => a * b).Sum(), (double)Invoke(type, "SquareDirectionalDerivative", x, y), 1e-14);
            Precision.Close(y.Zip(y, (a, b) => a * b * yy).Sum(), (double)Invoke(type, "AgainstDirectionalDerivative", x, y, y), 1e-14);
        }

        [Fact]
        public void AChainOfThreeCallsWithLocalArraysAndScalars()
        {
            var source = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Chain
    {
        [Differentiable]
        public static double Outer(double[] x) => 2 * Middle(x) + Math.Sin(x[1]);

        [Differentiable]
        public static double Middle(double[] x)
        {
            var t = new double[x.Length];
            for (int i = 0; i < x.Length; i++) t[i] = x[i] * x[i];
            return Inner(t, x[0]);
        }

        [Differentiable]
        public static double Inner(double[] t, double k)
        {
            double s = 0;
            foreach (var e in t) s += e;
            return k * s;
        }
    }
}";
            var type = CallTests.Compile(source, "Demo.Chain");
            var x = new[] { 0.7, -1.1, 0.4, 2.0 };
            var squares = x.Sum(e => e * e);
            var expected = x.Select((e, i) => (4 * x[0] * e) + (i == 0 ? 2 * squares : 0) + (i == 1 ? Math.Cos(x[1]) : 0)).ToArray();
            Precision.Close(expected, (double[])Invoke(type, "OuterGradient", x), 1e-13);
            var v = new[] { 1.0, 0.5, -0.25, 2.0 };
            Precision.Close(expected.Zip(v, (g, d) => g * d).Sum(), (double)Invoke(type, "OuterDirectionalDerivative", x, v), 1e-13);
        }

        [Fact]
        public void FloatArraysAndAFloatScalarBesideThem()
        {
            var source = @"
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        [Differentiable]
        public static float SumOfSquares(float[] v, float k)
        {
            float s = 0;
            for (int i = 0; i < v.Length; i++) s += v[i] * v[i];
            return k * s;
        }

        [Differentiable]
        public static double F(float[] w, double c) => c * SumOfSquares(w, (float)c);
    }
}";
            var type = CallTests.Compile(source, "Demo.Net");
            var w = new[] { 0.5f, -1.5f, 2.25f };
            var squares = w.Sum(e => (double)(e * e));
            var (gradient, dc) = ((float[], double))Invoke(type, "FGradient", w, 3.0);
            Assert.Equal(w.Select(e => 18 * e).ToArray(), gradient);
            Precision.Close(6 * squares, dc, 1e-7);
            var directional = (double)Invoke(type, "FDirectionalDerivative", w, 3.0, new[] { 1f, 0f, -1f }, 0.5);
            Precision.Close((18 * (0.5 - 2.25)) + (0.5 * 6 * squares), directional, 1e-7);
        }

        [Fact]
        public void ConstantArraysReachACalleeThatDifferentiatesOnlyScalars()
        {
            var source = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        [Differentiable]
        public static double Predict(double w, [NoDerivative] double[] x, [NoDerivative] int[] pick) => Math.Tanh(w * x[pick[0]]);

        [Differentiable]
        public static double F(double w, [NoDerivative] double[] x, [NoDerivative] int[] pick) => Predict(w * w, x, pick);
    }
}";
            var type = CallTests.Compile(source, "Demo.Net");
            var x = new[] { 0.3, -0.8 };
            var pick = new[] { 1 };
            const double w = 0.9;
            var expected = (1 - Math.Pow(Math.Tanh(w * w * -0.8), 2)) * -0.8 * 2 * w;
            Precision.Close(expected, (double)Invoke(type, "FGradient", w, x, pick), 1e-14);
            Precision.Close(expected * 0.5, (double)Invoke(type, "FDirectionalDerivative", w, x, pick, 0.5), 1e-14);
        }

        [Fact]
        public void ACalleeThatFallsBackLendsItsNumericGradientThroughAdjointArrays()
        {
            var source = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        [Differentiable]
        public static double F(double[] x) => 3 * G(x);

        [Differentiable]
        public static double G(double[] v) { try { return Math.Sin(v[0]) * v[1]; } finally { } }
    }
}";
            var run = GeneratorHarness.Run(source);
            var warning = Assert.Single(run.Diagnostics);
            Assert.Contains("Method 'G' uses 'try' statement", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var type = run.Load().GetType("Demo.Net")!;
            var x = new[] { 0.8, -1.5 };
            Precision.Close(new[] { 3 * Math.Cos(0.8) * -1.5, 3 * Math.Sin(0.8) }, (double[])Invoke(type, "FGradient", x), 1e-7);
        }

        [Fact]
        public void ACalleeThatFallsBackPerturbsCopiesNeverTheCallersArrays()
        {
            var source = @"
using System;
using System.Collections.Generic;
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        public static double[] Original = new double[0];
        public static List<(double Original, double Argument)> Seen = new List<(double, double)>();

        [Differentiable]
        public static double F(double[] x) => 3 * G(x);

        [Differentiable]
        public static double G(double[] v) { Seen.Add((Original[0], v[0])); try { return Math.Sin(v[0]) * v[1]; } finally { } }
    }
}";
            var type = GeneratorHarness.Run(source).Load().GetType("Demo.Net")!;
            var x = new[] { 0.8, -1.5 };
            type.GetField("Original")!.SetValue(null, x);
            var seen = (System.Collections.Generic.List<(double Original, double Argument)>)type.GetField("Seen")!.GetValue(null)!;

            Invoke(type, "FGradient", x);

            Assert.Contains(seen, s => s.Argument != 0.8); // the centered difference ran...
            Assert.All(seen, s => Assert.Equal(0.8, s.Original)); // ...on a copy: x[0] never changed, even during the call
            Assert.Equal(new[] { 0.8, -1.5 }, x);
        }

        [Fact]
        public void NothingIsLeftBehindInTheInputsOrAGivenDestination()
        {
            var type = CallTests.Compile(LossCallsLogSumExp, "Demo.Net");
            var w = (double[])W.Clone();
            var destination = Enumerable.Repeat(double.NaN, 12).ToArray();
            Invoke(type, "LossGradient", w, X, 1, destination);
            Assert.Equal(W, w);
            Precision.Close(AnalyticLoss(W, X, 1).Gradient, destination, 1e-12);
        }

        [Theory]
        [InlineData("static double Set(double[] a) { a[0] = 1; return a[1]; }", "call to 'Set', whose array parameter 'a' is written in 'a[0] = 1'")]
        [InlineData("static double Set(double[] a) => Inner(a); [Differentiable] static double Inner(double[] b) { b[0] = 2; return b[1]; }", "call to 'Set', whose array parameter 'a' is passed to 'Inner', whose array parameter 'b' is written in 'b[0] = 2'")]
        [InlineData("static double Set(double[] a) { System.Array.Clear(a, 0, 1); return a[1]; }", "call to 'Set', whose array parameter 'a' is used in 'System.Array.Clear(a, 0, 1)'")]
        public void ACalleeThatMayWriteIntoItsArrayParameterFallsBack(string callee, string construct)
        {
            var run = RunCaller("return Set(x);", "[Differentiable] " + callee);
            Assert.Contains(run.Diagnostics, d => d.Id == "GG0100" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Method 'F' uses " + construct, StringComparison.Ordinal));
            run.AssertGeneratedCodeCompiles();
        }

        [Theory]
        [InlineData("var f = new float[2]; f[0] = (float)x[0]; return Floats(f);", "local float array 'f' passed to 'Floats'")]
        [InlineData("return ByRef(ref x, x[0]);", "call to 'ByRef'")]
        [InlineData("return Twice(x);", "call to 'Twice', whose parameter 'a' is not a by-value double, float, int, long or bool, or an array of them (arrays are passed through calls by value only)")]
        [InlineData("var l = new double[2]; l[0] = x[0]; return Constant(l);", "an argument that may carry a derivative for parameter 'c' of 'Constant', which is [NoDerivative]")]
        public void ArrayArgumentsGradGenCannotPassFallBack(string body, string construct)
        {
            var callees = "[Differentiable] static double Floats(float[] v) => v[0];\n"
                + "[Differentiable] static double ByRef([NoDerivative] ref double[] a, double y) => a[0] + y;\n"
                + "[Differentiable] static double Twice(double u, [NoDerivative] in double[] a) => u * a[0];\n"
                + "[Differentiable] static double Constant(double u, [NoDerivative] double[] c) => u * c[0];\n";
            body = body.Replace("return Twice(x);", "return Twice(x[0], x);").Replace("return Constant(l);", "return Constant(x[1], l);");
            var run = RunCaller(body, callees);
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", diagnostic.Id);
            Assert.Contains("Method 'F' uses " + construct, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        private static GeneratorRun RunCaller(string body, string callees) => GeneratorHarness.Run(
            "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
            + "        [Differentiable] public static double F(double[] x) { " + body + " }\n"
            + callees + "\n    }\n}\n");

        /// <summary>The loss and its gradient by hand: d/dz_j is softmax(z)_j minus 1 at the label, and d/dw[i*3+j] is x_i times it.</summary>
        private static (double Value, double[] Gradient) AnalyticLoss(double[] w, double[] x, int label)
        {
            var z = Enumerable.Range(0, 3).Select(j => Enumerable.Range(0, x.Length).Sum(i => x[i] * w[(i * 3) + j])).ToArray();
            var m = z.Max();
            var sum = z.Sum(e => Math.Exp(e - m));
            var dz = z.Select((e, j) => (Math.Exp(e - m) / sum) - (j == label ? 1 : 0)).ToArray();
            var gradient = new double[w.Length];
            for (var i = 0; i < x.Length; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    gradient[(i * 3) + j] = x[i] * dz[j];
                }
            }

            return (m + Math.Log(sum) - z[label], gradient);
        }

        private static object Invoke(Type type, string method, params object[] arguments) =>
            type.GetMethods().Single(m => m.Name == method && m.GetParameters().Length == arguments.Length).Invoke(null, arguments)!;
    }
}
