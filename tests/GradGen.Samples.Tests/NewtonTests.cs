using System;
using System.Linq;
using GradGen.Samples.Newton;
using Xunit;

namespace GradGen.Samples.Tests
{
    /// <summary>-- newton: Newton's method with the generated Jacobian converges, and quadratically.</summary>
    public class NewtonTests
    {
        [Theory]
        [InlineData(5)]
        [InlineData(20)]
        public void Newton_with_the_exact_Jacobian_converges_quadratically(int n)
        {
            var x = Enumerable.Repeat(-1.0, n).ToArray();
            var norms = NewtonSample.Solve(x);

            Assert.True(norms[norms.Count - 1] <= 1e-13, "final residual " + norms[norms.Count - 1]);
            Assert.InRange(norms.Count - 1, 3, 8);

            // Quadratic: once close (residual below 1e-2), each residual is at most a modest constant times the square of the last.
            for (var k = 1; k < norms.Count; k++)
            {
                if (norms[k - 1] < 1e-2 && norms[k] > 1e-14)
                {
                    Assert.True(norms[k] <= 10 * norms[k - 1] * norms[k - 1], $"step {k}: {norms[k]:R} after {norms[k - 1]:R}");
                }
            }
        }

        [Fact]
        public void The_Jacobian_is_tridiagonal_with_the_closed_form_entries()
        {
            var x = new[] { 0.3, -0.8, 1.2, 0.5 };
            var jacobian = BroydenTridiagonal.ResidualJacobian(x);
            for (var i = 0; i < 4; i++)
            {
                for (var j = 0; j < 4; j++)
                {
                    var expected = j == i ? 3 - 4 * x[i] : j == i - 1 ? -1 : j == i + 1 ? -2 : 0;
                    Assert.Equal(expected, jacobian[i, j], 14);
                }
            }
        }
    }
}
