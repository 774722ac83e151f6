using System;

namespace GradGen.Samples.Training
{
    /// <summary>Starting weights, and reading a prediction from the scores.</summary>
    public static class Weights
    {
        /// <summary>Weights uniform in +-sqrt(6 / (inputs + outputs)) (Glorot and Bengio's initialisation).</summary>
        public static double[,] Glorot(Random random, int inputs, int outputs)
        {
            double limit = Math.Sqrt(6.0 / (inputs + outputs));
            var w = new double[inputs, outputs];
            for (int i = 0; i < inputs; i++)
            {
                for (int j = 0; j < outputs; j++)
                {
                    w[i, j] = (2 * random.NextDouble() - 1) * limit;
                }
            }

            return w;
        }

        /// <summary>The index of the largest score (the first of ties): the predicted class.</summary>
        public static int ArgMax(double[] values)
        {
            int best = 0;
            for (int k = 1; k < values.Length; k++)
            {
                if (values[k] > values[best])
                {
                    best = k;
                }
            }

            return best;
        }
    }
}
