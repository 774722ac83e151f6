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

        /// <summary>A caller's H v and the callee's hidden entry point it goes through.</summary>
        private static readonly GeneratedMethodKind[] ThroughCallKinds =
        {
            GeneratedMethodKind.HessianVectorProduct, GeneratedMethodKind.AccumulateHessianVectorProduct,
        };

        [Fact]
        public void ThroughCalls() => Verify(
            """
            [Differentiable]
            public static double Dot(double[] a, double[] b)
            {
                double s = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    s += a[i] * b[i];
                }

                return s;
            }

            [Differentiable]
            public static double Cube(double v) => v * v * v;

            [Differentiable(Hessian = true)]
            public static double F(double[] x, double y) => Cube(Dot(x, x) * y);
            """,
            ThroughCallKinds);

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
            // Only the hidden entry point through which a caller's Hessian goes through a call to F.
            var text = string.Concat(run.Sources.Select(source => source.SourceText.ToString()));
            Assert.Equal(new[] { "FAccumulateHessianVectorProduct" }, System.Text.RegularExpressions.Regex.Matches(text, @"\w*Hessian\w*(?=\()").Select(m => m.Value).Distinct());
        }

        private static void Verify(string members, GeneratedMethodKind[]? kinds = null, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n" + members + "\n    }\n}\n");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, kinds ?? SecondOrderKinds, test: test);
        }
    }
}
