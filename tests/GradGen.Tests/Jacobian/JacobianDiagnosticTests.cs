using System;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests.Jacobian
{
    /// <summary>
    /// What vector-valued methods may return (GG0002 narrowed to the rest), GG0020 for a Hessian asked of one, GG0007
    /// for the new members, and GG0100 with a numeric fallback for each return GradGen cannot lower exactly.
    /// </summary>
    public class JacobianDiagnosticTests
    {
        private static string Source(string members) =>
            "using System;\nusing System.Collections.Generic;\nusing GradGen;\npublic static partial class Net\n{\n" + members + "\n}\n";

        [Theory]
        [InlineData("double[]", "new double[] { x, x * x }")]
        [InlineData("float[]", "new float[] { (float)x, (float)(x * x) }")]
        [InlineData("(double, double)", "(x, x * x)")]
        [InlineData("(double a, float b)", "(x, (float)x)")]
        [InlineData("(double, double, double, double, double, double, double)", "(x, x, x, x, x, x, x)")]
        public void VectorReturnTypesAreAccepted(string type, string value)
        {
            var run = GeneratorHarness.Run(Source("[Differentiable] public static " + type + " F(double x) => " + value + ";"));

            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            var text = run.Sources.Single().SourceText.ToString();
            Assert.Contains("FJacobian(", text, StringComparison.Ordinal);
            Assert.DoesNotContain("FGradient(", text, StringComparison.Ordinal);
            Assert.DoesNotContain("FRichardsonDiff(", text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("double[,]", "new double[1, 1]")]
        [InlineData("List<double>", "new List<double>()")]
        [InlineData("(double, int)", "(x, 1)")]
        [InlineData("(double, double, double, double, double, double, double, double)", "(x, x, x, x, x, x, x, x)")]
        [InlineData("double[][]", "new double[0][]")]
        [InlineData("int[]", "new int[1]")]
        public void OtherReturnTypesStayGG0002(string type, string value)
        {
            var run = GeneratorHarness.Run(Source("[Differentiable] public static " + type + " F(double x) => " + value + ";"));

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0002", diagnostic.Id);
            Assert.Contains("a tuple of 2 to 7 double or float elements", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void HessianOfAVectorValuedMethodIsGG0020()
        {
            var marked = MarkedSource.Parse(Source("[Differentiable(Hessian = true)] public static [|(double, double)|] F(double x) => (x, x * x);"));
            var run = GeneratorHarness.Run(marked.Source);

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal(("GG0020", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
            Assert.Equal(marked.Span, diagnostic.Location.SourceSpan);
            Assert.Contains("remove 'Hessian = true'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void AUserMemberNamedLikeTheJacobianIsGG0007()
        {
            var run = GeneratorHarness.Run(Source("""
                [Differentiable] public static double[] F(double[] x) => new double[] { x[0] };
                public static double[,] FJacobian(double[] x) => new double[1, 1];
                """));

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0007", diagnostic.Id);
            Assert.Contains("'FJacobian(double[])'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public void AUserMemberNamedLikeAnOutputMethodsJacobianIsGG0007()
        {
            var run = GeneratorHarness.Run(Source("""
                [Differentiable] public static void F(double[] x, [Output] double[] du) { du[0] = x[0]; }
                public static double[,] FJacobian(double[] x, double[] du) => new double[1, 1];
                public static double[] FGradient(double[] x, double[] du) => x;
                """));

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0007", diagnostic.Id);
            Assert.Contains("'FJacobian(double[], double[])'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public void AScalarMethodsGradientNamesDoNotCollideWithAVectorOverload()
        {
            // FGradient(double) of the scalar overload and FJacobian(double[]) of the vector-valued one are both
            // written; the vector-valued overload has no FGradient, the scalar one no FJacobian.
            var run = GeneratorHarness.Run(Source("""
                [Differentiable] public static double F(double x) => x * x;
                [Differentiable] public static double[] F(double[] x) => new double[] { x[0] };
                public static double[,] FJacobian(double x) => new double[1, 1];
                public static double FGradient(double[] x) => 0;
                """));

            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }

        [Theory]
        [InlineData("return x;", "the return of 'x'")]
        [InlineData("double[] a = new double[2]; double[] b = new double[2]; if (x[0] > 0) return a; return b;", "a return of the local array 'b' beside another return")]
        [InlineData("double[] a = new double[2]; if (x[0] > 0) return a; return new double[] { 1, 2 };", "a return of listed elements beside a return of the local array 'a'")]
        [InlineData("try { return new double[] { x[0] }; } finally { }", "'try' statement")]
        [InlineData("return x.Length > 1 ? new double[] { x[0] } : new double[] { x[1] };", "the return of 'x.Length > 1 ?")]
        public void ReturnsGradGenCannotLowerFallBackToTheNumericJacobian(string body, string construct)
        {
            var run = GeneratorHarness.Run(Source("[Differentiable] public static double[] F(double[] x) { " + body + " }"));

            Assert.NotEmpty(run.Diagnostics);
            Assert.All(run.Diagnostics, d => Assert.Equal(("GG0100", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
            Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Method 'F' uses " + construct, StringComparison.Ordinal));
            run.AssertGeneratedCodeCompiles();
            var text = run.Sources.Single().SourceText.ToString();
            Assert.Contains("Estimated from <c>FCenteredDiff</c>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Forward sweep", text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("GG0021", "public static void F(double[] x, [Output] double {|#0:du|}) { }", "has type 'double'")]
        [InlineData("GG0021", "public static void F(double[] x, [Output] int[] {|#0:du|}) { }", "has type 'int[]'")]
        [InlineData("GG0021", "public static void F(double[] x, [Output] double[,] {|#0:du|}) { }", "has type 'double[,]'")]
        [InlineData("GG0021", "public static void F(double[] x, [Output] ref double[] {|#0:du|}) { }", "has type 'ref double[]'")]
        [InlineData("GG0022", "public static {|#0:double|} F(double[] x, [Output] double[] du) { du[0] = x[0]; return 1; }", "returns 'double' and writes its outputs into [Output] parameter 'du'")]
        [InlineData("GG0023", "public static void F(double[] x, [Output] double[] du, [Output] double[] {|#0:dv|}) { du[0] = x[0]; dv[0] = x[0]; }", "[Output] parameters 'du' and 'dv'")]
        [InlineData("GG0024", "public static void F(double[] x, [Output] double[] du) { du[0] = x[0]; double t = {|#0:du|}[0] * 2; du[1] = t; }", "reads its [Output] array 'du' in 'du[0] * 2'")]
        [InlineData("GG0024", "public static void F(double[] x, [Output] double[] du) { du[0] = x[0]; {|#0:du|}[1] *= 2; }", "reads its [Output] array 'du' in 'du[1] *= 2'")]
        [InlineData("GG0024", "public static void F(double[] x, [Output] double[] du) { Array.Clear({|#0:du|}, 0, 1); }", "reads its [Output] array 'du' in 'Array.Clear(du, 0, 1)'")]
        public void WhatAnOutputArrayMayNotBeIsAnError(string id, string method, string message)
        {
            var marked = MarkedSource.Parse(Source("[Differentiable] " + method.Replace("{|#0:", "[|").Replace("|}", "|]")));
            var run = GeneratorHarness.Run(marked.Source);

            var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(marked.Span, diagnostic.Location.SourceSpan);
            Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void AVoidMethodWithoutAnOutputArrayIsStillGG0002()
        {
            var run = GeneratorHarness.Run(Source("[Differentiable] public static void F(double x) { }"));

            Assert.Equal("GG0002", Assert.Single(run.Diagnostics).Id);
        }

        [Fact]
        public void AnOutputMethodWithAnEarlyReturnIsExact()
        {
            var run = GeneratorHarness.Run(Source("""
                [Differentiable]
                public static void F(double[] x, [Output] double[] du)
                {
                    du[0] = x[0] * x[1];
                    if (x[0] > 0) { du[1] = x[0]; return; }
                    du[1] = x[1];
                }
                """));

            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Assert.Contains("Reverse sweep", run.Sources.Single().SourceText.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void GG0100OnAVectorValuedMethodSaysItsJacobianIsTheCenteredDifference()
        {
            var run = GeneratorHarness.Run(Source("""
                [Differentiable]
                public static double[] F(double[] x)
                {
                    try { return new[] { x[0] * x[1], x[1] }; }
                    finally { }
                }
                """));

            var warning = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", warning.Id);
            var message = warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("its Jacobian members fall back to the centered-difference Jacobian (MCenteredDiff)", message, StringComparison.Ordinal);
            Assert.DoesNotContain("its gradient falls back", message, StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }
    }
}
