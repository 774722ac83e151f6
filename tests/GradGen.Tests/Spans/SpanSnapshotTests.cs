using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Spans
{
    /// <summary>The code generated for spans (issue 14, item 2): every member of a ReadOnlySpan and a Span parameter, and the exact sweeps of slices passed on.</summary>
    public class SpanSnapshotTests
    {
        [Fact]
        public void ReadOnlySpanBesideASpan()
        {
            var run = GeneratorHarness.Run("""
                using System;
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(ReadOnlySpan<double> x, Span<double> y) => x[0] * y[1] + x.Length;
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }

        [Fact]
        public void SlicesPassedOn()
        {
            var run = GeneratorHarness.Run("""
                using System;
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

                    [Differentiable]
                    public static double Halves(ReadOnlySpan<double> x, [NoDerivative] ReadOnlySpan<double> c)
                    {
                        var first = x[..(x.Length / 2)];
                        return Dot(first, x.Slice(first.Length, first.Length)) + Dot(first, c[..first.Length]);
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }
    }
}
