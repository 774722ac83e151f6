using System;
using GradGen.Samples;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>The notebook's softmax / cross-entropy loss: the exact gradient against the analytic one.</summary>
    public class NotebookLossTests
    {
        private const double Delta = 1e-7;

        [Fact]
        public void ExactGradientMatchesTheAnalyticGradient()
        {
            var random = new Random(7);
            int inputs = 100, outputs = 10;
            var w = new double[inputs, outputs];
            var x = new double[inputs];
            for (var i = 0; i < inputs; i++)
            {
                x[i] = random.NextDouble() - 0.5;
                for (var j = 0; j < outputs; j++)
                {
                    w[i, j] = (random.NextDouble() - 0.5) * 0.2;
                }
            }

            var t = new double[outputs];
            t[3] = 1;

            var gradient = Notebook.LossGradient(w, x, t);

            // p = softmax(x W); with the notebook's delta inside the log, dL/dz_k = p_k (sum_j t_j p_j / (p_j + delta)) - t_k p_k / (p_k + delta),
            // which is p - t when delta is 0; dL/dW[i, k] = x_i dL/dz_k.
            var p = Softmax(x, w);
            double weighted = 0;
            for (var j = 0; j < outputs; j++)
            {
                weighted += t[j] * p[j] / (p[j] + Delta);
            }

            for (var k = 0; k < outputs; k++)
            {
                var dz = p[k] * weighted - t[k] * p[k] / (p[k] + Delta);
                Close(p[k] - t[k], dz, 1e-5, "p - t");
                for (var i = 0; i < inputs; i++)
                {
                    Close(x[i] * dz, gradient[i, k], Precision.Exact, "[" + i + ", " + k + "]");
                }
            }
        }

        private static double[] Softmax(double[] x, double[,] w)
        {
            var outputs = w.GetLength(1);
            var e = new double[outputs];
            double sum = 0;
            for (var j = 0; j < outputs; j++)
            {
                double z = 0;
                for (var i = 0; i < x.Length; i++)
                {
                    z += x[i] * w[i, j];
                }

                e[j] = Math.Exp(z);
                sum += e[j];
            }

            for (var j = 0; j < outputs; j++)
            {
                e[j] /= sum;
            }

            return e;
        }
    }
}
