using System;
using System.Globalization;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// The cases an adversarial hunt found where the exact gradient was wrong without a diagnostic on the method
    /// (issue 20). Each is checked in reverse mode and forward mode against a reference, or must fall back with GG0100.
    /// </summary>
    public class SilentWrongDerivativeTests
    {
        private const string Functions = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class F
    {
        [Differentiable] public static double PowSum(double x) { double s = 0; for (int k = 0; k < 3; k++) s += Math.Pow(x, k); return s; }
        [Differentiable] public static float PowSumF(float x) { float s = 0; for (int k = 0; k < 3; k++) s += MathF.Pow(x, k); return s; }
        [Differentiable] public static double Pow(double x, double y) => Math.Pow(x, y);
        [Differentiable] public static float PowF(float x, float y) => MathF.Pow(x, y);

        [Differentiable]
        public static double IncrementByLocal(double[] x)
        {
            double s = 0.5; int j = 0; int n = x.Length;
            for (int i = 0; i < n; i++) { int k = i % 3 + 1; s += x[i] * k * s; j += k; s += x[j % n] * x[i]; }
            return s;
        }

        [Differentiable]
        public static double LongIncrementByLocal(double[] x)
        {
            double s = 0.5; long j = 0; int n = x.Length;
            for (int i = 0; i < n; i++) { int k = i % 3 + 1; s += x[i] * k * s; j += k; s += x[(int)(j % n)] * x[i]; }
            return s;
        }

        [Differentiable]
        public static double DecrementByLocal(double[] x)
        {
            double s = 0.5; int j = 100 * x.Length; int n = x.Length;
            for (int i = 0; i < n; i++) { int k = i % 3 + 1; s += x[i] * k * s; j -= k; s += x[j % n] * x[i]; }
            return s;
        }

        [Differentiable]
        public static double IncrementByConvertedLocal(double[] x)
        {
            double s = 0.5; int j = 0; int n = x.Length;
            for (int i = 0; i < n; i++) { double w = i % 3 + 1.5; s += x[i] * w * s; j += (int)w; s += x[j % n] * x[i]; }
            return s;
        }

        [Differentiable]
        public static double CountsAtComputedIndex(double[] x)
        {
            double s = 0.25; int n = x.Length; double[] cnt = new double[3];
            for (int i = 0; i < n; i++) { int k = i % 3; s = s * x[i] + cnt[(k + 1) % 3] * x[i]; cnt[(k + 1) % 3] = cnt[(k + 1) % 3] + 1; s += x[i] * s; }
            return s;
        }

        [Differentiable]
        public static double SumsAtComputedIndex(double[] x)
        {
            double s = 0.25; int n = x.Length; double[] acc = new double[3];
            for (int i = 0; i < n; i++) { int k = i % 3; s = s * acc[(k + 1) % 3] + x[i]; acc[(k + 1) % 3] = acc[(k + 1) % 3] + x[i] * x[i]; s += x[i] * s; }
            return s;
        }

        [Differentiable]
        public static double ConstantReassignedDirectly(double[] x, [NoDerivative] double c) { c = c * x[0]; return x[0] * c + x[1]; }

        [Differentiable]
        public static double ConstantReassignedInALoop(double[] x, [NoDerivative] double c) { for (int i = 0; i < x.Length; i++) { c = c * x[i]; } return c * x[0]; }

        [Differentiable]
        public static double ForEachAsFloat(double[] x) { double s = 0; foreach (float v in x) { s += v * v; } return s * x[0]; }

        [Differentiable]
        public static double ForEachAsInt(double[] x) { double s = 0; foreach (int v in x) { s += v * x[0]; } return s + x[1] * x[1]; }

        [Differentiable]
        public static double ForEachAsLong(double[] x) { double s = 0; foreach (long v in x) { s += v * x[0]; } return s; }
    }
}";

        private static readonly Lazy<Type> Compiled = new(() => CallTests.Compile(Functions, "Demo.F"));

        private static readonly double[] Point = { 0.3, -0.45, 0.7, 0.2, -0.6, 0.85, 0.4 };

        [Theory]
        [InlineData("IncrementByLocal")]
        [InlineData("LongIncrementByLocal")]
        [InlineData("DecrementByLocal")]
        [InlineData("IncrementByConvertedLocal")]
        [InlineData("CountsAtComputedIndex")]
        [InlineData("SumsAtComputedIndex")]
        public void LoopLocalsReadWhileRestoringAreRecomputedFirst(string name) =>
            DifferentialOracle.AssertAgrees(Compiled.Value, name, Point);

        [Theory]
        [InlineData("ConstantReassignedDirectly")]
        [InlineData("ConstantReassignedInALoop")]
        public void AConstantParameterAssignedFromInputsCarriesTheirDerivative(string name) =>
            DifferentialOracle.AssertAgrees(Compiled.Value, name, new[] { 1.3, 0.8, -0.9 }, 1.7);

        [Theory]
        [InlineData("ForEachAsFloat")]
        [InlineData("ForEachAsInt")]
        [InlineData("ForEachAsLong")]
        public void ForEachConvertsTheElementToTheLoopVariablesType(string name) =>
            DifferentialOracle.AssertAgrees(Compiled.Value, name, new[] { 1.3, 2.6, -3.2 }, roundsToFloat: name == "ForEachAsFloat", Array.Empty<object>());

        [Fact]
        public void PowOfZeroToAZeroExponentHasTheDerivativeOfAConstant()
        {
            var type = Compiled.Value;
            Assert.Equal(1.0, Invoke(type, "PowSumGradient", 0.0));
            Assert.Equal(1.0, Invoke(type, "PowSumDirectionalDerivative", 0.0, 1.0));
            Assert.Equal(1.0, Invoke(type, "PowSumFGradient", 0.0f));
            Assert.Equal(1.0, Invoke(type, "PowSumFDirectionalDerivative", 0.0f, 1.0f));
        }

        /// <summary>PyTorch's and JAX's conventions: d/dx x^0 = 0, and d/dy 0^y = 0 for y >= 0.</summary>
        [Theory]
        [InlineData(0.0, 2.0, 0.0, 0.0)]
        [InlineData(0.0, 0.0, 0.0, 0.0)]
        [InlineData(0.0, 1.0, 1.0, 0.0)]
        [InlineData(0.0, 0.5, double.PositiveInfinity, 0.0)]
        [InlineData(1.5, 0.0, 0.0, 0.4054651081081644)]
        public void PowAtZeroFollowsTheConventionsOfPyTorchAndJax(double x, double y, double dx, double dy)
        {
            var type = Compiled.Value;
            var (gx, gy) = ((double, double))type.GetMethod("PowGradient")!.Invoke(null, new object[] { x, y })!;
            var (fx, fy) = ((float, float))type.GetMethod("PowFGradient")!.Invoke(null, new object[] { (float)x, (float)y })!;
            Assert.Equal((dx, dy), (gx, gy));
            Assert.Equal((dx, (double)(float)dy), ((double)fx, (double)fy));
            if (!double.IsInfinity(dx))
            {
                // Forward mode multiplies each partial by its tangent: an infinite partial times a zero tangent is NaN.
                Assert.Equal(dx, Invoke(type, "PowDirectionalDerivative", x, y, 1.0, 0.0));
                Assert.Equal(dy, Invoke(type, "PowDirectionalDerivative", x, y, 0.0, 1.0));
                Assert.Equal(dx, Invoke(type, "PowFDirectionalDerivative", (float)x, (float)y, 1.0f, 0.0f));
                Precision.Close(dy, Invoke(type, "PowFDirectionalDerivative", (float)x, (float)y, 0.0f, 1.0f), 1e-6);
            }
        }

        [Theory]
        [InlineData(2.0, 3.0)]
        [InlineData(0.7, -1.5)]
        public void PowAwayFromZeroIsUnchanged(double x, double y)
        {
            var (dx, dy) = ((double, double))Compiled.Value.GetMethod("PowGradient")!.Invoke(null, new object[] { x, y })!;
            Precision.Close(y * Math.Pow(x, y - 1), dx);
            Precision.Close(Math.Pow(x, y) * Math.Log(x), dy);
        }

        [Theory]
        [InlineData("return ScaleBy(x, c);")]
        [InlineData("for (int i = 0; i < 2; i++) { c = c * x; } return ScaleBy(x, c);")]
        [InlineData("T r = 0; for (int i = 0; i < 2; i++) { r += ScaleBy(x, c); c = x; } return r;")]
        public void AConstantParameterThatCarriesADerivativeIntoACalleesConstantParameterFallsBack(string tail)
        {
            foreach (var type in new[] { "double", "float" })
            {
                var source = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
                    + "        [Differentiable] public static T ScaleBy(T a, [NoDerivative] T k) => a * k;\n"
                    + "        [Differentiable] public static T Caller(T x, [NoDerivative] T c) { c = c * x; " + tail + " }\n    }\n}\n";
                var run = GeneratorHarness.Run(source.Replace("T ", type + " "));
                var diagnostic = Assert.Single(run.Diagnostics);
                Assert.Equal("GG0100", diagnostic.Id);
                Assert.Contains("parameter 'k' of 'ScaleBy', which is [NoDerivative]", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                run.AssertGeneratedCodeCompiles();
            }
        }

        [Theory]
        [InlineData("public static partial class GW<T> { [Differentiable] public static double Writer(double[] b) { b[0] = b[0] * 2; return b[0] + b[1]; } }", "GW<int>.Writer(c)")]
        [InlineData("public partial class GI<T> { [Differentiable] public double Writer(double[] b) { b[0] = b[0] * 2; return b[0] + b[1]; } }", "new GI<int>().Writer(c)")]
        [InlineData("public static partial class Ext { [Differentiable] public static double Scribble(this double[] w, double[] b) { b[0] = b[0] * w[0]; return b[0] + w[1]; } }", "z.Scribble(c)")]
        public void ACalleeThatWritesItsArrayParameterIsSeenInGenericTypesAndExtensionForm(string callee, string call)
        {
            var source = "using System;\nusing GradGen;\nnamespace Demo\n{\n" + callee + "\n"
                + "    public static partial class Net\n    {\n        public static readonly GI<int> Instance = new GI<int>();\n"
                + "        [Differentiable] public static double Caller(double[] z) { var c = new double[2]; c[0] = z[0]; c[1] = z[1]; return " + call.Replace("new GI<int>()", "Instance") + " * c[0]; }\n    }\n"
                + (callee.Contains("GI<T>") ? string.Empty : "    public partial class GI<T> { }\n")
                + "}\n";
            var run = GeneratorHarness.Run(source);
            Assert.Contains(run.Diagnostics, d => d.Id == "GG0100"
                && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("Method 'Caller' uses", StringComparison.Ordinal)
                && d.GetMessage(CultureInfo.InvariantCulture).Contains("whose array parameter 'b' is written in 'b[0] = b[0] * ", StringComparison.Ordinal));
            run.AssertGeneratedCodeCompiles();
        }

        [Theory]
        [InlineData("public static double GDirectionalDerivative(double x, double v) => 42;")]
        [InlineData("public static double GGradient(double x) => 42;")]
        public void ACallToAMethodWhoseDerivativesCollideFallsBackInsteadOfBindingToAnotherMember(string other)
        {
            var run = GeneratorHarness.Run("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
                + "        [Differentiable] public static double G(double x) => Math.Sin(x);\n"
                + "        " + other + "\n"
                + "        [Differentiable] public static double Caller(double x) => G(x) * 2;\n    }\n}\n");
            Assert.Contains(run.Diagnostics, d => d.Id == "GG0100"
                && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("Method 'Caller' uses call to 'G'", StringComparison.Ordinal));
            run.AssertGeneratedCodeCompiles();
        }

        private static double Invoke(Type type, string method, params object[] arguments) =>
            Convert.ToDouble(type.GetMethods().Single(m => m.Name == method && m.GetParameters().Length == arguments.Length).Invoke(null, arguments)!, CultureInfo.InvariantCulture);
    }
}
