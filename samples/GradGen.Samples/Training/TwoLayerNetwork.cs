using System;

namespace GradGen.Samples.Training
{
    /// <summary>
    /// The notebook's network with a hidden layer: 64 pixels, <c>hidden</c> tanh units, then softmax over 10 classes.
    /// </summary>
    public sealed partial class TwoLayerNetwork : IClassifier
    {
        private readonly double[,] w1, w2;
        private readonly double[] b1, b2;

        /// <summary>Small random weights (from <paramref name="seed"/>), zero biases.</summary>
        public TwoLayerNetwork(int hidden, int seed)
        {
            var random = new Random(seed);
            w1 = Weights.Glorot(random, Digits.Pixels, hidden);
            b1 = new double[hidden];
            w2 = Weights.Glorot(random, hidden, Digits.Classes);
            b2 = new double[Digits.Classes];
        }

        /// <inheritdoc/>
        public string Name => $"two-layer network ({w1.GetLength(1)} hidden)";

        /// <inheritdoc/>
        public Array[] Parameters => new Array[] { w1, b1, w2, b2 };

        /// <summary>The mean cross-entropy over the rows <paramref name="batch"/>, as <see cref="SoftmaxRegression.Loss"/> computes it, of tanh(x W1 + b1) W2 + b2.</summary>
        [Differentiable]
        public static double Loss(
            double[,] w1, double[] b1, double[,] w2, double[] b2,
            [NoDerivative] double[,] images, [NoDerivative] int[] labels, [NoDerivative] int[] batch)
        {
            int n = batch.Length, inputs = w1.GetLength(0), hidden = w1.GetLength(1), classes = w2.GetLength(1);
            var h = new double[n, hidden];
            var z = new double[n, classes];
            double total = 0;
            for (int s = 0; s < n; s++)
            {
                int row = batch[s];
                for (int j = 0; j < hidden; j++)
                {
                    double a = b1[j];
                    for (int i = 0; i < inputs; i++)
                    {
                        a += images[row, i] * w1[i, j];
                    }

                    h[s, j] = Math.Tanh(a);
                }

                for (int k = 0; k < classes; k++)
                {
                    double a = b2[k];
                    for (int j = 0; j < hidden; j++)
                    {
                        a += h[s, j] * w2[j, k];
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
            LossValueAndGradient(
                w1, b1, w2, b2, data.Images, data.Labels, batch,
                (double[,])gradients[0], (double[])gradients[1], (double[,])gradients[2], (double[])gradients[3]);

        /// <inheritdoc/>
        public void NumericGradient(Digits data, int[] batch, Array[] gradients) =>
            LossCenteredDiff(
                w1, b1, w2, b2, data.Images, data.Labels, batch,
                (double[,])gradients[0], (double[])gradients[1], (double[,])gradients[2], (double[])gradients[3]);

        /// <inheritdoc/>
        public int Predict(Digits data, int row)
        {
            int hidden = w1.GetLength(1);
            var h = new double[hidden];
            for (int j = 0; j < hidden; j++)
            {
                double a = b1[j];
                for (int i = 0; i < Digits.Pixels; i++)
                {
                    a += data.Images[row, i] * w1[i, j];
                }

                h[j] = Math.Tanh(a);
            }

            var z = new double[Digits.Classes];
            for (int k = 0; k < z.Length; k++)
            {
                z[k] = b2[k];
                for (int j = 0; j < hidden; j++)
                {
                    z[k] += h[j] * w2[j, k];
                }
            }

            return Weights.ArgMax(z);
        }
    }
}
