using System;

namespace GradGen.Tests.Functions
{
    /// <summary>Arrays of arrays (issue 14, item 3): parameters, local arrays with rows of any lengths, foreach over rows, calls.</summary>
    public static partial class JaggedFunctions
    {
        /// <summary>The sum of squares over a ragged array of arrays, with a weight per row: Σ_i (i + 1) Σ_j x[i][j]².</summary>
        [Differentiable]
        public static double RaggedSumOfSquares(double[][] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; j < x[i].Length; j++)
                {
                    s += (i + 1) * x[i][j] * x[i][j];
                }
            }

            return s;
        }

        /// <summary>Σ_rows Σ_v sin(v) · v, by foreach over the rows and over each row.</summary>
        [Differentiable]
        public static double ForEachRows(double[][] x)
        {
            double s = 0;
            foreach (var row in x)
            {
                foreach (var v in row)
                {
                    s += Math.Sin(v) * v;
                }
            }

            return s;
        }

        /// <summary>
        /// A small MLP with jagged weights: hidden h_k = tanh(Σ_i w1[k][i] x_i + b1[k]), output Σ_k w2[k] h_k, squared
        /// error against the target; the hidden layer is a local array of arrays (one row per unit, of one element).
        /// </summary>
        [Differentiable]
        public static double MlpLoss(double[][] w1, double[] b1, double[] w2, [NoDerivative] double[] x, [NoDerivative] double target)
        {
            var hidden = new double[w1.Length][];
            for (int k = 0; k < w1.Length; k++)
            {
                hidden[k] = new double[1];
                double a = b1[k];
                for (int i = 0; i < w1[k].Length; i++)
                {
                    a += w1[k][i] * x[i];
                }

                hidden[k][0] = Math.Tanh(a);
            }

            double y = 0;
            for (int k = 0; k < hidden.Length; k++)
            {
                y += w2[k] * hidden[k][0];
            }

            return (y - target) * (y - target);
        }

        /// <summary>A local array of arrays with rows of growing lengths (row i has i + 1 elements), a running product through it.</summary>
        [Differentiable]
        public static double Triangle(double[] x)
        {
            var t = new double[x.Length][];
            for (int i = 0; i < x.Length; i++)
            {
                t[i] = new double[i + 1];
                for (int j = 0; j <= i; j++)
                {
                    t[i][j] = j == 0 ? x[i] : t[i][j - 1] * x[j - 1] + t[i - 1][j - 1];
                }
            }

            double s = 0;
            foreach (var row in t)
            {
                s += row[row.Length - 1] * row[0];
            }

            return s;
        }

        /// <summary>float rows with [NoDerivative] double[][] data: Σ_ij w[i][j] d[i][j]².</summary>
        [Differentiable]
        public static float FloatWeighted(float[][] w, [NoDerivative] double[][] d)
        {
            float s = 0;
            for (int i = 0; i < w.Length; i++)
            {
                for (int j = 0; j < w[i].Length; j++)
                {
                    s += w[i][j] * (float)(d[i][j] * d[i][j]) + w[i][j] * w[i][j];
                }
            }

            return s;
        }

        /// <summary>A callee that takes an array of arrays: Σ_ij a[i][j] b[i][j].</summary>
        [Differentiable]
        public static double Dot(double[][] a, double[][] b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < a[i].Length; j++)
                {
                    s += a[i][j] * b[i][j];
                }
            }

            return s;
        }

        /// <summary>Calls <see cref="Dot"/> with a parameter, with a local array of arrays, and with [NoDerivative] data: exp(x·x) + Σ 2x·c.</summary>
        [Differentiable]
        public static double CallsDot(double[][] x, [NoDerivative] double[][] c)
        {
            var twice = new double[x.Length][];
            for (int i = 0; i < x.Length; i++)
            {
                twice[i] = new double[x[i].Length];
                for (int j = 0; j < x[i].Length; j++)
                {
                    twice[i][j] = 2 * x[i][j];
                }
            }

            return Math.Exp(0.1 * Dot(x, x)) + Dot(twice, c) + Dot(c, c);
        }
    }
}
