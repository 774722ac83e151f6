using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>One test per diagnostic: its id, severity, location, message and that nothing is generated.</summary>
    public class DiagnosticTests
    {
        [Fact]
        public void GG0001_ContainingTypeNotPartial()
        {
            var diagnostic = AssertSingle("GG0001", """
                using GradGen;
                public partial class Outer
                {
                    public class Inner
                    {
                        [Differentiable]
                        public static double [|Square|](double x) => x * x;
                    }
                }
                """);
            Assert.Contains("'Inner' is not partial", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0002_UnsupportedReturnType()
        {
            var diagnostic = AssertSingle("GG0002", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static [|decimal|] Price(double x) => (decimal)x;
                }
                """);
            Assert.Contains("returns 'decimal'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0003_UnsupportedParameterType()
        {
            var diagnostic = AssertSingle("GG0003", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Scale(double x, string [|name|]) => x * name.Length;
                }
                """);
            Assert.Contains("parameter 'name' has type 'string'", diagnostic.GetMessage());
            Assert.Contains("[NoDerivative]", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0004_ByReferenceParameter()
        {
            var diagnostic = AssertSingle("GG0004", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Scale(double x, ref double [|y|]) => x * y;
                }
                """);
            Assert.Contains("'ref'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0005_NoDifferentiableParameter()
        {
            AssertSingle("GG0005", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double [|Constant|]([NoDerivative] double x) => x;
                }
                """);
        }

        // Issue 18: Energy(Vec2[] p) got GG0003 and GG0005, and GG0003's fix ([NoDerivative]) led to GG0005 alone. Since
        // issue 19 a struct of doubles is differentiated; a type that is not, decimal[], still gets the one error.
        [Fact]
        public void GG0005_OnlyParameterOfAnUnsupportedTypeGivesOneErrorThatSaysWhatIsSupported()
        {
            var diagnostic = AssertSingle("GG0005", """
                using GradGen;
                public static partial class Particles
                {
                    [Differentiable]
                    public static double [|Energy|](decimal[] p) => (double)(p[0] * p[0]);
                }
                """);
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(
                "Method 'Energy' has no parameter to differentiate with respect to (parameter 'p' has type 'decimal[]'); GradGen differentiates"
                + " by-value double and float parameters and arrays of them: add one without [NoDerivative], or remove [Differentiable]",
                message);
            Assert.DoesNotContain(
                typeof(CodeFixes.AddNoDerivativeCodeFix).Assembly.GetTypes()
                    .Where(type => typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract)
                    .Select(type => (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)System.Activator.CreateInstance(type)!),
                provider => provider.FixableDiagnosticIds.Contains("GG0005"));
        }

        [Fact]
        public void GG0005_OnlyParameterByReference()
        {
            var diagnostic = AssertSingle("GG0005", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double [|Scale|](ref double y) => y * y;
                }
                """);
            Assert.Contains("(parameter 'y' is passed by 'ref')", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        // Issue 18: the natural first try in a top-level Program.cs, a [Differentiable] local function, got no word from
        // GradGen, only CS0103 at the call of the method it did not generate.
        [Fact]
        public void GG0012_LocalFunction()
        {
            var diagnostic = AssertSingle("GG0012", """
                using GradGen;
                public static class Program
                {
                    public static double Run()
                    {
                        return Square(3);

                        [Differentiable]
                        static double [|Square|](double x) => x * x;
                    }
                }
                """);
            Assert.Equal(
                "Local function 'Square' is [Differentiable], but GradGen writes derivatives only beside methods of a partial type; move 'Square'"
                + " into a 'static partial class' (for example 'static partial class Functions') and call 'Functions.SquareGradient'",
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void GG0012_LocalFunctionInTopLevelStatements()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[]
            {
                """
                using GradGen;
                System.Console.WriteLine(Square(3));

                [Differentiable]
                static double Square(double x) => x * x;
                """,
            }).WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication));
            var run = GeneratorHarness.Run(compilation);
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0012", diagnostic.Id);
            Assert.Equal("Square", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        }

        [Fact]
        public void LocalFunctionsWithOtherAttributesAreLeftAlone()
        {
            var run = GeneratorHarness.Run("""
                public static class Program
                {
                    public static double Run()
                    {
                        return Square(3);

                        [System.Obsolete]
                        static double Square(double x) => x * x;
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-1e-4")]
        [InlineData("double.NaN")]
        [InlineData("double.PositiveInfinity")]
        public void GG0006_InvalidStep(string step)
        {
            var diagnostic = AssertSingle("GG0006", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable([|Step = STEP|])]
                    public static double Square(double x) => x * x;
                }
                """.Replace("STEP", step));
            Assert.Contains("finite positive", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0007_CollisionWithUserMember()
        {
            var diagnostic = AssertSingle("GG0007", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double [|Square|](double x) => x * x;

                    public static double SquareGradient(double x) => 2 * x;
                }
                """);
            Assert.Contains("'SquareGradient(double)'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0007_CollisionWithTheRichardsonOverloadThatGivesErrorEstimates()
        {
            var diagnostic = AssertSingle("GG0007", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double [|Square|](double x) => x * x;

                    public static void SquareRichardsonDiff(double x, out double slope, out double error) { slope = 2 * x; error = 0; }
                }
                """);
            Assert.Contains("'SquareRichardsonDiff(double, out double, out double)'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0007_CollisionWithTheHiddenAccumulatingGradient()
        {
            var diagnostic = AssertSingle("GG0007", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double [|Scale|](double[] x, float s) => x[0] * s;

                    public static void ScaleAccumulateGradient(double[] x, float s, double seed, double[] xAdjoint, ref double sAdjoint) { }
                }
                """);
            Assert.Contains("'ScaleAccumulateGradient(double[], float, double, double[], ref double)'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0007_CollisionWithTheHessian()
        {
            var diagnostic = AssertSingle("GG0007", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable(Hessian = true)]
                    public static double [|Loss|](double[] x, double b) => x[0] * b;

                    public static void LossHessian(double[] x, double b, double[,] hessian) { }
                }
                """);
            Assert.Contains("'LossHessian(double[], double, double[,])'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0007_CollisionWithTheHessianVectorProductDestinationOverload()
        {
            var diagnostic = AssertSingle("GG0007", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable(Hessian = true)]
                    public static double [|Loss|](double[] x) => x[0] * x[0];

                    public static void LossHessianVectorProduct(double[] x, double[] v, double[] hv) { }
                }
                """);
            Assert.Contains("'LossHessianVectorProduct(double[], double[], double[])'", diagnostic.GetMessage());
        }

        [Fact]
        public void SecondOrderNamesAreFreeWithoutTheOptIn()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Loss(double x) => x * x;

                    public static double LossHessian(double x) => 2;
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }

        [Theory]
        [InlineData("private static int gradGenValueTape_Power;", "gradGenValueTape_Power")]
        [InlineData("private static long[] gradGenControlTape_Power => new long[0];", "gradGenControlTape_Power")]
        public void GG0007_CollisionWithATapeField(string member, string field)
        {
            var diagnostic = AssertSingle("GG0007", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double [|Power|](double x) { double p = 1; for (int k = 0; k < 3; k++) { p *= x; } return p; }

                """ + member + """

                }
                """);
            Assert.Contains("'" + field + "'", diagnostic.GetMessage());
        }

        [Fact]
        public void OverloadsGetTapeFieldsOfTheirOwn()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable] public static double F(double[] x) { double p = 1; foreach (var v in x) { p *= v; } return p; }
                    [Differentiable] public static double F(double[,] x) { double p = 1; foreach (var v in x) { p *= v; } return p; }
                    [Differentiable] public static double F(double[,] x, float y) { double p = y; foreach (var v in x) { p *= v; } return p; }
                    [Differentiable] public static double F(double y, [NoDerivative] A.Foo f) { double p = y; for (int k = 0; k < 2; k++) { p *= y; } return p; }
                    [Differentiable] public static double F(double y, [NoDerivative] B.Foo f) { double p = y; for (int k = 0; k < 2; k++) { p *= y; } return p; }
                    [Differentiable] public static double F(double y, [NoDerivative] ref int calls) { double p = y; for (int k = 0; k < 2; k++) { p *= y; } return p; }
                    [Differentiable] public static double F(double y, [NoDerivative] int calls) { double p = y; for (int k = 0; k < 2; k++) { p *= y; } return p; }
                }
                namespace A { public class Foo { } }
                namespace B { public class Foo { } }
                """);
            Assert.Empty(run.Diagnostics);
            var fields = run.Sources.Select(s => s.SourceText.ToString()).SelectMany(text => text.Split('\n')).Where(line => line.Contains("private static double[]", System.StringComparison.Ordinal)).Select(line => line.Trim()).ToList();
            Assert.True(
                new System.Collections.Generic.HashSet<string>(fields).SetEquals(new[]
                {
                    "private static double[]? gradGenValueTape_F_doubleArray;",
                    "private static double[]? gradGenValueTape_F_doubleArray2;",
                    "private static double[]? gradGenValueTape_F_doubleArray2_float;",
                    "private static double[]? gradGenValueTape_F_double_A_Foo;",
                    "private static double[]? gradGenValueTape_F_double_B_Foo;",
                    "private static double[]? gradGenValueTape_F_double_ref_int;",
                    "private static double[]? gradGenValueTape_F_double_int;",

                    // The hidden second-order entry points, whose programs have tapes of their own.
                    "private static double[]? gradGenValueTape_FAccumulateHessianVectorProduct_doubleArray_doubleArray;",
                    "private static double[]? gradGenValueTape_FAccumulateHessianVectorProduct_doubleArray2_doubleArray2;",
                    "private static double[]? gradGenValueTape_FAccumulateHessianVectorProduct_doubleArray2_float_doubleArray2_float;",
                    "private static double[]? gradGenValueTape_FAccumulateHessianVectorProduct_double_A_Foo_double;",
                    "private static double[]? gradGenValueTape_FAccumulateHessianVectorProduct_double_B_Foo_double;",
                    "private static double[]? gradGenValueTape_FAccumulateHessianVectorProduct_double_ref_int_double;",
                    "private static double[]? gradGenValueTape_FAccumulateHessianVectorProduct_double_int_double;",
                }),
                string.Join("\n", fields));
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void GG0007_NoAccumulatingGradientIsWrittenForScalarsSoItsNameIsFree()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Square(double x) => x * x;

                    public static void SquareAccumulateGradient(double x, double seed, ref double xAdjoint) => xAdjoint += seed * 2 * x;
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void GG0007_CollisionBetweenGeneratedOverloads()
        {
            // M(double[] x)'s destination overload MGradient(double[], double[]) is M(double[] x, double[] y)'s gradient.
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double M(double[] x) => x[0];

                    [Differentiable]
                    public static double M(double[] x, double[] y) => x[0] * y[0];
                }
                """);
            Assert.All(run.Diagnostics, d => Assert.Equal("GG0007", d.Id));
            Assert.Equal(2, run.Diagnostics.Select(d => d.Location.SourceSpan).Distinct().Count());
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void GG0007_StaysForTheStepLessMemberOfAnOverloadWhoseStepWouldCaptureCalls()
        {
            // F(double a)'s optional step would take FForwardDiff(1.0, 2.0), meant for F(double a, double b): its finite
            // differences take no step (OverloadTests), and without it FForwardDiff(double) is the user's method.
            var marked = MarkedSource.Parse("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double [|F|](double a) => a;

                    [Differentiable]
                    public static double F(double a, double b) => a * b;

                    public static double FForwardDiff(double a) => 1;
                }
                """);
            var run = GeneratorHarness.Run(marked.Source);
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0007", diagnostic.Id);
            Assert.Equal(marked.Span, diagnostic.Location.SourceSpan);
            Assert.Contains("'FForwardDiff(double)'", diagnostic.GetMessage());
            Assert.Single(run.MethodSources); // F(double a, double b)'s members
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void GG0008_GenericMethod()
        {
            AssertSingle("GG0008", """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Square[|<T>|](double x) => x * x;
                }
                """);
        }

        [Fact]
        public void AllDiagnosticsOfOneMethodAreReported()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static class Net
                {
                    [Differentiable(Step = -1)]
                    public static int Bad(string s, out double d, double x) { d = 0; return 0; }
                }
                """);
            Assert.Equal(
                new[] { "GG0001", "GG0002", "GG0003", "GG0004", "GG0006" },
                run.Diagnostics.Select(d => d.Id).OrderBy(id => id));
            Assert.Empty(run.Sources);
        }

        // Without any differentiable parameter, GG0003 and GG0004 (whose fix, [NoDerivative], would leave nothing to
        // differentiate) are folded into the one GG0005, which names them.
        [Fact]
        public void AllDiagnosticsOfAMethodWithNothingToDifferentiateAreReported()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static class Net
                {
                    [Differentiable(Step = -1)]
                    public static int Bad(string s, out double d) { d = 0; return 0; }
                }
                """);
            Assert.Equal(new[] { "GG0001", "GG0002", "GG0005", "GG0006" }, run.Diagnostics.Select(d => d.Id).OrderBy(id => id));
            Assert.Contains(
                "(parameters 's' has type 'string' and 'd' is passed by 'out')",
                run.Diagnostics.Single(d => d.Id == "GG0005").GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                System.StringComparison.Ordinal);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void EveryDiagnosticLinksToTheReadme()
        {
            foreach (var descriptor in Diagnostics.DiagnosticDescriptors.ById.Values)
            {
                Assert.Equal("https://github.com/GradGen/GradGen/blob/main/README.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
                // GG01xx say a gradient fell back to a numeric one: the code still works, so they are warnings.
                var expected = descriptor.Id.StartsWith("GG01", System.StringComparison.Ordinal) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                Assert.Equal(expected, descriptor.DefaultSeverity);
            }
        }

        [Fact]
        public void MalformedAttributeArgumentsLeaveTheCompilerToComplain()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable(Step = "small")]
                    public static double Square(double x) => x * x;
                }
                """);
            Assert.Empty(run.Diagnostics);
            Assert.Empty(run.Sources);
        }

        internal static Diagnostic AssertSingle(string id, string markedSource)
        {
            var marked = MarkedSource.Parse(markedSource);
            var run = GeneratorHarness.Run(marked.Source);
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Empty(run.GeneratorDiagnostics); // reported by the analyzer, where the editor can offer a fix
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(marked.Span, diagnostic.Location.SourceSpan);
            Assert.Equal("Input0.cs", diagnostic.Location.GetLineSpan().Path);
            Assert.Empty(run.Sources);
            return diagnostic;
        }
    }
}
