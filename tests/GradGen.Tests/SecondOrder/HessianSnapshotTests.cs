using System.Linq;
using GradGen.Model;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.SecondOrder
{
    /// <summary>
    /// The second-order code a reviewer reads: <c>MHessianVectorProduct</c> (reverse mode over the forward-mode
    /// program), <c>MHessian</c>, <c>MValueGradientAndHessian</c> and <c>MHessianCenteredDiff</c>, for scalars, for
    /// arrays through a loop, and where the gradient is numeric; each compiles cleanly in the consumer.
    /// </summary>
    public class HessianSnapshotTests
    {
        private static readonly GeneratedMethodKind[] SecondOrderKinds =
        {
            GeneratedMethodKind.HessianVectorProduct, GeneratedMethodKind.Hessian, GeneratedMethodKind.ValueGradientAndHessian, GeneratedMethodKind.HessianCenteredDiff,
        };

        [Fact]
        public void Scalars() => Verify("""
            [Differentiable(Hessian = true)]
            public static double F(double x, double y)
            {
                double a = x * y;
                a += Math.Sin(x) / y;
                return x > 0 ? a * a : Math.Pow(a, y);
            }
            """);

        [Fact]
        public void OneScalar() => Verify("""
            [Differentiable(Hessian = true)]
            public static double Cube(double x) => x * x * x;
            """);

        [Fact]
        public void ArraysThroughALoop() => Verify("""
            [Differentiable(Hessian = true)]
            public static double Rosenbrock(double[,] w, double b)
            {
                double s = 0;
                for (int i = 0; i + 1 < w.GetLength(0); i++)
                {
                    double d = w[i + 1, 0] - w[i, 0] * w[i, 0];
                    s += d * d * b;
                }

                return s;
            }
            """);

        [Fact]
        public void NumericGradient() => Verify("""
            [Differentiable(Hessian = true, Gradient = GradientMethod.Numeric)]
            public static double F(double[] x) => x[0] * x[1];
            """);

        [Fact]
        public void WithoutTheOptInNothingSecondOrderIsWritten()
        {
            var run = GeneratorHarness.Run("using GradGen;\npublic static partial class Net\n{\n    [Differentiable]\n    public static double F(double x) => x * x;\n}\n");
            Assert.DoesNotContain(run.Sources, source => source.SourceText.ToString().Contains("Hessian"));
        }

        private static void Verify(string members, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n" + members + "\n    }\n}\n");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, SecondOrderKinds, test: test);
        }
    }
}
