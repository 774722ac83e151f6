using System.Numerics;
using GradGen;

namespace GradGen.Samples.Relax
{
    /// <summary>A square mesh of nodes joined by springs, hanging under its weight: positions are <see cref="Vector3"/>s.</summary>
    public static partial class SpringMesh
    {
        /// <summary>
        /// The springs' energy, sum of k/2 (|p_a - p_b| - r_s)^2 over the springs s = (a, b), plus each node's weight w times
        /// its height z. GradGen writes <c>EnergyGradient(Vector3[] nodes, ...)</c>, which returns one
        /// <see cref="Vector3"/> of partial derivatives per node.
        /// </summary>
        [Differentiable]
        public static float Energy(Vector3[] nodes, [NoDerivative] int[] from, [NoDerivative] int[] to, [NoDerivative] float[] restLengths, [NoDerivative] float stiffness, [NoDerivative] float weight)
        {
            float energy = 0;
            for (int s = 0; s < from.Length; s++)
            {
                float stretch = Vector3.Distance(nodes[from[s]], nodes[to[s]]) - restLengths[s];
                energy += 0.5f * stiffness * stretch * stretch;
            }

            for (int i = 0; i < nodes.Length; i++)
            {
                energy += weight * nodes[i].Z;
            }

            return energy;
        }
    }
}
