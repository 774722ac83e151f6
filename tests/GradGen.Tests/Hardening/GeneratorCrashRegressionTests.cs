using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// Every input the fuzzer or a review ever found the generator failing on (throwing, or writing code that does
    /// not compile), each named after what it does. Most are valid C#: the build must stay clean and every method
    /// keep its derivatives.
    /// </summary>
    public class GeneratorCrashRegressionTests
    {
        [Fact]
        public void MethodsWhoseNamesDifferOnlyInCaseGetDistinctFiles() => AssertCleanWithSources(3, """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable] public static double F(double x) => x * x;
                [Differentiable] public static double f(double x) => x * x * x;
                [Differentiable] public static double G(double x) => x;
            }
            """);

        [Fact]
        public void TypesWhoseNamesDifferOnlyInCaseGetDistinctHelperFiles() => AssertCleanWithSources(4, """
            using GradGen;
            namespace Demo;
            public static class Shared { public static double Cube(double v) { double s = v * v; return s * v; } }
            public static partial class Net { [Differentiable] public static double F(double x) => Shared.Cube(x) + x; }
            public static partial class NET { [Differentiable] public static double F(double x) => Shared.Cube(x) * x; }
            """);

        [Fact]
        public void OverloadsWhoseParameterTypesShareAShortNameGetDistinctFiles() => AssertCleanWithSources(2, """
            using GradGen;
            namespace A { public class Foo { } }
            namespace B { public class Foo { } }
            namespace Demo
            {
                public static partial class Net
                {
                    [Differentiable] public static double F(double x, [NoDerivative] A.Foo f) => x;
                    [Differentiable] public static double F(double x, [NoDerivative] B.Foo f) => x;
                }
            }
            """);

        [Fact]
        public void NamesThatDifferOnlyInCharactersTheFileNameDropsGetDistinctFiles() => AssertCleanWithSources(2, """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable] public static double F_(double x) => x;
                [Differentiable] public static double F\u203F(double x) => x;
            }
            """);

        [Fact]
        public void OverloadsThatDifferByReferenceAreNotCollisions() => AssertCleanWithSources(2, """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable] public static double F(double x, [NoDerivative] ref int calls) { calls++; return x; }
                [Differentiable] public static double F(double x, [NoDerivative] int calls) => x * calls;
            }
            """);

        [Fact]
        public void MethodNamedWithAKeywordGetsAnEscapedCref() => AssertCleanWithSources(1, """
            using GradGen;
            namespace Demo;
            public partial struct Inner
            {
                /// <summary>Documented, so that cref problems in generated docs surface as warnings.</summary>
                [Differentiable(Step = 0.001)]
                public double @return(double[] p, [NoDerivative] double a = 1) => (a - p[0]) * (a - p[0]);
            }
            """);

        [Fact]
        public void ParameterNamedLikeTheMethodDoesNotHideIt() => AssertCleanWithSources(3, """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable] public static double w(double[,] w, double bias, [NoDerivative] string label) => w[0, 0] + bias + label.Length;
            }
            public partial class Box<T>
            {
                [Differentiable] public static double x(double x) => x * x;
            }
            public partial struct Holder
            {
                [Differentiable] public double v(double[] v) => v[0];
            }
            """);

        [Fact]
        public void MethodNamedLikeAGeneratedLocalIsNotHidden() => AssertCleanWithSources(1, """
            using GradGen;
            namespace Demo;
            public static partial class VectorExtensions
            {
                [Differentiable]
                public static double original(double[] step, double value, double stepGradient, [NoDerivative] int original) => step[0] * value + stepGradient + original;
            }
            """);

        [Fact]
        public void ParameterNamedLikeAGeneratedMethodDoesNotHideIt() => AssertCleanWithSources(1, """
            using GradGen;
            namespace Demo;
            public partial interface IShape<in T>
            {
                [Differentiable] public static double F(double[] x, [NoDerivative] int FForwardDiff) => x[0] * FForwardDiff;
            }
            """);

        [Fact]
        public void ParameterNamedLikeTheCenteredDifferenceDoesNotHideItFromTheNumericGradient() => AssertCleanWithSources(1, """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Gradient = GradientMethod.Numeric)]
                public static double F(double[] x, [NoDerivative] int FCenteredDiff) => x[0] * FCenteredDiff;
            }
            """);

        [Fact]
        public void FileLocalTypeGetsADiagnosticInsteadOfCodeThatCannotCompile()
        {
            const string source = """
                using GradGen;
                namespace Demo;
                file static partial class Local
                {
                    [Differentiable] public static double F(double[] x) => x[0];
                }
                """;
            var run = GeneratorHarness.Run(source);
            GeneratorAssert.DidNotFail(run.Result);
            var diagnostic = Assert.Single(GeneratorAssert.Problems(run.Diagnostics));
            Assert.Equal("GG0009", diagnostic.Id);
            Assert.Equal("F", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
            Assert.Empty(run.Sources);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void PointerParameterGetsAnUnsafeContext()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[]
            {
                """
                using GradGen;
                namespace Demo;
                public static unsafe partial class Native
                {
                    [Differentiable] public static double F(double[] x, [NoDerivative] int* count, [NoDerivative] delegate*<double, double> g) => g(x[0]) * *count;
                }
                """,
            });
            var run = GeneratorHarness.Run(compilation.WithOptions(compilation.Options.WithAllowUnsafe(true)));
            GeneratorAssert.DidNotFail(run.Result);
            Assert.Empty(GeneratorAssert.Problems(run.Diagnostics));
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void RefReadonlyParameterGetsACrefThatResolves() => AssertCleanWithSources(1, """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                /// <summary>Documented, so that cref problems in generated docs surface as warnings.</summary>
                [Differentiable] public static double F(double[] x, [NoDerivative] ref readonly double scale) => x[0] * scale;
            }
            """);

        [Fact]
        public void OutParameterIsAssignedEvenWhenNoElementIsPerturbed() => AssertCleanWithSources(1, """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable] public static double F(double[] x, [NoDerivative] out int calls, [NoDerivative] out string? label) { calls = 1; label = null; return x.Length; }
            }
            """);

        /// <summary>Valid signatures found while hunting for the failures above; each must keep compiling.</summary>
        [Theory]
        [InlineData("namespace @class { public static partial class @event { [Differentiable] public static double F(double[] x) => x[0]; } }")]
        [InlineData("namespace N { public partial interface I { [Differentiable] double F(double[] x); } }")]
        [InlineData("namespace N { public abstract partial class A { [Differentiable] protected abstract double F(double[] x, [NoDerivative] (int a, string b) t, [NoDerivative] System.Span<double> s); } }")]
        [InlineData("namespace N { public static partial class P { [Differentiable] public static double F(params double[] x) => x[0]; } }")]
        [InlineData("namespace N { public static partial class P { [Differentiable] public static double F(double[] x, [NoDerivative] double a = 1, [NoDerivative] string? s = null) => x[0]; } }")]
        [InlineData("namespace N { public partial class P<T> where T : struct { [Differentiable] public double F(double[] x, [NoDerivative] T? t) => x[0]; } }")]
        [InlineData("namespace N { public partial class P<T> { [Differentiable] public double F(double[] x, [NoDerivative] T? t) => x[0]; } }")]
        [InlineData("namespace N { public partial class P { [Differentiable] public double F(double[] x, [NoDerivative] scoped System.ReadOnlySpan<double> s) => x[0]; } }")]
        [InlineData("namespace N { public static partial class P { [Differentiable] public static double F(double[] x, [NoDerivative] System.Func<double, double> g) => g(x[0]); } }")]
        [InlineData("namespace N { public partial record struct R(double A) { [Differentiable] public readonly double F(double[] x) => x[0] * A; } }")]
        public void UnusualButValidSignaturesCompile(string source) => AssertCleanWithSources(1, "using GradGen;\n" + source);

        [Fact]
        public void UserMethodWithAnOutParameterCollidesWithTheScalarDestinationOverload()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable] public static double F(double[] x, double y) => x[0] * y;
                    public static void FGradient(double[] x, double y, double[] xGradient, out double yGradient) => yGradient = 0;
                }
                """);
            GeneratorAssert.DidNotFail(run.Result);
            Assert.Contains(run.Diagnostics, d => d.Id == "GG0007");
        }

        [Fact]
        public void NamespaceAndTypeOfTheSameNameDoNotFailTheGenerator()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace N.A { public partial class B { [Differentiable] public static double F(double x) => x; } }
                namespace N { public partial class A { public partial class B { [Differentiable] public static double F(double x) => x; } } }
                """);
            GeneratorAssert.DidNotFail(run.Result);
            Assert.Equal(2, run.MethodSources.Count);
        }

        [Fact]
        public void LookAlikeAttributeWithAnArrayStepDoesNotFailTheGenerator()
        {
            var run = GeneratorHarness.Run("""
                namespace GradGen { public sealed class DifferentiableAttribute : System.Attribute { public double[] Step { get; set; } } }
                namespace Demo
                {
                    public static partial class Net
                    {
                        [GradGen.Differentiable(Step = new[] { 1.0 })] public static double F(double x) => x;
                    }
                }
                """);
            GeneratorAssert.DidNotFail(run.Result);
        }

        [Fact]
        public void TwoParametersOfOneNameAreLeftToTheCompiler()
        {
            // Found by the fuzzer (seed 20261410): the directional derivative keyed its tangents by parameter name.
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Affine(double w, double[,] w, double bias) => bias;
                }
                """);
            GeneratorAssert.DidNotFail(run.Result);
            Assert.Empty(run.Sources);
            Assert.Contains(run.Output.GetDiagnostics(), d => d.Id == "CS0100");
        }

        [Fact]
        public void LocalAssignedButNeverReadWarnsOnlyInTheUsersCode()
        {
            // Found by the random-program property test (CsCheck seed b9Y9IlL-b4i2): the sweeps copied the dead store.
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(double x)
                    {
                        double unused = 1.25;
                        unused = 0.5;
                        return x * x;
                    }
                }
                """);
            run.AssertGeneratedCodeCompiles();
            Assert.Contains(run.Output.GetDiagnostics(), d => d.Id == "CS0219" && d.Location.SourceTree!.FilePath == "Input0.cs");
        }

        private static void AssertCleanWithSources(int expectedFiles, string source)
        {
            var run = GeneratorHarness.Run(source);
            GeneratorAssert.DidNotFail(run.Result);
            Assert.Empty(GeneratorAssert.Problems(run.Diagnostics));
            Assert.Equal(expectedFiles, run.MethodSources.Count);
            Assert.Equal(run.Sources.Length, run.Sources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
            run.AssertGeneratedCodeCompiles();
        }
    }
}
