using System;

namespace GradGen.Tests.Functions
{
    /// <summary>The notebook's functions; the generated derivatives are checked against its printed numbers.</summary>
    public static partial class Notebook
    {
        /// <summary>x squared.</summary>
        [Differentiable]
        public static double Squared(double x) => x * x;

        /// <summary>a^2 + ab with separate inputs.</summary>
        [Differentiable(Step = 1e-7)]
        public static double F(double a, double b) => a * a + a * b;

        /// <summary>a^2 + ab with the inputs in one array.</summary>
        [Differentiable(Step = 1e-7)]
        public static double F(double[] x) => x[0] * x[0] + x[0] * x[1];

        /// <summary>Cross-entropy of softmax(x W) against one-hot labels t.</summary>
        [Differentiable]
        public static double Loss(double[,] w, [NoDerivative] double[] x, [NoDerivative] double[] t)
        {
            int inputs = w.GetLength(0), outputs = w.GetLength(1);
            var exponentials = new double[outputs];
            double sum = 0;
            for (int j = 0; j < outputs; j++)
            {
                double z = 0;
                for (int i = 0; i < inputs; i++)
                {
                    z += x[i] * w[i, j];
                }

                exponentials[j] = Math.Exp(z);
                sum += exponentials[j];
            }

            const double delta = 1e-7;
            double loss = 0;
            for (int j = 0; j < outputs; j++)
            {
                loss += t[j] * Math.Log(exponentials[j] / sum + delta);
            }

            return -loss;
        }
    }
}
