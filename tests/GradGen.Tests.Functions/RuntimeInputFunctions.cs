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

    /// <summary>Functions for the runtime-input tests: every array shape, with a counter that can make them throw.</summary>
    public static partial class RuntimeInputFunctions
    {
        /// <summary>The sum of squares.</summary>
        [Differentiable]
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
        [Differentiable]
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
        [Differentiable]
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

        /// <summary>x squared, for scalar inputs.</summary>
        [Differentiable]
        public static double Square(double x) => x * x;
    }
}
