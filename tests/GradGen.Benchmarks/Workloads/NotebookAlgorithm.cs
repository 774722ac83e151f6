namespace GradGen.Benchmarks.Workloads
{
    /// <summary>
    /// The notebook's numerical_gradient written by hand in C#, calling each function directly: perturb one element,
    /// evaluate, put it back. The best a numeric user can do without a generator, and the bar GradGen's
    /// finite-difference methods must meet.
    /// </summary>
    public static class NotebookAlgorithm
    {
        public static void ForwardLoss(double[] w, double[] x, double[] t, double[] gradient, double h)
        {
            double f = SoftmaxLoss.Loss(w, x, t);
            for (int k = 0; k < w.Length; k++)
            {
                double old = w[k];
                w[k] = old + h;
                gradient[k] = (SoftmaxLoss.Loss(w, x, t) - f) / h;
                w[k] = old;
            }
        }

        public static void CenteredLoss(double[] w, double[] x, double[] t, double[] gradient, double h)
        {
            for (int k = 0; k < w.Length; k++)
            {
                double old = w[k];
                w[k] = old + h;
                double a = SoftmaxLoss.Loss(w, x, t);
                w[k] = old - h;
                double b = SoftmaxLoss.Loss(w, x, t);
                w[k] = old;
                gradient[k] = (a - b) / (2 * h);
            }
        }

        public static void ForwardRosenbrock(double[] x, double[] gradient, double h)
        {
            double f = Rosenbrock.Value(x);
            for (int k = 0; k < x.Length; k++)
            {
                double old = x[k];
                x[k] = old + h;
                gradient[k] = (Rosenbrock.Value(x) - f) / h;
                x[k] = old;
            }
        }

        public static void CenteredRosenbrock(double[] x, double[] gradient, double h)
        {
            for (int k = 0; k < x.Length; k++)
            {
                double old = x[k];
                x[k] = old + h;
                double a = Rosenbrock.Value(x);
                x[k] = old - h;
                double b = Rosenbrock.Value(x);
                x[k] = old;
                gradient[k] = (a - b) / (2 * h);
            }
        }

        public static (double, double, double, double, double) ForwardBlackScholes(double s, double k, double t, double r, double v, double h)
        {
            double f = BlackScholes.Price(s, k, t, r, v);
            return (
                (BlackScholes.Price(s + h, k, t, r, v) - f) / h,
                (BlackScholes.Price(s, k + h, t, r, v) - f) / h,
                (BlackScholes.Price(s, k, t + h, r, v) - f) / h,
                (BlackScholes.Price(s, k, t, r + h, v) - f) / h,
                (BlackScholes.Price(s, k, t, r, v + h) - f) / h);
        }

        public static (double, double, double, double, double) CenteredBlackScholes(double s, double k, double t, double r, double v, double h) =>
            (
                (BlackScholes.Price(s + h, k, t, r, v) - BlackScholes.Price(s - h, k, t, r, v)) / (2 * h),
                (BlackScholes.Price(s, k + h, t, r, v) - BlackScholes.Price(s, k - h, t, r, v)) / (2 * h),
                (BlackScholes.Price(s, k, t + h, r, v) - BlackScholes.Price(s, k, t - h, r, v)) / (2 * h),
                (BlackScholes.Price(s, k, t, r + h, v) - BlackScholes.Price(s, k, t, r - h, v)) / (2 * h),
                (BlackScholes.Price(s, k, t, r, v + h) - BlackScholes.Price(s, k, t, r, v - h)) / (2 * h));
    }
}
