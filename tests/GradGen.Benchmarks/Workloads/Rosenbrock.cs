namespace GradGen.Benchmarks.Workloads
{
    /// <summary>The chained Rosenbrock sum: sum over i of 100 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2.</summary>
    public static partial class Rosenbrock
    {
        [Differentiable(Hessian = true)]
        public static double Value(double[] x)
        {
            double sum = 0;
            for (int i = 0; i < x.Length - 1; i++)
            {
                double a = x[i + 1] - x[i] * x[i];
                double b = 1 - x[i];
                sum += 100 * a * a + b * b;
            }

            return sum;
        }

        /// <summary>The gradient worked out by hand.</summary>
        public static void AnalyticGradient(double[] x, double[] gradient)
        {
            System.Array.Clear(gradient, 0, gradient.Length);
            for (int i = 0; i < x.Length - 1; i++)
            {
                double a = x[i + 1] - x[i] * x[i];
                gradient[i] += -400 * a * x[i] - 2 * (1 - x[i]);
                gradient[i + 1] += 200 * a;
            }
        }

        public static double[] Create(int n)
        {
            var x = new double[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = 0.5 + 0.01 * (i % 17);
            }

            return x;
        }
    }
}
