using System;
using GradGen;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// Methods with several arrays of one type, so that a caller can pass one array for two parameters: the generated
    /// methods must reject a destination that is another parameter, and a finite difference must reject two inputs
    /// that are one array (it perturbs them in place).
    /// </summary>
    public static partial class AliasFunctions
    {
        /// <summary>
        /// s² + Σ c_i a_i b_(n-1-i), s = Σ a_i b_i, with data c: every partial reads elements of the other arrays at
        /// other indices, so that a destination written early into another parameter changes what is read later.
        /// </summary>
        [Differentiable(Hessian = true)]
        public static double Pair(double[] a, double[] b, [NoDerivative] double[] c)
        {
            double s = 0.0;
            double t = 0.0;
            for (int i = 0; i < a.Length; i++)
            {
                s += a[i] * b[i];
                t += c[i] * a[i] * b[a.Length - 1 - i];
            }

            return s * s + t;
        }

        /// <summary>xᵀ m x + Σ x_i³: its Hessian m + mᵀ + diag(6 x) is a double[,] like the data m.</summary>
        [Differentiable(Hessian = true)]
        public static double Quadratic(double[] x, [NoDerivative] double[,] m)
        {
            double s = 0.0;
            for (int i = 0; i < x.Length; i++)
            {
                s += x[i] * x[i] * x[i];
                for (int j = 0; j < x.Length; j++)
                {
                    s += x[i] * m[i, j] * x[j];
                }
            }

            return s;
        }

        /// <summary>Σ_ij w_ij x_j² tanh(w_ij): a matrix and a vector, both differentiated, whose gradient and Hessian are both double[,].</summary>
        [Differentiable(Hessian = true)]
        public static double Layer(double[,] w, double[] x)
        {
            double s = 0.0;
            for (int i = 0; i < w.GetLength(0); i++)
            {
                for (int j = 0; j < x.Length; j++)
                {
                    s += w[i, j] * x[j] * x[j] * Math.Tanh(w[i, j]);
                }
            }

            return s;
        }

        /// <summary>Σ_ij r_ij² v_j v_(n-1-j): a jagged input beside a vector of its rows' type.</summary>
        [Differentiable]
        public static double Rows(double[][] r, double[] v)
        {
            double s = 0.0;
            for (int i = 0; i < r.Length; i++)
            {
                for (int j = 0; j < r[i].Length; j++)
                {
                    s += r[i][j] * r[i][j] * v[j] * v[v.Length - 1 - j];
                }
            }

            return s;
        }

        /// <summary>Σ_ij p_ij q_ij q_(m-1-i)j: two jagged inputs (rows of equal lengths).</summary>
        [Differentiable]
        public static double Jagged(double[][] p, double[][] q)
        {
            double s = 0.0;
            for (int i = 0; i < p.Length; i++)
            {
                for (int j = 0; j < p[i].Length; j++)
                {
                    s += p[i][j] * q[i][j] * q[p.Length - 1 - i][j];
                }
            }

            return s;
        }

        /// <summary>Σ a_i b_i b_(n-1-i) over spans.</summary>
        [Differentiable]
        public static double Spans(ReadOnlySpan<double> a, Span<double> b)
        {
            double s = 0.0;
            for (int i = 0; i < a.Length; i++)
            {
                s += a[i] * b[i] * b[a.Length - 1 - i];
            }

            return s;
        }

        /// <summary>y_i = a_i b_i b_(n-1-i): a vector-valued method of two arrays.</summary>
        [Differentiable]
        public static double[] Product(double[] a, double[] b)
        {
            double[] y = new double[a.Length];
            for (int i = 0; i < a.Length; i++)
            {
                y[i] = a[i] * b[i] * b[a.Length - 1 - i];
            }

            return y;
        }

        /// <summary>Σ p_i · q_i²-ish over two arrays of structs: Σ p_i.X q_i.X q_i.X + p_i.Y q_i.Y.</summary>
        [Differentiable]
        public static double Points(Vec2[] p, Vec2[] q)
        {
            double s = 0.0;
            for (int i = 0; i < p.Length; i++)
            {
                s += p[i].X * q[i].X * q[i].X + p[i].Y * q[i].Y;
            }

            return s;
        }
    }
}
