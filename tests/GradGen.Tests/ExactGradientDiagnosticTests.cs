using System;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>GG0100: each construct outside the supported set is reported where it is, by name, and the gradient falls back.</summary>
    public class ExactGradientDiagnosticTests
    {
        [Theory]
        [InlineData("switch ((int)x) { case int v when v > 1: return x * v; default: return x; }", "pattern 'int v'", "int v")]
        [InlineData("return Down(x, 2); static double Down(double v, int n) => n == 0 ? v : Down(v * v, n - 1);", "recursive local function 'Down'", "Down(v * v, n - 1)")]
        [InlineData("return x switch { > 0 => x, < 0 => -x };", "'switch' expression without a final '_' arm", "x switch")]
        [InlineData("switch (x) { case > 0: if (x > 1) break; return x; default: return -x; } return 0;", "'break' before the end of a 'switch' section", "break;")]
        [InlineData("return Helper(x);", "write to field or property '_count' in 'Helper', called as F -> Helper", "Helper(x)")]
        [InlineData("goto done; done: return x;", "'goto' statement", "goto done;")]
        [InlineData("try { return x; } finally { }", "'try' statement", "try")]
        [InlineData("_count = 1; return x;", "write to field or property '_count'", "_count")]
        [InlineData("a[0] = 1; return x * a[0];", "write to parameter array 'a'", "a[0]")]
        [InlineData("ref double r = ref a[0]; return r * x;", "'ref' local", "ref double r = ref a[0]")]
        [InlineData("return a.Sum() * x;", "call to 'a.Sum'", "a.Sum()")]
        [InlineData("return (from v in a select v).Sum() * x;", "call to 'Sum'", "(from v in a select v).Sum()")]
        [InlineData("var q = from v in a select v; return x;", "local 'q' of type", "q = from v in a select v")]
        [InlineData("for (int i = 0; i < 2; i++) { var t = new double[2]; t[0] = x; } return x;", "local array 't' created inside a loop", "t = new double[2]")]
        [InlineData("string s = \"text\"; return x + s.Length;", "local 's' of type 'string'", "s = \"text\"")]
        [InlineData("double y = x; y %= 2; return y;", "operator '%=' on floating-point values", "y %= 2")]
        [InlineData("Func<double, double> f = v => v * v; return f(x);", "local 'f' of type 'System.Func<double, double>'", "f = v => v * v")]
        public void ReportsTheConstructWhereItIs(string body, string construct, string located)
        {
            var source = Source(body);
            var run = GeneratorHarness.Run(source);

            Assert.All(run.Diagnostics, d => Assert.Equal(("GG0100", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), (d.Id, d.Severity)));
            var diagnostic = run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("Method 'F' uses " + construct, message, StringComparison.Ordinal);
            Assert.StartsWith(located, source.Substring(diagnostic.Location.SourceSpan.Start), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
            Assert.Contains("by the centered difference", run.MethodSources.Single().SourceText.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void NumericGradientIsChosenSilently()
        {
            var run = GeneratorHarness.Run(Source("try { return x; } finally { }").Replace("[Differentiable]", "[Differentiable(Gradient = GradientMethod.Numeric)]"));
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Assert.Contains("FValueAndGradient", run.MethodSources.Single().SourceText.ToString(), StringComparison.Ordinal);
        }

        // Issue 18: a fallback used to remove MValueAndGradient, and code that called it stopped compiling.
        [Theory]
        [InlineData("[Differentiable]")]
        [InlineData("[Differentiable(Gradient = GradientMethod.Numeric)]")]
        [InlineData("[Differentiable(Gradient = GradientMethod.CenteredDifference)]")]
        public void NumericGradientKeepsValueAndGradientForItsCallers(string attribute)
        {
            var callers = "        public static double Caller(double x, double[] a)\n        {\n"
                + "            var (value, gradient) = FValueAndGradient(x, a);\n"
                + "            var into = new double[a.Length];\n"
                + "            return value + gradient.x + gradient.a[0] + FValueAndGradient(x, a, out double dx, into) + dx + into[0];\n        }\n"
                + "        public static (double value, double gradient) ScalarCaller(double x) => SValueAndGradient(x);\n"
                + "        " + attribute + "\n        public static double S(double x) { try { return x * x * x; } finally { } }\n";
            var run = GeneratorHarness.Run(Source("try { return x * x * a[0]; } finally { }")
                .Replace("[Differentiable]", attribute)
                .Replace("        private static int _count;\n", "        private static int _count;\n" + callers));
            Assert.All(run.Diagnostics, d => Assert.Equal("GG0100", d.Id));
            var type = run.Load().GetType("Demo.Net")!;

            var (value, gradient) = ((double, (double, double[])))type.GetMethod("FValueAndGradient", new[] { typeof(double), typeof(double[]) })!.Invoke(null, new object[] { 1.5, new[] { 2.0 } })!;
            Assert.Equal(4.5, value);
            Assert.Equal(6.0, gradient.Item1, 6);
            Assert.Equal(2.25, gradient.Item2[0], 6);

            var into = new double[1];
            var arguments = new object?[] { 1.5, new[] { 2.0 }, null, into };
            Assert.Equal(4.5, (double)type.GetMethod("FValueAndGradient", new[] { typeof(double), typeof(double[]), typeof(double).MakeByRefType(), typeof(double[]) })!.Invoke(null, arguments)!);
            Assert.Equal(6.0, (double)arguments[2]!, 6);
            Assert.Equal(2.25, into[0], 6);

            var (scalarValue, scalarGradient) = ((double, double))type.GetMethod("ScalarCaller")!.Invoke(null, new object[] { 2.0 })!;
            Assert.Equal(8.0, scalarValue);
            Assert.Equal(12.0, scalarGradient, 6);

            // The same estimate as the numeric MGradient, bit for bit: Richardson's, or the centered difference's where the method asks for it.
            var (gx, ga) = ((double, double[]))type.GetMethod("FGradient", new[] { typeof(double), typeof(double[]) })!.Invoke(null, new object[] { 1.5, new[] { 2.0 } })!;
            Assert.Equal(gx, gradient.Item1);
            Assert.Equal(ga[0], gradient.Item2[0]);
            Assert.Equal(gx, (double)arguments[2]!);
            Assert.Equal(ga[0], into[0]);
            Assert.Equal((double)type.GetMethod("SGradient")!.Invoke(null, new object[] { 2.0 })!, scalarGradient);
            if (!attribute.Contains("CenteredDifference"))
            {
                // Richardson's accuracy, which the centered difference at 1e-4 (about 1e-8 here) does not reach.
                Assert.Equal(6.0, gradient.Item1, 10);
                Assert.Equal(12.0, scalarGradient, 10);
            }
        }

        // Issue 14: helpers without [Differentiable] are differentiated; what stops one is named with the chain of calls
        // that leads to it, every problem of the chain in one build.
        [Fact]
        public void HelperChainsNameEveryProblemInOneBuild()
        {
            var source = Source("return Relu(x) * a[0];").Replace(
                "        private static int _count;\n",
                "        private static int _count;\n"
                + "        private static double Relu(double v) => Clip(v, 0) + Helper(v) * 0 + Math.Abs(v);\n"
                + "        private static double Clip(double v, double low) => Math.Max(Square(v), low);\n"
                + "        private static double Square(double v) => v * v + Relu(0) * 0;\n");
            var run = GeneratorHarness.Run(source);
            var messages = run.Diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.All(run.Diagnostics, d => Assert.Equal("Relu(x)", source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
            Assert.Contains(messages, m => m.Contains("Method 'F' uses recursive call to 'Clip' (differentiate it numerically, or give it a [DerivativeOf] custom derivative); called as F -> Relu -> Clip,", StringComparison.Ordinal));
            Assert.Contains(messages, m => m.Contains("Method 'F' uses write to field or property '_count' in 'Helper', called as F -> Relu -> Helper,", StringComparison.Ordinal));
            run.AssertGeneratedCodeCompiles();
        }

        [Theory]
        [InlineData("return a.Sum() * x;", "call to 'a.Sum', a LINQ method (write the loop, which GradGen differentiates exactly: 'double s = 0; for (int i = 0; i < x.Length; i++) s += x[i];')")]
        [InlineData("return a.Max() * x;", "call to 'a.Max', a LINQ method (write the loop, which GradGen differentiates exactly: 'double m = x[0]; for (int i = 1; i < x.Length; i++) m = Math.Max(m, x[i]);')")]
        [InlineData("return Enumerable.Min(a) * x;", "call to 'Enumerable.Min', a LINQ method (write the loop")]
        [InlineData("return Math.ReciprocalEstimate(x);", "call to 'Math.ReciprocalEstimate', which is not among the Math functions GradGen differentiates")]
        [InlineData("return double.Hypot(x, x);", "call to 'Hypot', which is not among the Math functions GradGen differentiates")]
        [InlineData("return Convert.ToDouble(x);", "call to 'Convert.ToDouble' (GradGen cannot see the body of 'ToDouble': call it from a method of yours that has a [DerivativeOf] custom derivative)")]
        [InlineData("double k = x; return Twice(x); double Twice(double v) { double w = k * v; return w; }", "call to 'Twice', a local function that captures 'k' of 'F' (GradGen differentiates a local function of several statements as a method of its own: pass them as arguments, or write the function as one expression, which GradGen inlines); called as F -> Twice")]
        [InlineData("double y = x; return Bump(ref y); static double Bump(ref double v) => v * 2;", "call to 'Bump'")]
        public void CallSaysWhatToDo(string body, string construct)
        {
            Assert.Contains("Method 'F' uses " + construct, SingleMessage(Source(body)), StringComparison.Ordinal);
        }

        // Issue 18: "which may write to its array parameter 'a'" for a Dot that only read 'a' through LINQ.
        [Theory]
        [InlineData("a.Zip(b, (p, q) => p * q).Sum()", "whose array parameter 'a' is used in 'a.Zip(b, (p, q) => p * q)'")]
        [InlineData("Scratch(a) + b[0]", "whose array parameter 'a' is passed to 'Scratch', whose array parameter 'v' is written in 'v[0] = 1'")]
        [InlineData("Clear(a) + b[0]", "whose array parameter 'a' is passed to 'Clear', whose array parameter 'a' is written in 'a[0] = 0'")]
        public void ArrayCalleeSaysWhatUseOfItsParameterWasFound(string dotBody, string found)
        {
            var source = Source("return Dot(a, a) * x;").Replace(
                "        private static int _count;\n",
                "        private static int _count;\n"
                + "        [Differentiable(Gradient = GradientMethod.Numeric)]\n        public static double Dot(double[] a, double[] b) => " + dotBody + ";\n"
                + "        private static double Scratch(double[] v) { v[0] = 1; return v.Length; }\n"
                + "        [Differentiable(Gradient = GradientMethod.Numeric)]\n        public static double Clear(double[] a) { a[0] = 0; return a[1]; }\n");
            var message = SingleMessage(source);
            Assert.Contains("call to 'Dot', " + found + " (GradGen passes an array through a call only to a method that just reads it", message, StringComparison.Ordinal);
        }

        [Fact]
        public void ValueAndGradientNameIsReserved()
        {
            var run = GeneratorHarness.Run(Source("return x;").Replace("private static int _count;", "private static int _count;\n        public static double FValueAndGradient(double x, double[] a) => 0;"));
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0007", diagnostic.Id);
            Assert.Contains("FValueAndGradient(double, double[])", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("public static double FDirectionalDerivative(double x, double[] a, double v, double[] w) => 0;", "FDirectionalDerivative(double, double[], double, double[])")]
        [InlineData("public static double FCheckGradient(double x, double[] a) => 0;", "FCheckGradient(double, double[])")]
        public void DirectionalDerivativeAndCheckGradientNamesAreReserved(string member, string generated)
        {
            var run = GeneratorHarness.Run(Source("return x;").Replace("private static int _count;", "private static int _count;\n        " + member));
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0007", diagnostic.Id);
            Assert.Contains(generated, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public void FallbackGradientStillRuns()
        {
            var assembly = GeneratorHarness.Run(Source("try { return x * x * a[0]; } finally { }")).Load();
            var gradient = assembly.GetType("Demo.Net")!.GetMethod("FGradient", new[] { typeof(double), typeof(double[]) })!;
            var (dx, da) = ((double, double[]))gradient.Invoke(null, new object[] { 1.5, new[] { 2.0 } })!;
            Assert.Equal(6.0, dx, 6);
            Assert.Equal(2.25, da[0], 6);
        }

        /// <summary>The one GG0100 reported for a call in F; the generated code still compiles.</summary>
        private static string SingleMessage(string source)
        {
            var run = GeneratorHarness.Run(source);
            var diagnostic = Assert.Single(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("Method 'F' uses call to ", StringComparison.Ordinal));
            Assert.Equal("GG0100", diagnostic.Id);
            run.AssertGeneratedCodeCompiles();
            return diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string Source(string body) =>
            "using System;\nusing System.Linq;\nusing GradGen;\nnamespace Demo\n{\n    public partial class Net\n    {\n        private static int _count;\n"
            + "        private static double Helper(double v) { _count++; return v; }\n"
            + "        [Differentiable]\n        public static double F(double x, double[] a)\n        {\n            " + body + "\n        }\n    }\n}\n";
    }
}
