using System;

namespace GradGen.Benchmarks.Workloads
{
    /// <summary>
    /// The map of n inputs to n outputs on which the suite compares Jacobians: y_i = sin(x_i) x_{(i+1) mod n} + x_i^2,
    /// at the Rosenbrock point. pytorch/compare.py times PyTorch's functional.jacobian on the same map. A vector-valued
    /// [Differentiable] method writing into its [Output] array: GradGen writes <c>ValueJacobian</c>,
    /// <c>ValueJacobianVectorProduct</c>, <c>ValueVectorJacobianProduct</c> and <c>ValueCenteredDiff</c> beside it.
    /// </summary>
    public static partial class ChainedMap
    {
        [Differentiable]
        public static void Value(double[] x, [Output] double[] y)
        {
            int n = x.Length;
            for (int i = 0; i < n; i++)
            {
                y[i] = Math.Sin(x[i]) * x[(i + 1) % n] + x[i] * x[i];
            }
        }

        /// <summary>The Jacobian worked out by hand: the diagonal and one cyclic superdiagonal.</summary>
        public static void AnalyticJacobian(double[] x, double[,] jacobian)
        {
            int n = x.Length;
            Array.Clear(jacobian);
            for (int i = 0; i < n; i++)
            {
                int next = (i + 1) % n;
                jacobian[i, i] += Math.Cos(x[i]) * x[next] + 2 * x[i];
                jacobian[i, next] += Math.Sin(x[i]);
            }
        }
    }
}
