using System;

namespace GradGen.Benchmarks.Workloads
{
    /// <summary>
    /// The notebook's loss: cross-entropy of softmax(x W) against labels t, with W stored row-major in one array so
    /// that every contender (GradGen, the notebook's algorithm by hand, MathNet) differentiates the same function.
    /// The exponentials are computed twice rather than stored, so that one evaluation allocates nothing.
    /// </summary>
    public static partial class SoftmaxLoss
    {
        [Differentiable(Hessian = true)]
        public static double Loss(double[] w, [NoDerivative] double[] x, [NoDerivative] double[] t)
        {
            int inputs = x.Length;
            int outputs = t.Length;
            double sum = 0;
            for (int j = 0; j < outputs; j++)
            {
                double z = 0;
                for (int i = 0; i < inputs; i++)
                {
                    z += x[i] * w[i * outputs + j];
                }

                sum += Math.Exp(z);
            }

            double loss = 0;
            for (int j = 0; j < outputs; j++)
            {
                double z = 0;
                for (int i = 0; i < inputs; i++)
                {
                    z += x[i] * w[i * outputs + j];
                }

                loss += t[j] * Math.Log(Math.Exp(z) / sum + 1e-7);
            }

            return -loss;
        }

        /// <summary>The gradient worked out by hand: dL/dW[i, j] = x_i dL/dz_j, the limit for exact gradients.</summary>
        public static void AnalyticGradient(double[] w, double[] x, double[] t, double[] gradient)
        {
            int inputs = x.Length;
            int outputs = t.Length;
            Span<double> p = stackalloc double[outputs];
            double sum = 0;
            for (int j = 0; j < outputs; j++)
            {
                double z = 0;
                for (int i = 0; i < inputs; i++)
                {
                    z += x[i] * w[i * outputs + j];
                }

                p[j] = Math.Exp(z);
                sum += p[j];
            }

            double weighted = 0;
            for (int j = 0; j < outputs; j++)
            {
                p[j] /= sum;
                weighted += t[j] * p[j] / (p[j] + 1e-7);
            }

            for (int j = 0; j < outputs; j++)
            {
                double dz = -(t[j] * p[j] / (p[j] + 1e-7) - p[j] * weighted);
                for (int i = 0; i < inputs; i++)
                {
                    gradient[i * outputs + j] = x[i] * dz;
                }
            }
        }

        /// <summary>Weights, inputs and one-hot labels of the given size, the same for every run.</summary>
        public static (double[] W, double[] X, double[] T) Create(int inputs, int outputs)
        {
            var random = new Random(42);
            var w = new double[inputs * outputs];
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = random.NextDouble() - 0.5;
            }

            var x = new double[inputs];
            for (int i = 0; i < inputs; i++)
            {
                x[i] = random.NextDouble();
            }

            var t = new double[outputs];
            t[outputs - 1] = 1;
            return (w, x, t);
        }
    }
}
