using System;
using System.Globalization;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests.GenericMath
{
    /// <summary>
    /// What stays refused about generic methods (issue 14, item 6), each with the reason in its message: GG0008 for type
    /// parameters GradGen cannot differentiate over, GG0030 for the Hessian and Jacobian members, GG0031 for inputs and
    /// results of another type than T or T[]; and GG0100 where a generic body falls back to the numeric gradient.
    /// </summary>
    public class GenericMathDiagnosticTests
    {
        private const string Ieee = "where T : IFloatingPointIeee754<T>";

        [Theory]
        [InlineData("public static T F[|<T, U>|](T x, U y) where T : IFloatingPointIeee754<T> where U : IFloatingPointIeee754<U> => x;", "GG0008", "it has 2 type parameters")]
        [InlineData("public static T F[|<T>|](T x) where T : INumber<T> => x * x;", "GG0008", "GradGen needs 'where T : IFloatingPointIeee754<T>' (.NET 7 and later) to call T.Sin, T.Exp... and to step by fractions of T, and 'T' is constrained to 'INumber<T>'")]
        [InlineData("public static double F[|<T>|](double x) => x * x;", "GG0008", "'T' is constrained by no interface")]
        [InlineData("[Differentiable(Hessian = true)] public static T [|F|]<T>(T x) " + Ieee + " => x * x;", "GG0030", "GradGen does not write Hessian members for generic methods")]
        [InlineData("public static [|(T, T)|] F<T>(T x) " + Ieee + " => (x, x * x);", "GG0030", "Jacobian members of a vector-valued method")]
        [InlineData("public static [|T[]|] F<T>(T x) " + Ieee + " => new[] { x, x * x };", "GG0030", "Jacobian members of a vector-valued method")]
        [InlineData("public static [|void|] F<T>(T x, [Output] T[] y) " + Ieee + " { y[0] = x; }", "GG0030", "Jacobian members of a vector-valued method")]
        [InlineData("public static T F<T>(ReadOnlySpan<T> [|x|]) " + Ieee + " => x[0];", "GG0031", "parameter 'x' has type 'ReadOnlySpan<T>'")]
        [InlineData("public static T F<T>(T[][] [|x|]) " + Ieee + " => x[0][0];", "GG0031", "parameter 'x' has type 'T[][]'")]
        [InlineData("public static T F<T>(T x, double [|y|]) " + Ieee + " => x * T.CreateChecked(y);", "GG0031", "parameter 'y' has type 'double'")]
        [InlineData("public static T F<T>(T x, Vector2 [|p|]) " + Ieee + " => x * T.CreateChecked(p.X);", "GG0031", "parameter 'p' has type 'Vector2'")]
        [InlineData("public static [|double|] F<T>(T x) " + Ieee + " => double.CreateChecked(x);", "GG0031", "its result has type 'double'")]
        public void RefusedShapesSayWhy(string method, string id, string why)
        {
            var diagnostic = DiagnosticTests.AssertSingle(id, Source((method.StartsWith("[", StringComparison.Ordinal) ? string.Empty : "[Differentiable]\n    ") + method));
            Assert.Contains(why, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp10)]
        [InlineData(LanguageVersion.CSharp7_3)]
        public void BeforeCSharp11TheMethodIsRefusedWithGG0008(LanguageVersion version)
        {
            var marked = MarkedSource.Parse(Source("[Differentiable] public static T F[|<T>|](T x) " + Ieee + " => x;"));
            var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(new[] { marked.Source }, GeneratorHarness.ParseOptions(version)));

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0008", diagnostic.Id);
            Assert.Equal(marked.Span, diagnostic.Location.SourceSpan);
            Assert.Contains("which need C# 11, and the project compiles C# " + version.ToDisplayString(), diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void AConstraintTheCompilerCannotResolveGetsTheCompilersErrorAlone()
        {
            // A netstandard2.0 project has no IFloatingPointIeee754: the compiler says so; GradGen adds nothing.
            var run = GeneratorHarness.Run(Source("[Differentiable] public static T F<T>(T x) where T : IFloatingPointIeee754Missing<T> => x;"));

            Assert.Empty(run.Diagnostics);
            Assert.Empty(run.Sources);
            Assert.Contains(run.Output.GetDiagnostics(), d => d.Id == "CS0246");
        }

        [Theory]
        [InlineData("return x * T.CreateChecked(c * 2);", "'c * 2' computed in double in a generic method (its members compute in T: convert each value", "c * 2")]
        [InlineData("double d = 2 * c; return x * T.CreateChecked(d);", "'2 * c' of type 'double' in a generic method (its members compute in T: read a double or float value through T.CreateChecked)", "2 * c")]
        [InlineData("return x * T.CreateChecked(int.CreateChecked(x));", "call to 'CreateChecked'", "int.CreateChecked(x)")]
        [InlineData("return Helper(x);", "call to 'Helper'", "Helper(x)")]
        [InlineData("return T.Hypot(x, x);", "call to 'T.Hypot'", "T.Hypot(x, x)")]
        public void AGenericBodyGradGenCannotFollowFallsBackAndItsMembersCompile(string body, string construct, string located)
        {
            var source = Source("private static T Helper<T>(T v) " + Ieee + " => v * v;\n    [Differentiable] public static T F<T>(T x, [NoDerivative] double c) " + Ieee + "\n    {\n        " + body + "\n    }");
            var run = GeneratorHarness.Run(source);

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", diagnostic.Id);
            Assert.True(diagnostic.GetMessage(CultureInfo.InvariantCulture).Contains("Method 'F' uses " + construct, StringComparison.Ordinal), diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.StartsWith(located, source.Substring(diagnostic.Location.SourceSpan.Start), StringComparison.Ordinal);
            Assert.Single(run.Sources);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void ADoubleMethodCallingAGenericOneFallsBackSayingWhy()
        {
            var source = Source("[Differentiable] public static T Square<T>(T x) " + Ieee + " => x * x;\n    [Differentiable] public static double F(double x) => Square(x) + x;");
            var run = GeneratorHarness.Run(source);

            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", diagnostic.Id);
            Assert.Contains("call to 'Square', a generic method called with type argument 'double' (GradGen differentiates a call to a generic [Differentiable] method from a generic method", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.StartsWith("Square(x)", source.Substring(diagnostic.Location.SourceSpan.Start), StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void DoubleDataConvertedWhereItIsReadAndIntegerMathStayExact()
        {
            var run = GeneratorHarness.Run(Source("""
                private static readonly double Scale = 0.5;
                    [Differentiable] public static T F<T>(T[] x, [NoDerivative] double c, [NoDerivative] int n) where T : IFloatingPointIeee754<T>
                    {
                        double d = 1.5;
                        int m = Math.Min(n, x.Length);
                        T s = T.Zero;
                        for (int i = 0; i < m; i++) s += x[i] * T.CreateChecked(c) + T.CreateSaturating(Scale) * T.CreateTruncating(d);
                        return s;
                    }
                """));

            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }

        private static string Source(string members) => """
            using System;
            using System.Numerics;
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                
            """ + members + "\n}\n";
    }
}
