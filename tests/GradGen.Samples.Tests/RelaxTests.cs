using System;
using System.Linq;
using System.Numerics;
using GradGen.Samples.Relax;
using Xunit;

namespace GradGen.Samples.Tests
{
    /// <summary>-- relax: the Vector3[] gradient of the spring mesh against its closed form, and the descent it drives.</summary>
    public class RelaxTests
    {
        [Fact]
        public void The_Vector3_gradient_is_the_closed_form_of_the_springs_and_the_weight()
        {
            var (nodes, from, to, rest) = RelaxSample.Mesh(4);
            var random = new Random(19);
            nodes = nodes.Select(p => p + new Vector3((float)random.NextDouble() - 0.5f, (float)random.NextDouble() - 0.5f, (float)random.NextDouble() - 0.5f) * 0.3f).ToArray();
            var expected = new double[nodes.Length, 3];
            for (var s = 0; s < from.Length; s++)
            {
                var d = new[] { (double)nodes[from[s]].X - nodes[to[s]].X, (double)nodes[from[s]].Y - nodes[to[s]].Y, (double)nodes[from[s]].Z - nodes[to[s]].Z };
                var length = Math.Sqrt(d.Sum(v => v * v));
                var factor = RelaxSample.Stiffness * (length - rest[s]) / length;
                for (var axis = 0; axis < 3; axis++)
                {
                    expected[from[s], axis] += factor * d[axis];
                    expected[to[s], axis] -= factor * d[axis];
                }
            }

            var gradient = SpringMesh.EnergyGradient(nodes, from, to, rest, RelaxSample.Stiffness, RelaxSample.Weight);
            for (var k = 0; k < nodes.Length; k++)
            {
                var actual = new[] { gradient[k].X, gradient[k].Y, gradient[k].Z - RelaxSample.Weight };
                for (var axis = 0; axis < 3; axis++)
                {
                    Assert.True(Math.Abs(actual[axis] - expected[k, axis]) <= 1e-4 * RelaxSample.Stiffness, $"node {k} axis {axis}: {actual[axis]} vs {expected[k, axis]}");
                }
            }
        }

        [Fact]
        public void Gradient_descent_lowers_the_energy_at_every_step_until_the_forces_vanish()
        {
            const int n = 6;
            var (nodes, from, to, rest) = RelaxSample.Mesh(n);
            var (energies, forces) = RelaxSample.Relax(nodes, from, to, rest, n, 3000);
            for (var k = 1; k < energies.Count; k++)
            {
                Assert.True(energies[k] <= energies[k - 1] + 1e-4f * Math.Abs(energies[k - 1]), $"step {k}: {energies[k]} after {energies[k - 1]}");
            }

            Assert.True(forces[forces.Count - 1] < 1e-3f, "final force " + forces[forces.Count - 1]);
            Assert.True(nodes[(n / 2 * n) + (n / 2)].Z < -0.5f, "the middle sags");
        }
    }
}
