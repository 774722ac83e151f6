using System;

namespace GradGen.Tests.Functions
{
    /// <summary>Methods whose exact gradients use tapes: in loops, values overwritten and branch decisions.</summary>
    public static partial class TapeFunctions
    {
        /// <summary>The chained Rosenbrock sum: two values per iteration go on the value tape.</summary>
        [Differentiable]
        public static double Rosenbrock(double[] x)
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

        /// <summary>The gradient of <see cref="Rosenbrock"/> worked out by hand.</summary>
        public static void RosenbrockAnalytic(double[] x, double[] gradient)
        {
            Array.Clear(gradient, 0, gradient.Length);
            for (int i = 0; i < x.Length - 1; i++)
            {
                double a = x[i + 1] - x[i] * x[i];
                gradient[i] += -400 * a * x[i] - 2 * (1 - x[i]);
                gradient[i + 1] += 200 * a;
            }
        }

        /// <summary>s = sin(s) + x[i] / 1000 along the array: every iteration keeps the s it overwrites on the value tape.</summary>
        [Differentiable]
        public static double SineChain(double[] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s = Math.Sin(s) + x[i] / 1000;
            }

            return s;
        }

        /// <summary>The gradient of <see cref="SineChain"/> by hand: keep every s, then multiply the cosines backwards.</summary>
        public static void SineChainAnalytic(double[] x, double[] gradient)
        {
            var s = new double[x.Length + 1];
            for (int i = 0; i < x.Length; i++)
            {
                s[i + 1] = Math.Sin(s[i]) + x[i] / 1000;
            }

            double adjoint = 1;
            for (int i = x.Length - 1; i >= 0; i--)
            {
                gradient[i] = adjoint / 1000;
                adjoint *= Math.Cos(s[i]);
            }
        }

        /// <summary>
        /// u is declared once per iteration from s, which changes before u is read: the reverse sweep must not compute
        /// u again from the changed s (it keeps it instead).
        /// </summary>
        [Differentiable]
        public static double LoopLocalWhoseInputChanges(double x, double y)
        {
            double s = x;
            double r = 0;
            for (int i = 0; i < 3; i++)
            {
                double u = s * y;
                s = s * 0.5 + y;
                r += u * u;
            }

            return r + s;
        }

        /// <summary>
        /// An outer iteration pushes before and after an inner loop that pushes too, so that whichever loop fills the
        /// buffer, the next push must find room.
        /// </summary>
        [Differentiable]
        public static double PushesAroundAnInnerLoop(double[] x, [NoDerivative] int inner)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s = Math.Sin(s) + x[i];
                double p = s;
                for (int k = 0; k < inner; k++)
                {
                    p = Math.Sin(p);
                }

                s = Math.Cos(s) * p;
            }

            return s;
        }

        /// <summary>Nested loops with a branch inside: decisions and inner iteration counts go on the control tape.</summary>
        [Differentiable]
        public static double Rectified(double[,] w)
        {
            double s = 0;
            for (int i = 0; i < w.GetLength(0); i++)
            {
                double row = 0;
                for (int j = 0; j < w.GetLength(1); j++)
                {
                    if (w[i, j] > 0)
                    {
                        row += w[i, j] * w[i, j];
                    }
                }

                s += row * row;
            }

            return s;
        }

        /// <summary>Multiplies the first <paramref name="count"/> elements; reads past the end when count exceeds the length.</summary>
        [Differentiable]
        public static double Product(double[] x, [NoDerivative] int count)
        {
            double p = 1;
            for (int i = 0; i < count; i++)
            {
                p *= x[i];
            }

            return p;
        }
    }
}
