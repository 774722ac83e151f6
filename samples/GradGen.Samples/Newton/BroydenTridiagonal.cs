namespace GradGen.Samples.Newton
{
    /// <summary>
    /// Broyden's tridiagonal system, a classic test of solvers for nonlinear equations (Moré, Garbow and Hillstrom,
    /// 1981, problem 30): f_i(x) = (3 - 2 x_i) x_i - x_(i-1) - 2 x_(i+1) + 1, with x_0 = x_(n+1) = 0.
    /// </summary>
    public static partial class BroydenTridiagonal
    {
        /// <summary>The n residuals at x: a vector-valued method, so GradGen writes <c>ResidualJacobian</c>.</summary>
        [Differentiable]
        public static double[] Residual(double[] x)
        {
            int n = x.Length;
            double[] f = new double[n];
            for (int i = 0; i < n; i++)
            {
                double left = i > 0 ? x[i - 1] : 0.0;
                double right = i + 1 < n ? x[i + 1] : 0.0;
                f[i] = (3.0 - 2.0 * x[i]) * x[i] - left - 2.0 * right + 1.0;
            }

            return f;
        }
    }
}
