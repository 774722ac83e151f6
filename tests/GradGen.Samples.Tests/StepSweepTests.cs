using System;
using System.Linq;
using GradGen.Samples.Steps;
using Xunit;

namespace GradGen.Samples.Tests
{
    /// <summary>-- steps: the finite differences' errors against h are V-shaped; the exact gradient's is rounding.</summary>
    public class StepSweepTests
    {
        private static readonly double[] Steps = StepSweep.Steps(2);

        [Fact]
        public void Steps_run_from_1e_minus_1_to_1e_minus_15()
        {
            Assert.Equal(29, Steps.Length);
            Assert.InRange(Steps[0] / 1e-1, 1 - 1e-12, 1 + 1e-12);
            Assert.InRange(Steps[^1] / 1e-15, 1 - 1e-12, 1 + 1e-12);
        }

        [Theory]
        [InlineData("x^2 at 4", "forward")]
        [InlineData("sin at 1", "forward")]
        [InlineData("sin at 1", "centered")]
        [InlineData("notebook loss at W", "forward")]
        [InlineData("notebook loss at W", "centered")]
        [InlineData("sin at 1", "Richardson")]
        [InlineData("notebook loss at W", "Richardson")]
        public void Finite_difference_errors_fall_then_rise(string function, string method)
        {
            var errors = Sweep(function).Series.Single(s => s.Method == method).Errors;
            int best = Array.IndexOf(errors, errors.Min());

            // The bottom of the V is inside the sweep, and both arms rise well above it: truncation on the left
            // (large h), rounding on the right (small h).
            Assert.InRange(best, 2, errors.Length - 3);
            Assert.True(errors[0] > 1000 * errors[best], $"{method} on {function}: {errors[0]:E1} at h = 1e-1 against {errors[best]:E1} at best");
            Assert.True(errors[^1] > 1000 * errors[best], $"{method} on {function}: {errors[^1]:E1} at h = 1e-15 against {errors[best]:E1} at best");
        }

        [Fact]
        public void Centered_difference_of_x_squared_has_no_truncation_error_only_rounding()
        {
            var errors = Sweep("x^2 at 4").Series.Single(s => s.Method == "centered").Errors;
            Assert.True(errors[0] < 1e-13, $"{errors[0]:E1}");
            Assert.True(errors[^1] > 1e-3, $"{errors[^1]:E1}");
        }

        [Theory]
        [InlineData("x^2 at 4")]
        [InlineData("sin at 1")]
        [InlineData("notebook loss at W")]
        public void Exact_gradient_error_is_rounding_at_every_step(string function)
        {
            var errors = Sweep(function).Series.Single(s => s.Method == "exact").Errors;
            Assert.All(errors, e => Assert.True(e <= 2.3e-16, $"{e:E1}"));
        }

        [Theory]
        [InlineData("sin at 1")]
        [InlineData("notebook loss at W")]
        public void Richardson_reaches_below_the_centered_difference_and_adaptive_below_both(string function)
        {
            var sweep = Sweep(function);
            double Best(string method) => sweep.Series.Single(s => s.Method == method).Errors.Min();
            Assert.True(Best("Richardson") < Best("centered") / 10, $"Richardson {Best("Richardson"):E1}, centered {Best("centered"):E1}");
            var adaptive = sweep.Series.Single(s => s.Method == "adaptive").Errors;
            Assert.All(adaptive, e => Assert.Equal(adaptive[0], e));
            Assert.True(adaptive[0] < 1e-11, $"adaptive {adaptive[0]:E1}");
        }

        private static SweepResult Sweep(string function) =>
            StepSweep.Run(StepSweep.Cases().Single(c => c.Function == function), Steps);
    }
}
