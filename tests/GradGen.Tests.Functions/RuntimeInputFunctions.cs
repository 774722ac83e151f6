using System;

namespace GradGen.Tests.Functions
{
    /// <summary>Counts calls and throws on one of them, to test what generated code leaves behind when the function throws.</summary>
    public sealed class CallCounter
    {
        /// <summary>Creates a counter that throws on call number <paramref name="throwOnCall"/> (1-based; 0 never throws).</summary>
        public CallCounter(int throwOnCall = 0) => ThrowOnCall = throwOnCall;

        /// <summary>The call that throws; 0 for none.</summary>
        public int ThrowOnCall { get; }

        /// <summary>How many calls were made.</summary>
        public int Calls { get; private set; }

        /// <summary>Counts a call, and throws if it is the one.</summary>
        public void Count()
        {
            Calls++;
            if (Calls == ThrowOnCall)
            {
                throw new InvalidOperationException("Thrown on call " + Calls + ".");
            }
        }
    }

    /// <summary>
    /// Functions for the runtime-input tests: every array shape, with a counter that can make them throw (calling it
    /// cannot be differentiated exactly, so these choose the numeric gradient), and functions GradGen differentiates
    /// exactly, which throw by indexing past the end of a short array.
    /// </summary>
    public static partial class RuntimeInputFunctions
    {
        /// <summary>The sum of squares.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double SumOfSquares(double[] x, [NoDerivative] CallCounter counter)
        {
            counter.Count();
            double sum = 0;
            foreach (var value in x)
            {
                sum += value * value;
            }

            return sum;
        }

        /// <summary>A weighted sum of a matrix plus a bias squared.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Affine(double[,] w, double bias, [NoDerivative] CallCounter counter)
        {
            counter.Count();
            double sum = bias * bias;
            foreach (var value in w)
            {
                sum += 0.5 * value;
            }

            return sum;
        }

        /// <summary>A float function of a float vector and a three-dimensional double array.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static float Mixed(float[] x, double[,,] cube, [NoDerivative] CallCounter counter)
        {
            counter.Count();
            float sum = 0;
            foreach (var value in x)
            {
                sum += value * value;
            }

            foreach (var value in cube)
            {
                sum += (float)value;
            }

            return sum;
        }

        /// <summary>The sum of squares, differentiated exactly.</summary>
        [Differentiable]
        public static double ExactSumOfSquares(double[] x)
        {
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                sum += x[i] * x[i];
            }

            return sum;
        }

        /// <summary>A product of a matrix's entries with the first three of a vector, differentiated exactly; short inputs throw part-way.</summary>
        [Differentiable]
        public static double ExactProduct(double[,] w, double[] v)
        {
            double sum = 0;
            for (int i = 0; i < w.GetLength(0); i++)
            {
                for (int j = 0; j < w.GetLength(1); j++)
                {
                    sum += w[i, j] * w[i, j];
                }
            }

            return sum * v[0] * v[1] * v[2];
        }

        /// <summary>x squared, for scalar inputs.</summary>
        [Differentiable]
        public static double Square(double x) => x * x;
    }
}
