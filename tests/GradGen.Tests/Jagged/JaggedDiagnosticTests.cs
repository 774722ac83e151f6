using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests.Jagged
{
    /// <summary>
    /// What stays refused about arrays of arrays (issue 14, item 3): GG0035 for the Hessian and Jacobian members, GG0100
    /// (a numeric gradient) for a row used as an array of its own, GG0003 for deeper nesting, and the exception of a
    /// row created twice in one call.
    /// </summary>
    public class JaggedDiagnosticTests
    {
        [Theory]
        [InlineData("[Differentiable(Hessian = true)] public static double F(double[] y, double[][] [|x|]) => x[0][0] * y[0];", "asks for a Hessian", "remove 'Hessian = true'")]
        [InlineData("[Differentiable] public static double[] F(double[][] [|x|]) => new double[] { x[0][0], x[0][1] };", "returns several values (its Jacobian members)", "return one value")]
        public void TheHessianAndJacobianMembersRefuseArraysOfArraysWithGG0035(string method, string what, string fix)
        {
            var marked = MarkedSource.Parse(Source(method));
            var run = GeneratorHarness.Run(marked.Source);

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal(("GG0035", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("Method 'F' " + what + ", but its parameter 'x' has type 'double[][]'", message, StringComparison.Ordinal);
            Assert.Contains(fix, message, StringComparison.Ordinal);
            Assert.Equal(marked.Span, diagnostic.Location.SourceSpan);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void DeeperNestingIsAnUnsupportedParameterType()
        {
            var run = GeneratorHarness.Run(Source("[Differentiable] public static double F(double y, double[][][] x) => x[0][0][0] * y;"));
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0003", diagnostic.Id);
            Assert.Contains("'double[][][]'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("var r = x[0]; return r[0] * y;", "local array 'r' not created by 'new double[...]'", "x[0]")]
        [InlineData("x[0] = new double[2]; return y;", "write to a row of the parameter array 'x'", "x[0]")]
        [InlineData("x[0][1] = y; return y;", "write to parameter array 'x'", "x[0][1]")]
        [InlineData("var t = new double[2][]; t[0] = new double[1]; t[1] = t[0]; return t[1][0] + y;", "assignment to a row of 't' other than 'a[i] = new double[n]'", "t[1] = t[0]")]
        [InlineData("var t = new double[][] { new double[1] }; return t[0][0] + y;", "local array of arrays 't' not created by 'new double[n][]'", "new double[][]")]
        [InlineData("return Row(x[0]) * y;", "array argument 'x[0]' to 'Row' that is not a parameter or local array of the method", "x[0]")]
        [InlineData("return Writes(x) * y;", "call to 'Writes', whose array parameter 'a' is written in 'a[0][0] = 1'", "Writes(x)")]
        [InlineData("return Walks(x) * y;", "call to 'Walks', whose array parameter 'a' is used in", "Walks(x)")]
        [InlineData("int i = 0; foreach (var v in x[i]) { i = 1; y += v; } return y;", "'foreach' over the row 'x[i]' whose index the loop assigns", "x[i]")]
        public void ARowUsedAsAnArrayOfItsOwnFallsBackWithGG0100(string body, string construct, string located)
        {
            var source = Source(Helpers + "        [Differentiable] public static double F(double y, double[][] x)\n        {\n            " + body + "\n        }");
            var run = GeneratorHarness.Run(source);

            var diagnostic = run.Diagnostics.Where(d => d.Id == "GG0100").OrderBy(d => d.Location.SourceSpan.Start).First();
            Assert.All(run.Diagnostics, d => Assert.Equal("GG0100", d.Id));
            Assert.Contains("Method 'F' uses " + construct, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.StartsWith(located, source.Substring(diagnostic.Location.SourceSpan.Start), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void ARowCreatedTwiceThrowsInTheReverseModeAndNowhereElse()
        {
            var run = GeneratorHarness.Run(Source("""
                [Differentiable]
                public static double F(double[] x)
                {
                    var t = new double[1][];
                    t[0] = new double[1];
                    t[0][0] = x[0] * x[0];
                    double first = t[0][0];
                    t[0] = new double[1];
                    t[0][0] = x[0];
                    return first * t[0][0];
                }
                """));
            Assert.Empty(run.Diagnostics);
            var type = run.Load().GetType("Demo.Net")!;
            var x = new[] { 1.5 };
            var error = Assert.Throws<TargetInvocationException>(() => type.GetMethod("FGradient", new[] { typeof(double[]) })!.Invoke(null, new object[] { x }));
            Assert.IsType<InvalidOperationException>(error.InnerException);
            Assert.Contains("a row of the local array 't' was created a second time", error.InnerException!.Message, StringComparison.Ordinal);
            // Forward mode follows the second row as the method does: d/dx x^3 = 3 x^2.
            Assert.Equal(3 * 1.5 * 1.5, (double)type.GetMethod("FDirectionalDerivative")!.Invoke(null, new object[] { x, new[] { 1.0 } })!, 12);
        }

        /// <summary>Callees: one that takes a row, one that writes through a row of its argument, one that visits its rows by foreach.</summary>
        private const string Helpers =
            "[Differentiable] public static double Row(double[] r) => r[0];\n"
            + "        [Differentiable(Gradient = GradientMethod.Numeric)] public static double Writes(double[][] a) { a[0][0] = 1; return a[0][0]; }\n"
            + "        [Differentiable] public static double Walks(double[][] a) { double s = 0; foreach (var r in a) s += r[0]; return s; }\n";

        private static string Source(string method) =>
            "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n        " + method + "\n    }\n}\n";
    }
}
