using System;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Calls between [Differentiable] methods, compiled through the generator in the test: no GG0100, the generated
    /// code compiles cleanly, and the gradient agrees with a sixth-order finite difference.
    /// </summary>
    public class CallTests
    {
        /// <summary>A hand-written normal CDF (Zelen and Severo's polynomial, a branch, Math.Exp) called by a Black-Scholes price.</summary>
        public const string BlackScholes = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Pricing
    {
        [Differentiable]
        public static double NormalCdf(double x)
        {
            double t = 1.0 / (1.0 + 0.2316419 * Math.Abs(x));
            double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
            double tail = 0.3989422804014327 * Math.Exp(-0.5 * x * x) * poly;
            if (x >= 0)
            {
                return 1.0 - tail;
            }

            return tail;
        }

        [Differentiable]
        public static double Call(double spot, double strike, double rate, double volatility, double time)
        {
            double root = Math.Sqrt(time);
            double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * root);
            double d2 = d1 - volatility * root;
            return spot * NormalCdf(d1) - strike * Math.Exp(-rate * time) * NormalCdf(d2);
        }
    }
}";

        [Theory]
        [InlineData(100.0, 95.0, 0.03, 0.25, 0.75)]
        [InlineData(80.0, 100.0, 0.01, 0.4, 2.0)]
        public void BlackScholesThroughAHandWrittenNormalCdf(double spot, double strike, double rate, double volatility, double time)
        {
            var type = Compile(BlackScholes, "Demo.Pricing");
            var point = new[] { spot, strike, rate, volatility, time };
            var exact = Gradient(type, "Call", point);
            FiniteDifferenceCheck.AssertAgrees("Black-Scholes", x => Value(type, "Call", x), point, exact);
        }

        [Fact]
        public void AChainOfThreeCallsInAPartialPartAndAnotherClass()
        {
            var source = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Chain
    {
        [Differentiable] public static double Outer(double x, double y) => Math.Sin(Middle(x * y, y)) + Middle(y, 2.0);
    }

    public static partial class Chain
    {
        [Differentiable] public static double Middle(double a, double b) { double s = 0; for (int i = 1; i <= 3; i++) { s += Other.Inner(a * i, 3) * b; } return s; }
    }

    public static partial class Other
    {
        [Differentiable] public static double Inner(double u, [NoDerivative] int n) => Math.Pow(u, n) / (1 + u * u);
    }
}";
            var type = Compile(source, "Demo.Chain");
            foreach (var point in new[] { new[] { 0.7, 1.3 }, new[] { -1.1, 0.4 } })
            {
                FiniteDifferenceCheck.AssertAgrees("chain", x => Value(type, "Outer", x), point, Gradient(type, "Outer", point));
            }
        }

        [Fact]
        public void InstanceMethodsCallStaticAndInstanceMethods()
        {
            var source = @"
using System;
using GradGen;
namespace Demo
{
    public partial class Spring
    {
        public double K = 2.5;

        [Differentiable] public double Energy(double x, double v) => this.Potential(x) + Kinetic(v) * Scale(x);

        [Differentiable] public double Potential(double x) => 0.5 * K * x * x;

        [Differentiable] public static double Kinetic(double v) => 0.5 * v * v;

        [Differentiable] public static double Scale(double x) => Math.Exp(-x);
    }
}";
            var run = GeneratorHarness.Run(source);
            Assert.Empty(run.Diagnostics);
            var type = run.Load().GetType("Demo.Spring")!;
            var spring = Activator.CreateInstance(type)!;
            var (x, v) = (0.7, -1.3);
            var gradient = ((double, double))type.GetMethod("EnergyGradient")!.Invoke(spring, new object[] { x, v })!;
            Precision.Close(2.5 * x - (0.5 * v * v * Math.Exp(-x)), gradient.Item1);
            Precision.Close(v * Math.Exp(-x), gradient.Item2);
        }

        [Fact]
        public void CallsOnAParameterAFieldAPropertyAndAStaticField()
        {
            var source = @"
using GradGen;
namespace Demo
{
    public partial class Layer
    {
        public double Weight;

        [Differentiable]
        public double Apply(double[] z)
        {
            double s = 0;
            for (int i = 0; i < z.Length; i++) s += Weight * z[i] * z[i];
            return s;
        }

        [Differentiable] public double Twice(double u) => 2 * Weight * u;
    }

    public partial class Model
    {
        public static Layer Shared = new Layer { Weight = 5 };

        private readonly Layer _layer = new Layer { Weight = 2 };

        private Layer Current { get; } = new Layer { Weight = 7 };

        [Differentiable]
        public double Loss(double[] w, [NoDerivative] Layer other)
        {
            var z = new double[2];
            z[0] = w[0] * w[1];
            z[1] = w[1];
            return _layer.Apply(z) + other.Apply(w) + Shared.Apply(w) + this._layer.Apply(w) + Current.Twice(w[0]) + other.Twice(w[1]);
        }
    }
}";
            var run = GeneratorHarness.Run(source);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            var assembly = run.Load();
            var type = assembly.GetType("Demo.Model")!;
            var layerType = assembly.GetType("Demo.Layer")!;
            var model = Activator.CreateInstance(type)!;
            var other = Activator.CreateInstance(layerType)!;
            layerType.GetField("Weight")!.SetValue(other, 3.0);
            var w = new[] { 0.7, -1.2 };
            var z0 = w[0] * w[1];
            var expected = new[] { (4 * z0 * w[1]) + (20 * w[0]) + 14, (4 * z0 * w[0]) + (4 * w[1]) + (20 * w[1]) + 6 };
            var gradient = (double[])type.GetMethod("LossGradient", new[] { typeof(double[]), layerType })!.Invoke(model, new[] { w, other })!;
            Precision.Close(expected, gradient);
            var v = new[] { 0.5, 2.0 };
            var directional = (double)type.GetMethod("LossDirectionalDerivative")!.Invoke(model, new object[] { w, other, v })!;
            Precision.Close((expected[0] * v[0]) + (expected[1] * v[1]), directional);
        }

        [Fact]
        public void FloatCalleesAndCallers()
        {
            var source = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Net
    {
        [Differentiable] public static float Square(float x) => x * x;

        [Differentiable] public static float F(float x, double y) => Square(x) * (float)y + (float)Cube(y);

        [Differentiable] public static double Cube(double y) => y * y * y;
    }
}";
            var type = Compile(source, "Demo.Net");
            var gradient = ((float, double))type.GetMethod("FGradient")!.Invoke(null, new object[] { 1.5f, 0.5 })!;
            Assert.Equal(2 * 1.5f * 0.5f, gradient.Item1, 5);
            Precision.Close((1.5 * 1.5) + (3 * 0.5 * 0.5), gradient.Item2, 1e-6);
            var directional = (double)type.GetMethod("FDirectionalDerivative")!.Invoke(null, new object[] { 1.5f, 0.5, 2.0f, -1.0 })!;
            Precision.Close((2 * 1.5 * 0.5 * 2.0) - ((1.5 * 1.5) + (3 * 0.5 * 0.5)), directional, 1e-6);
        }

        [Fact]
        public void CallsAndCustomDerivativesCompileAtCSharp73WithNullableOff()
        {
            var compilation = GeneratorHarness.CreateCompilation(
                new[] { BlackScholes, CustomDerivativeTests.Erf },
                GeneratorHarness.ParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3),
                Microsoft.CodeAnalysis.NullableContextOptions.Disable);
            var run = GeneratorHarness.Run(compilation);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void ACalleeThatFallsBackLendsItsNumericGradientAndIsReported()
        {
            var source = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n"
                + "        [Differentiable] public static double F(double x) => Math.Exp(G(x * x));\n"
                + "        [Differentiable] public static double G(double y) { try { return Math.Sin(y); } finally { } }\n    }\n}\n";
            var run = GeneratorHarness.Run(source);
            var warning = Assert.Single(run.Diagnostics);
            Assert.Contains("Method 'G' uses 'try' statement", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Contains("falls back to the centered difference (warning GG0100 on it)", run.Sources.Single(s => s.HintName == "Demo.Net.F.g.cs").SourceText.ToString(), StringComparison.Ordinal);
            var type = run.Load().GetType("Demo.Net")!;
            var x = 0.8;
            Precision.Close(Math.Exp(Math.Sin(x * x)) * Math.Cos(x * x) * 2 * x, Gradient(type, "F", new[] { x })[0], 1e-7);
        }

        [Theory]
        [InlineData("return G(x, x);", "an argument that may carry a derivative for parameter 'c' of 'G', which is [NoDerivative]")]
        [InlineData("return new Net().H(x);", "call to 'H' on another object")]
        [InlineData("return Self.Other.H(x);", "call to 'H' on another object")]
        [InlineData("return Sum(new[] { x });", "array argument 'new[] { x }' to 'Sum' that is not a parameter or local array of the method")]
        public void CallsGradGenCannotDifferentiateThroughFallBack(string body, string construct)
        {
            var source = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public partial class Net\n    {\n"
                + "        [Differentiable] public static double F(double x) { " + body + " }\n"
                + "        [Differentiable] public static double G(double b, [NoDerivative] double c) => b * c;\n"
                + "        [Differentiable] public double H(double b) => b * b;\n"
                + "        public static Net Self = new Net();\n"
                + "        public Net Other => this;\n"
                + "        [Differentiable] public static double Sum(double[] v) => v[0];\n    }\n"
                + "    public static partial class Extensions\n    {\n        [Differentiable] public static double Twice(this double v) => 2 * v;\n    }\n}\n";
            var run = GeneratorHarness.Run(source);
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", diagnostic.Id);
            Assert.Contains("Method 'F' uses " + construct, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void CallsInExtensionFormAreDifferentiatedThrough()
        {
            var source = @"
using System;
using GradGen;
namespace Demo
{
    public static partial class Vectors
    {
        [Differentiable]
        public static double SumOfSquares(this double[] v)
        {
            double s = 0;
            foreach (var e in v) s += e * e;
            return s;
        }

        [Differentiable]
        public static double Scaled(this double x, double k) => k * Math.Sin(x);
    }

    public static partial class Net
    {
        [Differentiable]
        public static double F(double[] w, double y) => w.SumOfSquares() * y.Scaled(w[0]);
    }
}";
            var type = Compile(source, "Demo.Net");
            var w = new[] { 0.5, -1.25, 2.0 };
            var y = 0.8;
            var (dw, dy) = ((double[], double))type.GetMethod("FGradient", new[] { typeof(double[]), typeof(double) })!.Invoke(null, new object[] { w, y })!;

            var squares = w.Sum(e => e * e);
            var scaled = w[0] * Math.Sin(y);
            var expected = w.Select((e, i) => 2 * e * scaled + (i == 0 ? squares * Math.Sin(y) : 0)).ToArray();
            Precision.Close(expected, dw);
            Precision.Close(squares * w[0] * Math.Cos(y), dy);
            Precision.Close(
                expected.Zip(new[] { 0.3, 0.2, -0.1 }, (g, v) => g * v).Sum() + dy * 0.5,
                (double)type.GetMethod("FDirectionalDerivative")!.Invoke(null, new object[] { w, y, new[] { 0.3, 0.2, -0.1 }, 0.5 })!,
                1e-13);
        }

        [Fact]
        public void RecursionInExtensionFormIsReported()
        {
            var run = GeneratorHarness.Run("using GradGen;\nnamespace Demo\n{\n    public static partial class Halves\n    {\n"
                + "        [Differentiable] public static double Halve(this double v) { if (v > 1) { return (v / 2).Halve(); } return v * v; }\n    }\n}\n");
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", diagnostic.Id);
            Assert.Contains("recursive call to 'Halve'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        internal static Type Compile(string source, string typeName)
        {
            var run = GeneratorHarness.Run(source);
            Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
            return run.Load().GetType(typeName)!;
        }

        internal static double Value(Type type, string method, double[] point) =>
            (double)type.GetMethod(method)!.Invoke(null, point.Cast<object>().ToArray())!;

        /// <summary>The gradient of a static method of scalar parameters, as an array, whatever tuple it comes in.</summary>
        internal static double[] Gradient(Type type, string method, double[] point)
        {
            var result = type.GetMethod(method + "Gradient")!.Invoke(null, point.Cast<object>().ToArray())!;
            return result is System.Runtime.CompilerServices.ITuple tuple
                ? Enumerable.Range(0, tuple.Length).Select(i => Convert.ToDouble(tuple[i])).ToArray()
                : new[] { Convert.ToDouble(result) };
        }
    }
}
