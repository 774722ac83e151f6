using GradGen.Model;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Jacobian
{
    /// <summary>
    /// The Jacobian code a reviewer reads (issue 13): a tuple of scalars, an array through a loop with a matrix
    /// parameter, a numeric Jacobian, and a scalar method calling a vector-valued one; each compiles cleanly in the consumer.
    /// </summary>
    public class JacobianSnapshotTests
    {
        private static readonly GeneratedMethodKind[] JacobianKinds =
        {
            GeneratedMethodKind.ForwardDiff, GeneratedMethodKind.CenteredDiff, GeneratedMethodKind.Jacobian, GeneratedMethodKind.ValueAndJacobian,
            GeneratedMethodKind.JacobianVectorProduct, GeneratedMethodKind.VectorJacobianProduct, GeneratedMethodKind.CheckJacobian, GeneratedMethodKind.AccumulateVectorJacobianProduct,
        };

        [Fact]
        public void PolarToCartesianTuple() => Verify("""
            [Differentiable]
            public static (double x, double y) ToCartesian(double r, double theta) => (r * Math.Cos(theta), r * Math.Sin(theta));
            """);

        [Fact]
        public void LocalArrayThroughALoop() => Verify("""
            [Differentiable]
            public static double[] Affine(double[,] w, double[] x, [NoDerivative] double scale)
            {
                double[] y = new double[w.GetLength(0)];
                for (int i = 0; i < y.Length; i++)
                {
                    for (int j = 0; j < x.Length; j++)
                    {
                        y[i] += w[i, j] * x[j];
                    }

                    y[i] = Math.Tanh(y[i] * scale);
                }

                return y;
            }
            """);

        [Fact]
        public void ElementsListedInABranch() => Verify("""
            [Differentiable]
            public static float[] F(float x, double y)
            {
                if (x > 0)
                {
                    return new float[] { x * x, (float)y };
                }

                return new[] { x, (float)(x * y), 1f };
            }
            """);

        [Fact]
        public void NumericJacobian() => Verify("""
            [Differentiable(Gradient = GradientMethod.Numeric)]
            public static (double, double) F(double[] x) => (x[0] * x[1], x[1]);
            """);

        [Fact]
        public void ScalarCallerOfAVectorValuedMethod()
        {
            var run = GeneratorHarness.Run("""
                using System;
                using GradGen;
                namespace Demo
                {
                    public static partial class Net
                    {
                        [Differentiable]
                        public static double[] Softmax(double[] z)
                        {
                            double[] p = new double[z.Length];
                            double sum = 0;
                            for (int i = 0; i < z.Length; i++)
                            {
                                p[i] = Math.Exp(z[i]);
                                sum += p[i];
                            }

                            for (int i = 0; i < z.Length; i++)
                            {
                                p[i] /= sum;
                            }

                            return p;
                        }

                        [Differentiable]
                        public static double Loss(double[] z, [NoDerivative] int label)
                        {
                            var p = Softmax(z);
                            double loss = 0;
                            loss -= Math.Log(p[label]);
                            return loss;
                        }
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, new[] { GeneratedMethodKind.Gradient, GeneratedMethodKind.ValueAndGradient, GeneratedMethodKind.DirectionalDerivative, GeneratedMethodKind.AccumulateVectorJacobianProduct });
        }

        private static void Verify(string members, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n" + members + "\n    }\n}\n");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, JacobianKinds, test: test);
        }
    }
}
