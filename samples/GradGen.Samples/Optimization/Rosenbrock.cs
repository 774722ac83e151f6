namespace GradGen.Samples.Optimization
{
    /// <summary>The Rosenbrock function in n dimensions: a long curved valley with its minimum 0 at (1, 1, ..., 1).</summary>
    public static partial class Rosenbrock
    {
        /// <summary>sum over i of 100 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2.</summary>
        [Differentiable]
        public static double Value(double[] x)
        {
            double sum = 0;
            for (int i = 0; i < x.Length - 1; i++)
            {
                double valley = x[i + 1] - x[i] * x[i];
                double offset = 1 - x[i];
                sum += 100 * valley * valley + offset * offset;
            }

            return sum;
        }

        /// <summary>The classic start, (-1.2, 1) repeated.</summary>
        public static double[] Start(int inputs)
        {
            var x = new double[inputs];
            for (int i = 0; i < inputs; i++)
            {
                x[i] = i % 2 == 0 ? -1.2 : 1.0;
            }

            return x;
        }
    }
}
