using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.GenericMath
{
    /// <summary>The code generated for generic-math methods (issue 14, item 6): every member of a scalar method, and the exact sweeps of an array loop with a tape and a call.</summary>
    public class GenericMathSnapshotTests
    {
        [Fact]
        public void ScalarsWithConstantsAndFunctions()
        {
            var run = GeneratorHarness.Run("""
                using System.Numerics;
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable]
                    public static T F<T>(T x, T y) where T : IFloatingPointIeee754<T> => T.Sin(x) * T.Exp(y) + x * x / T.CreateChecked(2) + T.Pi * y;
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }

        [Fact]
        public void AnArrayLoopWithATapeAndACall()
        {
            var run = GeneratorHarness.Run("""
                using System.Numerics;
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable]
                    public static T Square<T>(T x) where T : IFloatingPointIeee754<T> => x * x;

                    [Differentiable]
                    public static T Norm<T>(T[] x) where T : IFloatingPointIeee754<T>
                    {
                        T s = T.Zero;
                        for (int i = 0; i < x.Length; i++)
                        {
                            s = x[i] > T.Zero ? s + Square(x[i]) : s * T.Cos(x[i]);
                        }

                        return T.Sqrt(s);
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }
    }
}
