using System.Linq;
using GradGen.Tests.Hardening;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// A body that does not compile gets no exact gradient and no GG0100: the user sees the compiler's error, and
    /// GradGen generates what <c>[Differentiable(Gradient = GradientMethod.Numeric)]</c> generates for the same method.
    /// Each body below would be accepted by the body parser construct by construct, so only the error check keeps it
    /// from exact differentiation; each must really fail to compile. All of them generated the same before the check
    /// stopped asking <c>SemanticModel.GetDiagnostics</c>, except the two missing returns: the compiler reports those on
    /// the method's name, outside the body's span, so they used to get an exact gradient.
    /// </summary>
    public class BodyErrorTests
    {
        private const string Helpers = """
                public static double Scale;
                public double Offset;
                [Differentiable] public static double Square(double t) => t * t;
                [Differentiable] public double Shifted(double t) => t + Offset;
                public static double Pick(double a, float b) => a;
                public static double Pick(float a, double b) => b;
                private static class Vault { private static double Twice(double t) => 2 * t; }
            """;

        [Theory]
        [InlineData("unknown identifier", "return x * y;")]
        [InlineData("unknown method", "return Cube(x);")]
        [InlineData("unknown member", "return Math.Sine(x);")]
        [InlineData("unknown type of a local", "Real y = x; return y;")]
        [InlineData("wrong argument type", "return Math.Sin(x > 0);")]
        [InlineData("wrong argument count", "return Math.Pow(x);")]
        [InlineData("wrong argument count to a [Differentiable] callee", "return Square(x, x);")]
        [InlineData("instance call from a static method", "return Shifted(x);")]
        [InlineData("ambiguous call", "return x * Pick(1, 1);")]
        [InlineData("call to an inaccessible method", "return Vault.Twice(x);")]
        [InlineData("type arguments to a method that has none", "return Math.Sin<double>(x);")]
        [InlineData("method group used as a value", "double y = x * 2; return y + Math.Sin;")]
        [InlineData("call to a field", "return Scale(x);")]
        [InlineData("double into an int local", "int k = x; return k;")]
        [InlineData("double assigned to an int local", "int k = 1; k = x * 2; return k;")]
        [InlineData("bool into a double local", "double y = x > 0; return y;")]
        [InlineData("double as a condition", "if (x) { return 1; } return x;")]
        [InlineData("bool returned from a double method", "return x > 0;")]
        [InlineData("operator on bool and double", "return x + (x > 0);")]
        [InlineData("invalid cast", "return (double)(x > 0);")]
        [InlineData("missing return", "if (x > 0) { return x; }")]
        [InlineData("missing return after a loop", "for (int i = 0; i < 3; i++) { x = x * 2; }")]
        [InlineData("unassigned local", "double y; return y * x;")]
        [InlineData("local assigned on one branch only", "double y; if (x > 0) { y = x; } return y * x;")]
        [InlineData("local used before its declaration", "double z = y; double y = x; return z;")]
        [InlineData("local declared twice", "double y = x; double y = 2 * x; return y;")]
        [InlineData("local shadowing a parameter", "double x = 2; return x;")]
        [InlineData("local shadowing an outer local", "double y = x; for (int i = 0; i < 2; i++) { double y = i; x = x + y; } return x * y;")]
        [InlineData("break outside a loop", "break; return x;")]
        [InlineData("continue outside a loop", "if (x > 0) continue; return x;")]
        [InlineData("integer division by constant zero", "return x * (1 / 0);")]
        [InlineData("constant overflow", "return x * (int.MaxValue + 1);")]
        [InlineData("constant cast out of range", "return x * (int)1e20;")]
        [InlineData("unknown name in a foreach", "double s = 0; foreach (var e in w) { s += e * x; } return s;")]
        [InlineData("array element of the wrong type", "double s = 0; foreach (var e in v) { s += e * x; } v[0] = true; return s;")]
        [InlineData("var without an initializer", "var y; y = x; return y;")]
        [InlineData("wrong element count", "return v[0, 1] * x;")]
        [InlineData("this in a static method", "return this.Offset * x;")]
        [InlineData("constant of the wrong type", "const int c = 1.5; return c * x;")]
        public void BodyWithACompileErrorGetsWhatANumericGradientGets(string kind, string body)
        {
            var declaration = "public static double F(double x, double[] v) { " + body + " }";
            var run = Run("[Differentiable]", declaration);
            var numeric = Run("[Differentiable(Gradient = GradientMethod.Numeric)]", declaration);

            Assert.True(run.Output.GetDiagnostics().Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == "Input0.cs"), kind + ": the body compiles");
            GeneratorAssert.DidNotFail(run.Result);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "GG0100");
            Assert.NotEmpty(Texts(run));
            Assert.Equal(Texts(numeric), Texts(run));
        }

        /// <summary>The error check must not turn valid bodies numeric: each of these stays exact (its gradient has a reverse sweep).</summary>
        [Theory]
        [InlineData("double[] t = new double[2]; t[0] = x * x; t[1] = v[0]; return t[0] + t[1];")]
        [InlineData("var t = new double[2, 3]; t[1, 2] = x; const double c = 2.5; return c * t[1, 2];")]
        [InlineData("double y; if (x > 0) { y = x * x; } else { y = -x; } return y;")]
        [InlineData("float f = (float)x; int n = (int)3.7; long m = n; return f * x + m + (double)n;")]
        [InlineData("double s = 0; foreach (var e in v) { s += e * x; } foreach (float e in v) { s += e; } return s;")]
        [InlineData("var (a, b) = (x * x, x + 1); (a, b) = (b, a); return a * b;")]
        [InlineData("double s = 0; for (int i = 0; i < v.Length; i++) { if (i > 2) { break; } s += v[i] * x; } return x > 1 ? s : Square(s);")]
        [InlineData("double y = x; { double z = y * 2; y = z; } { double z = y + 1; y = z * x; } return y + Scale;")]
        public void ValidBodiesStayExact(string body)
        {
            var run = Run("[Differentiable]", "public static double F(double x, double[] v) { " + body + " }");

            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "GG0100");
            run.AssertGeneratedCodeCompiles();
            Assert.Contains(run.Sources, s => s.HintName == "Demo.Net.F.g.cs" && s.SourceText.ToString().Contains("resultAdjoint", System.StringComparison.Ordinal));
        }

        /// <summary>A body with an error inside a construct GradGen does not differentiate says nothing either.</summary>
        [Theory]
        [InlineData("while (true) { switch (x) { case 1: return y; } }")]
        [InlineData("return new[] { x, y }.Sum();")]
        [InlineData("try { return x; } finally { Undefined(); }")]
        public void ErrorsInsideUnsupportedConstructsAreLeftToTheCompiler(string body)
        {
            var declaration = "public static double F(double x, double[] v) { " + body + " }";
            var run = Run("[Differentiable]", declaration);
            var numeric = Run("[Differentiable(Gradient = GradientMethod.Numeric)]", declaration);

            GeneratorAssert.DidNotFail(run.Result);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "GG0100");
            Assert.Equal(Texts(numeric), Texts(run));
        }

        private static GeneratorRun Run(string attribute, string declaration) => GeneratorHarness.Run(
            "using System;\nusing System.Linq;\nusing GradGen;\nnamespace Demo\n{\n    public partial class Net\n    {\n" + Helpers + "\n        "
            + attribute + " " + declaration + "\n    }\n}\n");

        private static string[] Texts(GeneratorRun run) => run.Sources
            .Where(s => s.HintName.Contains(".F."))
            .Select(s => s.HintName + "\n" + s.SourceText)
            .ToArray();
    }
}
