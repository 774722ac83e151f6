using System;

namespace GradGen.Samples
{
    /// <summary>The notebook's 2x3 weights, input and label, and its loss's gradient worked out by hand.</summary>
    public static class NotebookPoint
    {
        /// <summary>The notebook's W (a fresh copy each time: the finite differences perturb it in place).</summary>
        public static double[,] W => new[,]
        {
            { 0.47355232, 0.9977393, 0.84668094 },
            { 0.85557411, 0.03563661, 0.69422093 },
        };

        /// <summary>The notebook's input x.</summary>
        public static double[] X => new[] { 0.6, 0.9 };

        /// <summary>The notebook's one-hot label t.</summary>
        public static double[] T => new[] { 0.0, 0.0, 1.0 };

        /// <summary>
        /// d/dW of -sum_j t_j log(p_j + delta), p = softmax(x W): with z = x W,
        /// dL/dz_k = p_k (sum_j t_j p_j / (p_j + delta)) - t_k p_k / (p_k + delta), and dL/dW_ik = x_i dL/dz_k.
        /// </summary>
        public static double[,] LossGradientByHand(double[,] w, double[] x, double[] t)
        {
            const double delta = 1e-7;
            int inputs = w.GetLength(0), outputs = w.GetLength(1);
            var p = new double[outputs];
            double sum = 0;
            for (int k = 0; k < outputs; k++)
            {
                double z = 0;
                for (int i = 0; i < inputs; i++)
                {
                    z += x[i] * w[i, k];
                }

                p[k] = Math.Exp(z);
                sum += p[k];
            }

            double weighted = 0;
            for (int k = 0; k < outputs; k++)
            {
                p[k] /= sum;
                weighted += t[k] * p[k] / (p[k] + delta);
            }

            var gradient = new double[inputs, outputs];
            for (int k = 0; k < outputs; k++)
            {
                double dz = p[k] * weighted - t[k] * p[k] / (p[k] + delta);
                for (int i = 0; i < inputs; i++)
                {
                    gradient[i, k] = x[i] * dz;
                }
            }

            return gradient;
        }
    }
}
