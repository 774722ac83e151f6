using System;

namespace GradGen.Samples.Training
{
    /// <summary>
    /// The notebook's network, softmax(x W) with cross-entropy, with a bias b: one layer from 64 pixels to 10 classes.
    /// </summary>
    public sealed partial class SoftmaxRegression : IClassifier
    {
        private readonly double[,] w;
        private readonly double[] b;

        /// <summary>Small random weights (from <paramref name="seed"/>), zero biases.</summary>
        public SoftmaxRegression(int seed)
        {
            var random = new Random(seed);
            w = Weights.Glorot(random, Digits.Pixels, Digits.Classes);
            b = new double[Digits.Classes];
        }

        /// <inheritdoc/>
        public string Name => "softmax regression";

        /// <inheritdoc/>
        public Array[] Parameters => new Array[] { w, b };

        /// <summary>
        /// The mean cross-entropy over the rows <paramref name="batch"/> of <paramref name="images"/>. The notebook writes
        /// -log(softmax(z)[label] + 1e-7); this is the same loss without the 1e-7, as log-sum-exp, which no large z
        /// overflows: log(sum_k exp(z_k)) - z_label, computed as m + log(sum_k exp(z_k - m)) with m the largest z_k.
        /// </summary>
        [Differentiable]
        public static double Loss(double[,] w, double[] b, [NoDerivative] double[,] images, [NoDerivative] int[] labels, [NoDerivative] int[] batch)
        {
            int n = batch.Length, inputs = w.GetLength(0), classes = w.GetLength(1);
            var z = new double[n, classes];
            double total = 0;
            for (int s = 0; s < n; s++)
            {
                int row = batch[s];
                for (int k = 0; k < classes; k++)
                {
                    double a = b[k];
                    for (int i = 0; i < inputs; i++)
                    {
                        a += images[row, i] * w[i, k];
                    }

                    z[s, k] = a;
                }

                double m = z[s, 0];
                for (int k = 1; k < classes; k++)
                {
                    m = Math.Max(m, z[s, k]);
                }

                double sum = 0;
                for (int k = 0; k < classes; k++)
                {
                    sum += Math.Exp(z[s, k] - m);
                }

                total += m + Math.Log(sum) - z[s, labels[row]];
            }

            return total / n;
        }

        /// <inheritdoc/>
        public double LossAndGradient(Digits data, int[] batch, Array[] gradients) =>
            LossValueAndGradient(w, b, data.Images, data.Labels, batch, (double[,])gradients[0], (double[])gradients[1]);

        /// <inheritdoc/>
        public void NumericGradient(Digits data, int[] batch, Array[] gradients) =>
            LossCenteredDiff(w, b, data.Images, data.Labels, batch, (double[,])gradients[0], (double[])gradients[1]);

        /// <inheritdoc/>
        public int Predict(Digits data, int row)
        {
            var z = new double[Digits.Classes];
            for (int k = 0; k < z.Length; k++)
            {
                z[k] = b[k];
                for (int i = 0; i < Digits.Pixels; i++)
                {
                    z[k] += data.Images[row, i] * w[i, k];
                }
            }

            return Weights.ArgMax(z);
        }
    }
}
