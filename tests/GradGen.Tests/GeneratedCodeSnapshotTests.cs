using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>One snapshot per shape of generated code; each must also compile cleanly in the consumer.</summary>
    public class GeneratedCodeSnapshotTests
    {
        [Fact]
        public void OneScalar() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double Squared(double x) => x * x;
            }
            """);

        [Fact]
        public void TwoScalarsGiveNamedTuple() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Step = 1e-7)]
                public static double F(double a, double b) => a * a + a * b;
            }
            """);

        [Fact]
        public void OneArray() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Step = 1e-7)]
                public static double F(double[] x) => x[0] * x[0] + x[0] * x[1];
            }
            """);

        [Fact]
        public void MatrixWithNoDerivativeData() => VerifyClean("""
            using GradGen;
            namespace Demo
            {
                public static partial class Net
                {
                    [Differentiable]
                    public static double Loss(double[,] w, [NoDerivative] double[] x, [NoDerivative] double[] t) => w[0, 0] * x[0] + t[0];
                }
            }
            """);

        [Fact]
        public void ArrayAndScalarGiveTuple() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Gradient = GradientMethod.Numeric)]
                public static double Affine(double[,] w, double bias, [NoDerivative] string label) => w[0, 0] + bias + label.Length;
            }
            """);

        [Fact]
        public void NumericGradientByTheCenteredDifference() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Gradient = GradientMethod.CenteredDifference)]
                public static double Norm(double[] x, double scale) => System.Math.Sqrt(x[0] * x[0] + x[1] * x[1]) * scale;
            }
            """);

        [Fact]
        public void FloatScalarsArraysAndResult() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static float Energy(float[] x, float k, double c) => k * x[0] * x[0] + (float)c;
            }
            """);

        [Fact]
        public void ThreeDimensionalArray() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double Sum(double[,,] cube) => cube[0, 0, 0] + cube[1, 0, 2];
            }
            """);

        [Fact]
        public void InstanceMethodsInStructsAndRecords() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public partial struct Spring
            {
                public double K;
                [Differentiable]
                internal double Energy(double x) => 0.5 * K * x * x;
            }
            public partial record Model(double Scale)
            {
                [Differentiable]
                public double Value(double[] x) => Scale * x[0];
            }
            public readonly partial record struct Pair(double A)
            {
                [Differentiable]
                private double Product(double b) => A * b;
            }
            """);

        [Fact]
        public void NestedGenericTypesInTheGlobalNamespace() => VerifyClean("""
            using GradGen;
            public partial class Outer<T> where T : class
            {
                protected partial class Inner<TKey, TValue>
                {
                    [Differentiable]
                    protected internal static double Cube(double x, [NoDerivative] T? tag) => x * x * x;
                }
            }
            """);

        [Fact]
        public void NamesThatCollideWithGeneratedNames() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double Clash(double[] step, double value, double stepGradient, [NoDerivative] int original, [NoDerivative] int @double) => step[0] * value + stepGradient;
            }
            """);

        [Fact]
        public void OverloadsGetDistinctFiles() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double F(double a, double b) => a * b;

                [Differentiable]
                public static double F(double[,] x) => x[0, 0];
            }
            """);

        [Fact]
        public void ByReferenceDataAndExtensionMethods() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class VectorExtensions
            {
                [Differentiable(Gradient = GradientMethod.Numeric)]
                public static double Norm2(this double[] v, [NoDerivative] ref int calls, [NoDerivative] in double scale)
                {
                    calls++;
                    return scale * (v[0] * v[0] + v[1] * v[1]);
                }
            }
            """);

        [Fact]
        public void CSharp73WritesNoNullableDirective()
        {
            var compilation = GeneratorHarness.CreateCompilation(
                new[]
                {
                    """
                    using GradGen;
                    namespace Demo
                    {
                        public static partial class Net
                        {
                            [Differentiable]
                            public static double Dot(double[] w, [NoDerivative] double[] x) => w[0] * x[0] + w[1] * x[1];
                        }
                    }
                    """,
                },
                GeneratorHarness.ParseOptions(LanguageVersion.CSharp7_3),
                Microsoft.CodeAnalysis.NullableContextOptions.Disable);
            var run = GeneratorHarness.Run(compilation);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }

        private static void VerifyClean(string source, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run(source);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, test: test);
        }
    }
}
