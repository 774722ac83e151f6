using System;

namespace GradGen.Tests.Functions
{
    /// <summary>Functions that exercise what users rely on: restoration, destinations, floats, instance methods.</summary>
    public static partial class Behaviour
    {
        /// <summary>How many more calls <see cref="Fragile"/> accepts before it throws; negative for never.</summary>
        [ThreadStatic]
        public static int CallsBeforeThrow;

        /// <summary>
        /// Sum of squares that throws part-way through a derivative when asked to. Its throw and its counter are
        /// outside what GradGen differentiates exactly, so its gradient is the numeric one, chosen on purpose.
        /// </summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Fragile(double[,] w, double bias)
        {
            if (CallsBeforeThrow == 0)
            {
                throw new InvalidOperationException("Fragile was told to fail.");
            }

            CallsBeforeThrow--;
            double sum = bias * bias;
            foreach (var value in w)
            {
                sum += value * value;
            }

            return sum;
        }

        /// <summary>A float function of float inputs: k x0^2 + x1.</summary>
        [Differentiable(Step = 1e-3)]
        public static float Spring(float[] x, float k) => k * x[0] * x[0] + x[1];

        /// <summary>A three-dimensional input: sum of i * cube[i, j, k]^2.</summary>
        [Differentiable]
        public static double Weighted(double[,,] cube)
        {
            double sum = 0;
            for (int i = 0; i < cube.GetLength(0); i++)
            {
                for (int j = 0; j < cube.GetLength(1); j++)
                {
                    for (int k = 0; k < cube.GetLength(2); k++)
                    {
                        sum += (i + 1) * cube[i, j, k] * cube[i, j, k];
                    }
                }
            }

            return sum;
        }
    }

    /// <summary>An instance method on a struct: the generated methods are instance methods too.</summary>
    public partial struct Pendulum
    {
        /// <summary>Gravity.</summary>
        public double G;

        /// <summary>Potential energy for length l and angle theta.</summary>
        [Differentiable]
        public readonly double Energy(double length, double theta) => G * length * (1 - Math.Cos(theta));
    }
}
