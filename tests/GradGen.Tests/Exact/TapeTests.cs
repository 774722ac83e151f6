using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using GradGen.Tests.Functions;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// The tapes of the exact gradient: buffers kept per thread between calls, grown when a call needs more, dropped
    /// when very large, never shared by two calls at once, and left behind harmlessly by a call that throws.
    /// </summary>
    public class TapeTests
    {
        [Theory]
        [InlineData(10)]
        [InlineData(10_000)]
        public void GradientInALoopAllocatesNothingOnceWarm(int n)
        {
            var x = Inputs(n);
            var gradient = new double[n];
            TapeFunctions.RosenbrockValueAndGradient(x, gradient);
            TapeFunctions.SineChainValueAndGradient(x, gradient);

            var before = GC.GetAllocatedBytesForCurrentThread();
            TapeFunctions.RosenbrockValueAndGradient(x, gradient);
            TapeFunctions.SineChainValueAndGradient(x, gradient);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(0, allocated);
        }

        [Fact]
        public void BranchesAndNestedLoopsAllocateNothingOnceWarm()
        {
            var w = new double[40, 30];
            var gradient = new double[40, 30];
            for (var i = 0; i < 40; i++)
            {
                for (var j = 0; j < 30; j++)
                {
                    w[i, j] = Math.Sin(i * 31 + j);
                }
            }

            TapeFunctions.RectifiedValueAndGradient(w, gradient);
            var before = GC.GetAllocatedBytesForCurrentThread();
            TapeFunctions.RectifiedValueAndGradient(w, gradient);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(0, allocated);
            for (var i = 0; i < 40; i++)
            {
                var row = Enumerable.Range(0, 30).Select(j => w[i, j]).Where(v => v > 0).Sum(v => v * v);
                for (var j = 0; j < 30; j++)
                {
                    Precision.Close(w[i, j] > 0 ? 4 * row * w[i, j] : 0, gradient[i, j], 1e-13, "d/dw[" + i + ", " + j + "]");
                }
            }
        }

        [Theory]
        [InlineData(2)]
        [InlineData(64)]
        [InlineData(65)]
        [InlineData(10_000)]
        public void TapesGrowAsACallNeeds(int n)
        {
            // One value per iteration: 64 inputs fill the first buffer exactly, 65 grow it once, 10,000 many times.
            AssertSineChainGradient(n);
            AssertRosenbrockGradient(n);
        }

        [Fact]
        public void ABufferTooLargeToKeepIsDroppedAndTheNextCallMakesItsOwn()
        {
            var field = typeof(TapeFunctions).GetField("gradGenValueTape_SineChain", BindingFlags.NonPublic | BindingFlags.Static)!;
            Assert.NotNull(field.GetCustomAttribute<ThreadStaticAttribute>());

            AssertSineChainGradient(100);
            Assert.NotNull(field.GetValue(null));

            AssertSineChainGradient(1_200_000); // more values than the 2^20 a thread keeps
            Assert.Null(field.GetValue(null));

            AssertSineChainGradient(100);
            Assert.NotNull(field.GetValue(null));
        }

        [Fact]
        public void ACallThatThrowsLeavesLaterCallsCorrect()
        {
            var x = new[] { 1.5, -2.0, 0.5 };
            Assert.Throws<IndexOutOfRangeException>(() => TapeFunctions.ProductGradient(x, 4));

            var gradient = TapeFunctions.ProductGradient(x, 3);

            Assert.Equal(new[] { -2.0 * 0.5, 1.5 * 0.5, 1.5 * -2.0 }, gradient);
        }

        [Fact]
        public void ThreadsEachUseTheirOwnTape()
        {
            const int Calls = 64;
            var inputs = Enumerable.Range(0, Calls).Select(c => Inputs(50 + c * 7, shift: c)).ToArray();
            var expected = inputs.Select(x => TapeFunctions.SineChainGradient(x)).ToArray();
            var actual = new double[Calls][];

            Parallel.For(0, Calls, new ParallelOptions { MaxDegreeOfParallelism = 8 }, c =>
            {
                for (var repeat = 0; repeat < 20; repeat++)
                {
                    actual[c] = TapeFunctions.SineChainGradient(inputs[c]);
                }
            });

            for (var c = 0; c < Calls; c++)
            {
                Assert.Equal(expected[c], actual[c]);
            }
        }

        [Theory]
        [InlineData(0.7, -1.3)]
        [InlineData(-2.0, 0.4)]
        public void ALoopLocalWhoseInputChangesBeforeItIsReadIsKeptNotRecomputed(double x, double y)
        {
            // Forward mode by hand: each value with its derivatives along x and along y.
            (double V, double X, double Y) s = (x, 1, 0), r = (0, 0, 0);
            for (var i = 0; i < 3; i++)
            {
                var u = (V: s.V * y, X: s.X * y, Y: s.Y * y + s.V);
                s = (s.V * 0.5 + y, s.X * 0.5, s.Y * 0.5 + 1);
                r = (r.V + u.V * u.V, r.X + 2 * u.V * u.X, r.Y + 2 * u.V * u.Y);
            }

            var (dx, dy) = TapeFunctions.LoopLocalWhoseInputChangesGradient(x, y);

            Precision.Close(r.X + s.X, dx);
            Precision.Close(r.Y + s.Y, dy);
        }

        [Fact]
        public void PushesAfterAnInnerLoopFindRoomWhereverTheBufferFills()
        {
            // Every count of inner iterations from 0 to 140 against outer counts 1 to 4 puts the buffer's end before,
            // inside and after the inner loop of some iteration. Forward mode keeps no tape: it is the oracle.
            for (var n = 1; n <= 4; n++)
            {
                var x = Inputs(n);
                for (var inner = 0; inner <= 140; inner++)
                {
                    var gradient = TapeFunctions.PushesAroundAnInnerLoopGradient(x, inner);
                    for (var k = 0; k < n; k++)
                    {
                        var direction = new double[n];
                        direction[k] = 1;
                        Precision.Close(TapeFunctions.PushesAroundAnInnerLoopDirectionalDerivative(x, inner, direction), gradient[k], 1e-12, "n = " + n + ", inner = " + inner + ", d/dx[" + k + "]");
                    }
                }
            }
        }

        /// <summary>
        /// Found by the loop property test (seed 18Sk1SDba6j1): u = t - 1.25 was computed again from t at the end of
        /// each reverse iteration, while t itself was computed again only later in it, so from the wrong iteration.
        /// A value read by another's recomputation is now kept, and recomputed values never read recomputed ones.
        /// </summary>
        [Fact]
        public void AValueComputedFromAnotherLoopLocalValueIsRightInEveryIteration()
        {
            var type = GeneratorHarness.Run("""
                using System;
                using GradGen;
                namespace Demo
                {
                    public static partial class Programs
                    {
                        [Differentiable]
                        public static double P(double x0, double x1, double x2)
                        {
                            double s0 = x0;
                            double s1 = x1 * x2;
                            for (int i = 0; i < 3; i++)
                            {
                                double t = s1 + 0.5;
                                double u = t - 1.25;
                                double v = t * t;
                                s0 += 0.25 * s0 * Math.Cos(s1 * x1);
                                s1 = 0.5 * s1 + Math.Cos(x0 * v);
                                s1 -= 0.75;
                                s0 = Math.Sin(u) + v;
                            }

                            return s0 * s1;
                        }
                    }
                }
                """).Load().GetType("Demo.Programs")!;
            var x = new[] { 0.3, -0.5, 0.7 };
            var gradient = ((double, double, double))type.GetMethod("PGradient")!.Invoke(null, new object[] { x[0], x[1], x[2] })!;
            var directional = type.GetMethod("PDirectionalDerivative")!;
            var components = new[] { gradient.Item1, gradient.Item2, gradient.Item3 };
            for (var k = 0; k < 3; k++)
            {
                var along = (double)directional.Invoke(null, new object[] { x[0], x[1], x[2], k == 0 ? 1.0 : 0.0, k == 1 ? 1.0 : 0.0, k == 2 ? 1.0 : 0.0 })!;
                Precision.Close(along, components[k], 1e-13, "d/dx" + k);
            }
        }

        [Fact]
        public void AnInterfaceKeepsNoBufferAndStillCompiles()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo
                {
                    public partial interface IModel
                    {
                        [Differentiable]
                        public double Power(double[] x)
                        {
                            double p = 1;
                            for (int i = 0; i < x.Length; i++)
                            {
                                p *= x[i];
                            }

                            return p;
                        }
                    }
                }
                """);

            Assert.Empty(run.Diagnostics);
            var source = Assert.Single(run.MethodSources).SourceText.ToString();
            Assert.Contains("double[] valueTape = new double[64];", source, StringComparison.Ordinal);
            Assert.DoesNotContain("ThreadStatic", source, StringComparison.Ordinal);
            run.AssertGeneratedCodeCompiles();
        }

        private static void AssertRosenbrockGradient(int n)
        {
            var x = Inputs(n);
            var expected = new double[n];
            TapeFunctions.RosenbrockAnalytic(x, expected);
            AssertClose(expected, TapeFunctions.RosenbrockGradient(x));
        }

        private static void AssertSineChainGradient(int n)
        {
            var x = Inputs(n);
            var expected = new double[n];
            TapeFunctions.SineChainAnalytic(x, expected);
            AssertClose(expected, TapeFunctions.SineChainGradient(x));
        }

        private static void AssertClose(double[] expected, double[] actual)
        {
            var n = expected.Length;
            var scale = expected.Max(Math.Abs);
            for (var i = 0; i < n; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-13 * scale, "d/dx[" + i + "]: " + actual[i].ToString("R") + " vs " + expected[i].ToString("R"));
            }
        }

        private static double[] Inputs(int n, int shift = 0) =>
            Enumerable.Range(0, n).Select(i => 0.5 + 0.01 * ((i + shift) % 17) - 0.003 * (i % 5)).ToArray();
    }
}
