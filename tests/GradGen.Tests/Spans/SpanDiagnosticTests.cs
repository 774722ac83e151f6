using System;
using System.Globalization;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests.Spans
{
    /// <summary>What stays refused about spans (issue 14, item 2): GG0035 for the Hessian and Jacobian members, GG0100 for the span uses the model cannot follow.</summary>
    public class SpanDiagnosticTests
    {
        [Theory]
        [InlineData("[Differentiable(Hessian = true)] public static double F(double y, ReadOnlySpan<double> [|x|]) => x[0] * y;", "asks for a Hessian", "ReadOnlySpan<double>")]
        [InlineData("[Differentiable] public static (double, double) F(Span<float> [|x|]) => (x[0], x[1]);", "returns several values (its Jacobian members)", "Span<float>")]
        public void TheHessianAndJacobianMembersRefuseSpansWithGG0035(string method, string what, string type)
        {
            var marked = MarkedSource.Parse(Source(method));
            var run = GeneratorHarness.Run(marked.Source);

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal(("GG0035", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
            Assert.Contains("Method 'F' " + what + ", but its parameter 'x' has type '" + type + "'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Equal(marked.Span, diagnostic.Location.SourceSpan);
            Assert.Empty(run.Sources);
        }

        [Theory]
        [InlineData("x[0] = y; return y;", "write to parameter array 'x'", "x[0]")]
        [InlineData("var s = x.Slice(1); s[0] = y; return y;", "assignment to 's[0]'", "s[0]")]
        [InlineData("var s = x.Slice(1); s = x.Slice(2); return s[0] * y;", "assignment to 's'", "s = x")]
        [InlineData("ReadOnlySpan<double> s = Data; return s[0] * y;", "local span 's' not created by 'x.Slice(a, n)' or 'x[a..b]' of a span parameter", "s = Data")]
        [InlineData("var s = x.ToArray(); return s[0] * y;", "local array 's' not created by 'new double[...]'", "x.ToArray()")]
        [InlineData("return x.Slice(1)[0] * y;", "element access 'x.Slice(1)[0]'", "x.Slice(1)[0]")]
        public void SpanUsesTheModelCannotFollowFallBackWithGG0100(string body, string construct, string located)
        {
            var source = Source("private static readonly double[] Data = { 1.0 };\n        [Differentiable] public static double F(double y, Span<double> x)\n        {\n            " + body + "\n        }");
            var run = GeneratorHarness.Run(source);

            Assert.All(run.Diagnostics, d => Assert.Equal("GG0100", d.Id));
            var diagnostic = run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
            Assert.Contains("Method 'F' uses " + construct, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.StartsWith(located, source.Substring(diagnostic.Location.SourceSpan.Start), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void ACalleeMayReadSlicesOfAReadOnlySpanButNotWriteThroughSlicesOfASpan()
        {
            var run = GeneratorHarness.Run(Source("""
                [Differentiable] public static double Reads(ReadOnlySpan<double> u) { var w = u.Slice(1); var v = u[1..]; return w[0] * v[0]; }
                        [Differentiable(Gradient = GradientMethod.Numeric)] public static double Writes(Span<double> u) { u[1..][0] = 1; return u[0]; }
                        [Differentiable] public static double F(Span<double> x, double y) => Reads(x) * y + Writes(x);
                """));

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", diagnostic.Id);
            Assert.Contains("Method 'F' uses call to 'Writes', whose array parameter 'u' is written in 'u[1..][0] = 1'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        private static string Source(string method) =>
            "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n        " + method + "\n    }\n}\n";
    }
}
