using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// The numeric kinds (<see cref="Snapshot.NumericKinds"/>) of methods GradGen cannot differentiate exactly, one
    /// file per kind: <c>MRichardsonDiff</c>'s overloads for scalars only (the error overload and no destination
    /// overload) and for a float array beside a scalar (all three, narrowing to float), the numeric <c>MGradient</c>
    /// that calls it, the numeric <c>MValueAndGradient</c> (one call of the method, then <c>MGradient</c>), and
    /// <c>MCheckGradient</c>; each must also compile cleanly in the consumer.
    /// </summary>
    public class NumericSnapshotTests
    {
        [Fact]
        public void ScalarsOnly() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Gradient = GradientMethod.Numeric)]
                public static double F(double x, [NoDerivative] int n, double y) => System.Math.Exp(x) * n + y * y;
            }
            """);

        [Fact]
        public void FloatArrayBesideAScalar() => VerifyClean("""
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Gradient = GradientMethod.Numeric)]
                public static float Energy(float[] x, double k) => (float)(k * (x[0] * x[0] + x[1] * x[1]));
            }
            """);

        private static void VerifyClean(string source, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run(source);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.NumericKinds, test: test);
        }
    }
}
