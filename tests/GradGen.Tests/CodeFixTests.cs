using System.Linq;
using System.Threading.Tasks;
using GradGen.CodeFixes;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// The light-bulb fixes for GG0001, GG0003, GG0004 and GG0006: each test checks the analyzer's diagnostics
    /// ({|GG000x:...|} marks id and span), applies the fix, and checks the result has no diagnostics left.
    /// </summary>
    public class CodeFixTests
    {
        // One GG0001 per enclosing type that is not partial, both at the method's name; one fix handles them all.
        [Fact]
        public Task GG0001_AddsPartialToEveryEnclosingTypeThatLacksIt() =>
            CodeFixVerifier<MakeContainingTypesPartialCodeFix>.VerifyAsync(
                """
                using GradGen;
                namespace Demo
                {
                    public static class Outer
                    {
                        internal partial class Middle
                        {
                            public sealed class Inner
                            {
                                [Differentiable]
                                public static double {|GG0001:{|GG0001:Square|}|}(double x) => x * x;
                            }
                        }
                    }
                }
                """,
                """
                using GradGen;
                namespace Demo
                {
                    public static partial class Outer
                    {
                        internal partial class Middle
                        {
                            public sealed partial class Inner
                            {
                                [Differentiable]
                                public static double Square(double x) => x * x;
                            }
                        }
                    }
                }
                """);

        [Fact]
        public Task GG0001_KeepsCommentsAndWorksWithoutModifiers() =>
            CodeFixVerifier<MakeContainingTypesPartialCodeFix>.VerifyAsync(
                """
                using GradGen;
                // Springs.
                struct Spring
                {
                    [Differentiable]
                    double {|GG0001:Energy|}(double x) => x * x;
                }
                """,
                """
                using GradGen;
                // Springs.
                partial struct Spring
                {
                    [Differentiable]
                    double Energy(double x) => x * x;
                }
                """);

        [Fact]
        public Task GG0001_FixAllMakesATypeWithSeveralMethodsPartialOnce() =>
            CodeFixVerifier<MakeContainingTypesPartialCodeFix>.VerifyAsync(
                """
                using GradGen;
                public static class Net
                {
                    [Differentiable]
                    public static double {|GG0001:A|}(double x) => x * x;

                    [Differentiable]
                    public static double {|GG0001:B|}(double x) => x * x * x;
                }
                """,
                """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double A(double x) => x * x;

                    [Differentiable]
                    public static double B(double x) => x * x * x;
                }
                """);

        [Fact]
        public Task GG0003_MarksTheParameterNoDerivative() =>
            CodeFixVerifier<AddNoDerivativeCodeFix>.VerifyAsync(
                """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Scale(double x, string {|GG0003:name|}) => x * x;
                }
                """,
                """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Scale(double x, [NoDerivative] string name) => x * x;
                }
                """);

        [Fact]
        public Task GG0003_QualifiesTheAttributeWhereGradGenIsNotImported() =>
            CodeFixVerifier<AddNoDerivativeCodeFix>.VerifyAsync(
                """
                public static partial class Net
                {
                    [GradGen.Differentiable]
                    public static double Scale(double x, [System.ComponentModel.Description("items")] int {|GG0003:count|}) => x * count;
                }
                """,
                """
                public static partial class Net
                {
                    [GradGen.Differentiable]
                    public static double Scale(double x, [System.ComponentModel.Description("items")][GradGen.NoDerivative] int count) => x * count;
                }
                """);

        [Fact]
        public Task GG0004_MarksTheByReferenceParameterNoDerivative() =>
            CodeFixVerifier<AddNoDerivativeCodeFix>.VerifyAsync(
                """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Scale(double x, ref double {|GG0004:y|}) => x * y;
                }
                """,
                """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Scale(double x, [NoDerivative] ref double y) => x * y;
                }
                """);

        [Fact]
        public Task GG0006_RemovesTheStepAndTheEmptyArgumentList() =>
            CodeFixVerifier<RemoveInvalidStepCodeFix>.VerifyAsync(
                """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable({|GG0006:Step = -1e-4|})]
                    public static double Square(double x) => x * x;
                }
                """,
                """
                using GradGen;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Square(double x) => x * x;
                }
                """);

        [Fact]
        public void CodeFixAssemblyLoadsWithoutTheGeneratorOrTheAttributes()
        {
            var references = typeof(AddNoDerivativeCodeFix).Assembly.GetReferencedAssemblies().Select(name => name.Name).ToList();
            Assert.DoesNotContain("GradGen", references);
            Assert.DoesNotContain("GradGen.Attributes", references);
        }
    }
}
