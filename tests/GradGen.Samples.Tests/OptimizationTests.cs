using GradGen.Samples.Optimization;
using Xunit;

namespace GradGen.Samples.Tests
{
    /// <summary>-- optimize: MathNet's BFGS and L-BFGS find Rosenbrock's minimum (1, ..., 1) from GradGen's gradients.</summary>
    public class OptimizationTests
    {
        [Theory]
        [InlineData(2, "BFGS")]
        [InlineData(10, "BFGS")]
        [InlineData(200, "L-BFGS")]
        public void Exact_gradient_takes_the_minimiser_to_one(int inputs, string minimizer)
        {
            var report = RosenbrockMinimization.Run(inputs, GradientSource.Exact);
            Assert.Equal(minimizer, report.Minimizer);
            Assert.DoesNotContain("failed", report.Outcome);
            Assert.True(report.FinalError < 1e-5, $"{inputs} inputs: max |x_i - 1| = {report.FinalError:E1} ({report.Outcome})");
            Assert.True(report.Iterations > 10);
            Assert.Equal(report.GradientEvaluations, report.FunctionEvaluations);
        }

        [Fact]
        public void Numeric_gradient_gets_near_one_at_2n_evaluations_a_gradient()
        {
            var exact = RosenbrockMinimization.Run(10, GradientSource.Exact);
            var numeric = RosenbrockMinimization.Run(10, GradientSource.Numeric);
            Assert.True(numeric.FinalError < 1e-3, $"max |x_i - 1| = {numeric.FinalError:E1} ({numeric.Outcome})");
            Assert.True(numeric.FunctionEvaluations >= 20 * numeric.GradientEvaluations);
            Assert.True(numeric.FunctionEvaluations > 10 * exact.FunctionEvaluations);
        }

        [Fact]
        public void Two_dimensional_runs_keep_the_path_from_the_start_to_the_minimum()
        {
            var report = RosenbrockMinimization.Run(2, GradientSource.Exact);
            Assert.Equal((-1.2, 1.0), report.Path[0]);
            var (x, y) = report.Path[^1];
            Assert.InRange(x, 1 - 1e-6, 1 + 1e-6);
            Assert.InRange(y, 1 - 1e-6, 1 + 1e-6);
            Assert.Equal(report.FunctionEvaluations, report.Path.Count);
        }
    }
}
