using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;

namespace GradGen.Samples.Newton
{
    /// <summary>
    /// <c>-- newton</c>: Newton's method for a system of nonlinear equations, each step solving J d = -f with the exact
    /// Jacobian GradGen generated (<c>ResidualJacobian</c>). The residual norms fall quadratically: the exponent
    /// roughly doubles from one step to the next.
    /// </summary>
    public static class NewtonSample
    {
        /// <summary>The residual norm ||f(x)||_2 after each step, from the start; stops below <paramref name="tolerance"/>.</summary>
        public static IReadOnlyList<double> Solve(double[] x, double tolerance = 1e-13, int maxSteps = 20)
        {
            var norms = new List<double> { Norm(BroydenTridiagonal.Residual(x)) };
            for (var step = 0; step < maxSteps && norms[norms.Count - 1] > tolerance; step++)
            {
                var (f, jacobian) = BroydenTridiagonal.ResidualValueAndJacobian(x);
                var d = Matrix<double>.Build.DenseOfArray(jacobian).Solve(Vector<double>.Build.DenseOfArray(f));
                for (var i = 0; i < x.Length; i++)
                {
                    x[i] -= d[i];
                }

                norms.Add(Norm(BroydenTridiagonal.Residual(x)));
            }

            return norms;
        }

        /// <summary>Solves the system at n = 20 from x = (-1, ..., -1) and prints the residual after each step.</summary>
        public static void Run()
        {
            const int n = 20;
            var x = Enumerable.Repeat(-1.0, n).ToArray();
            Console.WriteLine($"Newton's method on Broyden's tridiagonal system, n = {n}, from x = (-1, ..., -1): J from ResidualJacobian (exact, {n} x {n})");
            Console.WriteLine($"  {"step",4} {"||f(x)||",12}");
            var norms = Solve(x);
            for (var k = 0; k < norms.Count; k++)
            {
                Console.WriteLine($"  {k,4} {norms[k],12:0.0E+00}");
            }

            Console.WriteLine($"  converged in {norms.Count - 1} steps; x_1 = {x[0]:0.000000000000}, x_n = {x[n - 1]:0.000000000000}");
        }

        private static double Norm(double[] v) => Math.Sqrt(v.Sum(e => e * e));
    }
}
