using System;
using GradGen;

namespace GradGen.Tests.Functions
{
    /// <summary>Vector-valued [Differentiable] methods whose Jacobians the tests check against closed forms (issue 13).</summary>
    public static partial class JacobianFunctions
    {
        /// <summary>Polar to Cartesian coordinates, as a tuple.</summary>
        [Differentiable]
        public static (double x, double y) ToCartesian(double r, double theta) => (r * Math.Cos(theta), r * Math.Sin(theta));

        /// <summary>Spherical to Cartesian coordinates, as a new array.</summary>
        [Differentiable]
        public static double[] SphericalToCartesian(double r, double theta, double phi) =>
            new double[] { r * Math.Sin(theta) * Math.Cos(phi), r * Math.Sin(theta) * Math.Sin(phi), r * Math.Cos(theta) };

        /// <summary>The softmax, through a local array it returns: J = diag(p) - p p^T.</summary>
        [Differentiable]
        public static double[] Softmax(double[] z)
        {
            double max = double.NegativeInfinity;
            for (int i = 0; i < z.Length; i++)
            {
                max = Math.Max(max, z[i]);
            }

            double[] p = new double[z.Length];
            double sum = 0.0;
            for (int i = 0; i < z.Length; i++)
            {
                p[i] = Math.Exp(z[i] - max);
                sum += p[i];
            }

            for (int i = 0; i < z.Length; i++)
            {
                p[i] /= sum;
            }

            return p;
        }

        /// <summary>A linear map y = A x: J = A.</summary>
        [Differentiable]
        public static double[] LinearMap([NoDerivative] double[,] a, double[] x)
        {
            double[] y = new double[a.GetLength(0)];
            for (int i = 0; i < a.GetLength(0); i++)
            {
                for (int j = 0; j < x.Length; j++)
                {
                    y[i] += a[i, j] * x[j];
                }
            }

            return y;
        }

        /// <summary>Running sums: J is lower triangular, all ones.</summary>
        [Differentiable]
        public static double[] RunningSums(double[] x)
        {
            double[] s = new double[x.Length];
            double total = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                total += x[i];
                s[i] = total;
            }

            return s;
        }
    }
}
