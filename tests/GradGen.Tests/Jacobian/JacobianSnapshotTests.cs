using GradGen.Model;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Jacobian
{
    /// <summary>
    /// The Jacobian code a reviewer reads (issue 13): a tuple of scalars, an array through a loop with a matrix
    /// parameter, and a numeric Jacobian; each compiles cleanly in the consumer.
    /// </summary>
    public class JacobianSnapshotTests
    {
        private static readonly GeneratedMethodKind[] JacobianKinds =
        {
            GeneratedMethodKind.ForwardDiff, GeneratedMethodKind.CenteredDiff, GeneratedMethodKind.Jacobian, GeneratedMethodKind.ValueAndJacobian,
            GeneratedMethodKind.JacobianVectorProduct, GeneratedMethodKind.VectorJacobianProduct, GeneratedMethodKind.CheckJacobian,
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

        private static void Verify(string members, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n" + members + "\n    }\n}\n");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, JacobianKinds, test: test);
        }
    }
}
