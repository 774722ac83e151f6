using System;

namespace GradGen.Benchmarks.Workloads
{
    /// <summary>
    /// An experiment for issue 17's store-versus-recompute lever: the sweeps GradGen prints for
    /// <see cref="Rosenbrock.Value"/>, written out by hand, with one change: the forward sweep keeps each iteration's
    /// loop-local <c>a</c> and <c>b</c> on a tape and the reverse sweep pops them, instead of recomputing them from
    /// <c>x</c>. <c>RosenbrockBenchmarks.GradientStoringLoopLocals</c> measures it beside the generated gradient,
    /// which recomputes.
    /// </summary>
    public static class RosenbrockStored
    {
        [ThreadStatic]
        private static double[]? _tape;

        public static double ValueAndGradient(double[] x, double[] xGradient)
        {
            if (x is null)
            {
                throw new ArgumentNullException(nameof(x));
            }

            if (xGradient is null || xGradient.Length != x.Length || (xGradient.Length != 0 && ReferenceEquals(xGradient, x)))
            {
                throw new ArgumentException("The destination must have the shape of 'x' and not be 'x'.", nameof(xGradient));
            }

            Array.Clear(xGradient, 0, xGradient.Length);
            double[] valueTape = _tape ?? new double[64];
            _tape = null;
            int valueTop = 0;
            double sum = 0;
            int i = 0;
            double a;
            double b;
            int iterations = 0;
            while (i < x.Length - 1)
            {
                if (valueTop + 2 > valueTape.Length)
                {
                    Array.Resize(ref valueTape, 2 * valueTape.Length);
                }

                a = x[i + 1] - x[i] * x[i];
                b = 1 - x[i];
                valueTape[valueTop++] = a;
                valueTape[valueTop++] = b;
                sum = sum + (100 * a * a + b * b);
                i = i + 1;
                iterations++;
            }

            double value = sum;
            double sumAdjoint = 1.0;
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                b = valueTape[--valueTop];
                a = valueTape[--valueTop];
                double seed = sumAdjoint * a;
                double aAdjoint = seed * 100;
                aAdjoint += sumAdjoint * (100 * a);
                double bAdjoint = sumAdjoint * b;
                bAdjoint += sumAdjoint * b;
                double seed1 = -aAdjoint;
                xGradient[i + 1] += aAdjoint;
                xGradient[i] += -bAdjoint + seed1 * x[i] + seed1 * x[i];
            }

            _tape = valueTape.Length <= 1048576 ? valueTape : null;
            return value;
        }
    }
}
