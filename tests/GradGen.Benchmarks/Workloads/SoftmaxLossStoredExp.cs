using System;

namespace GradGen.Benchmarks.Workloads
{
    /// <summary>
    /// An experiment for issue 17's lever "partials that reuse the value their statement computed": the sweeps
    /// GradGen prints for <see cref="SoftmaxLoss.Loss"/> (fused second loop included), written out by hand, with one
    /// change: the first loop keeps each <c>Math.Exp(z)</c> it adds to <c>sum</c> on a tape, and its reverse sweep
    /// pops it as the partial instead of calling <c>Math.Exp</c> again on the restored <c>z</c>.
    /// <c>SoftmaxLossBenchmarks.GradientStoringExponentials</c> measures it beside the generated gradient.
    /// </summary>
    public static class SoftmaxLossStoredExp
    {
        [ThreadStatic]
        private static double[]? _values;

        [ThreadStatic]
        private static long[]? _control;

        public static double ValueAndGradient(double[] w, double[] x, double[] t, double[] wGradient)
        {
            if (w is null)
            {
                throw new ArgumentNullException(nameof(w));
            }

            if (wGradient is null || wGradient.Length != w.Length || (wGradient.Length != 0 && ReferenceEquals(wGradient, w)))
            {
                throw new ArgumentException("The destination must have the shape of 'w' and not be 'w'.", nameof(wGradient));
            }

            Array.Clear(wGradient, 0, wGradient.Length);
            double[] valueTape = _values ?? new double[64];
            _values = null;
            long[] controlTape = _control ?? new long[64];
            _control = null;
            int valueTop = 0;
            int controlTop = 0;

            // Forward sweep of the first loop: z and i are put back from the tapes in reverse, and so is exp(z).
            int inputs = x.Length;
            int outputs = t.Length;
            double sum = 0;
            double z = 0;
            int i = 0;
            int j = 0;
            int iterations;
            int outer = 0;
            while (j < outputs)
            {
                if (valueTop + 2 > valueTape.Length)
                {
                    Array.Resize(ref valueTape, 2 * valueTape.Length);
                }

                if (controlTop + 2 > controlTape.Length)
                {
                    Array.Resize(ref controlTape, 2 * controlTape.Length);
                }

                valueTape[valueTop++] = z;
                z = 0;
                controlTape[controlTop++] = i;
                i = 0;
                iterations = 0;
                while (i < inputs)
                {
                    z = z + x[i] * w[i * outputs + j];
                    i = i + 1;
                    iterations++;
                }

                controlTape[controlTop++] = iterations;
                double exponential = Math.Exp(z);
                valueTape[valueTop++] = exponential;
                sum = sum + exponential;
                j = j + 1;
                outer++;
            }

            // The second loop with its reverse step inside, as GradGen fuses it.
            double loss = 0;
            double lossAdjoint = -1.0;
            double sumAdjoint = 0;
            for (int j1 = 0; j1 < outputs; j1++)
            {
                double z1 = 0;
                int i1 = 0;
                int iterations2 = 0;
                while (i1 < inputs)
                {
                    z1 = z1 + x[i1] * w[i1 * outputs + j1];
                    i1 = i1 + 1;
                    iterations2++;
                }

                double common = Math.Exp(z1);
                loss = loss + t[j1] * Math.Log(common / sum + 1E-07);
                double seed = lossAdjoint * t[j1];
                double seed1 = seed / (common / sum + 1E-07);
                double z1Adjoint = seed1 / sum * common;
                sumAdjoint += -(seed1 * common / (sum * sum));
                for (; iterations2 > 0; iterations2--)
                {
                    i1 = i1 - 1;
                    wGradient[i1 * outputs + j1] += z1Adjoint * x[i1];
                }
            }

            // Reverse sweep of the first loop: the partial of exp(z) is the value kept, not a second call.
            for (; outer > 0; outer--)
            {
                j = j - 1;
                double zAdjoint = sumAdjoint * valueTape[--valueTop];
                for (iterations = (int)controlTape[--controlTop]; iterations > 0; iterations--)
                {
                    i = i - 1;
                    wGradient[i * outputs + j] += zAdjoint * x[i];
                }

                i = (int)controlTape[--controlTop];
                z = valueTape[--valueTop];
            }

            _values = valueTape;
            _control = controlTape;
            return -loss;
        }
    }
}
