using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Jagged
{
    /// <summary>The code generated for arrays of arrays (issue 14, item 3): every member of a jagged parameter, and the exact sweeps of a body with rows.</summary>
    public class JaggedSnapshotTests
    {
        [Fact]
        public void AJaggedParameter()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(double[][] x) => x[0][0] * x[1][0] + x[0].Length;
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }

        [Fact]
        public void RowsForeachAndACall()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable]
                    public static double Dot(double[][] a, [NoDerivative] double[][] b) { double s = 0; for (int i = 0; i < a.Length; i++) { for (int j = 0; j < a[i].Length; j++) { s += a[i][j] * b[i][j]; } } return s; }

                    [Differentiable]
                    public static double Loss(double[][] w, [NoDerivative] double[][] c)
                    {
                        var h = new double[w.Length][];
                        for (int i = 0; i < w.Length; i++)
                        {
                            h[i] = new double[w[i].Length];
                            for (int j = 0; j < w[i].Length; j++) h[i][j] = w[i][j] * w[i][j];
                        }

                        double s = 0;
                        foreach (var row in h)
                        {
                            foreach (var v in row) s += System.Math.Sin(v);
                        }

                        return s + Dot(h, c) + Dot(c, c);
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }
    }
}
