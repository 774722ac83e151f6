using System;
using System.Globalization;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// GG0100 for helpers GradGen cannot differentiate (issue 14): the construct and the chain of calls that leads to
    /// it, reported at the [Differentiable] method's call, and the gradient falls back with code that still compiles.
    /// </summary>
    public class HelperDiagnosticTests
    {
        private const string Types = @"
    public interface IShape { double Area(double r); }
    public class Circle : IShape { public double Area(double r) => Math.PI * r * r; }
    public class Base { public virtual double Scale(double v) => 2 * v; }
    public static class Util
    {
        private static double _secret = 3;
        private static readonly double[] Weights = { 1, 2 };
        public static double Secret(double v) { double s = v * _secret; return s; }
        public static double Weighted(double v) => v * Weights[1];
        public static double Loop(double v) => Again(v) + v;
        private static double Again(double v) => v > 10 ? v : Loop(v * v);
        public static double Meta(double v) { double s = Convert.ToDouble(v); return s * v; }
    }
";

        [Theory]
        [InlineData("return Via(shape, x);", "double Via(IShape s, double v) => v;", "call to 'Via', whose parameter 's' is not a by-value double", "F -> Via")]
        [InlineData("return Outer(x);", "double Outer(double v) => Middle(v); double Middle(double v) => shape.Area(v);", "call to 'Area', a virtual, abstract or interface method, whose body is chosen at run time", "F -> Outer -> Middle -> Area")]
        [InlineData("return Outer(x);", "double Outer(double v) => Middle(v); double Middle(double v) => b.Scale(v);", "call to 'Scale', a virtual, abstract or interface method, whose body is chosen at run time", "F -> Outer -> Middle -> Scale")]
        [InlineData("return Util.Meta(x);", "", "call to 'Convert.ToDouble' (GradGen cannot see the body of 'ToDouble': call it from a method of yours that has a [DerivativeOf] custom derivative) in 'Meta', called as F -> Meta", "F -> Meta")]
        [InlineData("return Util.Loop(x);", "", "recursive call to 'Again' (differentiate it numerically, or give it a [DerivativeOf] custom derivative); called as F -> Loop -> Again", "F -> Loop -> Again")]
        [InlineData("return Self(x, 3);", "static double Self(double v, int n) { if (n == 0) return v; return Self(v * v, n - 1); }", "recursive call to 'Self' (differentiate it numerically, or give it a [DerivativeOf] custom derivative); called as F -> Self -> Self", "F -> Self -> Self")]
        [InlineData("return Util.Secret(x);", "", "'Demo.Util._secret', which is not accessible from 'Net', where GradGen writes the helper's derivatives (make it internal or public) in 'Secret', called as F -> Secret", "F -> Secret")]
        [InlineData("return Util.Weighted(x);", "", "'Demo.Util.Weights', which is not accessible from 'Net', where GradGen writes the helper's derivatives (make it internal or public) in 'Weighted', called as F -> Weighted", "F -> Weighted")]
        [InlineData("return Fill(a) * x;", "static double Fill(double[] v) { v[0] = 1; return v[1]; }", "call to 'Fill', whose array parameter 'v' is written in 'v[0] = 1'", "F -> Fill")]
        [InlineData("return Count(x) * x;", "static int Count(double v) { int n = (int)v; return n; }", "call to 'Count', which returns 'int' (GradGen differentiates helpers that return one double or float", "F -> Count")]
        public void NamesTheConstructAndTheChain(string body, string members, string construct, string chain)
        {
            var source = Source(body, members);
            var run = GeneratorHarness.Run(source);

            var diagnostic = Assert.Single(run.Diagnostics.Where(d => d.Id == "GG0100"));
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("Method 'F' uses " + construct, message, StringComparison.Ordinal);
            Assert.Contains(chain, message, StringComparison.Ordinal);
            var call = body.Substring("return ".Length).TrimEnd(';').Replace(" * x", string.Empty);
            Assert.StartsWith(call, source.Substring(diagnostic.Location.SourceSpan.Start), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
            Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("GradGenHelper_", StringComparison.Ordinal));
        }

        /// <summary>A helper that calls the [Differentiable] method back is recursion through the two: refused, as between [Differentiable] methods.</summary>
        [Fact]
        public void RecursionThroughADifferentiableMethodIsRefused()
        {
            var source = Source("return x > 1 ? Back(x / 2) : x;", "double Back(double v) { double w = F(v, a: new double[1]); return w; }");
            var run = GeneratorHarness.Run(source);
            var message = Assert.Single(run.Diagnostics.Where(d => d.Id == "GG0100")).GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("Method 'F' uses recursive call to 'Back' (differentiate it numerically, or give it a [DerivativeOf] custom derivative); called as F -> Back", message, StringComparison.Ordinal);
        }

        private static string Source(string body, string members) =>
            "using System;\nusing GradGen;\nnamespace Demo\n{\n" + Types
            + "    public partial class Net\n    {\n        private IShape shape = new Circle();\n        private Base b = new Base();\n        " + members + "\n"
            + "        [Differentiable]\n        public double F(double x, double[] a)\n        {\n            " + body + "\n        }\n    }\n}\n";
    }
}
