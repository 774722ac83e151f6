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

        /// <summary>Polar to Cartesian in float: the Jacobian is computed in double from the float program.</summary>
        [Differentiable]
        public static (float x, float y) ToCartesianF(float r, float theta) => (r * MathF.Cos(theta), r * MathF.Sin(theta));

        /// <summary>Returns from inside a branch and a loop, with elements listed at each return.</summary>
        [Differentiable]
        public static double[] Branchy(double[] x, double a)
        {
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] > 10.0)
                {
                    return new double[] { a * x[i], x[0] };
                }
            }

            if (x[0] > 0)
            {
                return new[] { x[0] * x[1] * a, Math.Sin(x[1]) };
            }

            return new double[] { x[1] * x[1], x[0] / a };
        }

        /// <summary>A matrix and a scalar in, three named outputs out, with a constant parameter.</summary>
        [Differentiable]
        public static (double sum, double product, double weighted) Mixed(double[,] w, double b, [NoDerivative] double c)
        {
            double sum = 0.0;
            double product = 1.0;
            for (int i = 0; i < w.GetLength(0); i++)
            {
                for (int j = 0; j < w.GetLength(1); j++)
                {
                    sum += w[i, j];
                    product *= w[i, j] + b;
                }
            }

            return (sum * c, product, sum * b * b);
        }

        /// <summary>A scalar [Differentiable] method the vector-valued one below calls.</summary>
        [Differentiable]
        public static double Norm(double[] x)
        {
            double s = 0.0;
            foreach (var v in x)
            {
                s += v * v;
            }

            return Math.Sqrt(s);
        }

        /// <summary>Normalises x through calls: J = (I - n n^T) / |x| with n = x / |x|.</summary>
        [Differentiable]
        public static double[] Normalize(double[] x)
        {
            double[] n = new double[x.Length];
            double length = Norm(x);
            for (int i = 0; i < x.Length; i++)
            {
                n[i] = x[i] / length;
            }

            return n;
        }

        /// <summary>A method whose Jacobian is numeric because it asks for it.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double[] NumericSquares(double[] x)
        {
            double[] s = new double[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                s[i] = x[i] * x[i];
            }

            return s;
        }

        /// <summary>A float array out: the Jacobian is double.</summary>
        [Differentiable]
        public static float[] Scale(float[] x, float k)
        {
            float[] y = new float[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = k * x[i];
            }

            return y;
        }

        /// <summary>The Lorenz right-hand side, allocation-free: its outputs go into the [Output] array.</summary>
        [Differentiable]
        public static void Lorenz(double[] u, [NoDerivative] double sigma, [NoDerivative] double rho, [NoDerivative] double beta, [Output] double[] du)
        {
            du[0] = sigma * (u[1] - u[0]);
            du[1] = u[0] * (rho - u[2]) - u[1];
            du[2] = u[0] * u[1] - beta * u[2];
        }

        /// <summary>
        /// Writes its [Output] array in part (du[1] only where x[0] &gt; 0, du[3] never) and du[0] twice: the generated
        /// members, which write the array in the pass that differentiates, must leave in it exactly what the method does.
        /// </summary>
        [Differentiable]
        public static void PartialWriter(double[] x, [Output] double[] du)
        {
            du[0] = x[0] * x[1];
            du[2] = Math.Sin(x[1]);
            if (x[0] > 0)
            {
                du[1] = x[0] * x[0];
            }

            du[0] = x[0] + 3 * x[1];
        }

        /// <summary>The notebook's softmax of z = x W, vector-valued.</summary>
        [Differentiable]
        public static double[] LayerSoftmax(double[,] w, [NoDerivative] double[] x)
        {
            int inputs = w.GetLength(0), outputs = w.GetLength(1);
            double[] p = new double[outputs];
            double sum = 0;
            for (int j = 0; j < outputs; j++)
            {
                double z = 0;
                for (int i = 0; i < inputs; i++)
                {
                    z += x[i] * w[i, j];
                }

                p[j] = Math.Exp(z);
                sum += p[j];
            }

            for (int j = 0; j < outputs; j++)
            {
                p[j] = p[j] / sum;
            }

            return p;
        }

        /// <summary>The notebook's cross-entropy loss, written as a scalar method that calls the vector-valued softmax.</summary>
        [Differentiable]
        public static double SoftmaxLoss(double[,] w, [NoDerivative] double[] x, [NoDerivative] double[] t)
        {
            var p = LayerSoftmax(w, x);
            const double delta = 1e-7;
            double loss = 0;
            for (int j = 0; j < p.Length; j++)
            {
                loss -= t[j] * Math.Log(p[j] + delta);
            }

            return loss;
        }

        /// <summary>The example: the negative log-likelihood of one label through <see cref="Softmax"/>.</summary>
        [Differentiable]
        public static double LabelLoss(double[] z, [NoDerivative] int label)
        {
            var p = Softmax(z);
            double loss = 0;
            loss -= Math.Log(p[label]);
            return loss;
        }

        /// <summary>A vector-valued method returning the array a vector-valued call filled: the Jacobian of <see cref="Softmax"/>.</summary>
        [Differentiable]
        public static double[] SoftmaxAgain(double[] z)
        {
            var p = Softmax(z);
            return p;
        }

        /// <summary>A vector-valued call inside a vector-valued method, and a sum over its outputs.</summary>
        [Differentiable]
        public static (double first, double weighted) SoftmaxSummary(double[] z, double k)
        {
            var p = Softmax(z);
            double weighted = 0;
            for (int i = 0; i < p.Length; i++)
            {
                weighted += k * i * p[i];
            }

            return (p[0], weighted);
        }
    }
}
