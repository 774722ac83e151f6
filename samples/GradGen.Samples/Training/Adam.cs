using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GradGen.Samples.Training
{
    /// <summary>
    /// Adam (Kingma and Ba, 2015): each parameter moves against a running mean of its gradient, divided by the root of
    /// a running mean of its square. The parameters are arrays of any rank; each is walked as one flat span.
    /// </summary>
    public sealed class Adam
    {
        private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
        private readonly Array[] parameters;
        private readonly double[][] mean, meanSquare;
        private readonly double learningRate;
        private int steps;

        /// <summary>An optimiser for these arrays (of <c>double</c>), which it changes in place.</summary>
        public Adam(Array[] parameters, double learningRate)
        {
            this.parameters = parameters;
            this.learningRate = learningRate;
            mean = Array.ConvertAll(parameters, p => new double[p.Length]);
            meanSquare = Array.ConvertAll(parameters, p => new double[p.Length]);
        }

        /// <summary>One step from the gradients, shaped as the parameters.</summary>
        public void Step(Array[] gradients)
        {
            steps++;
            double correction1 = 1 - Math.Pow(Beta1, steps), correction2 = 1 - Math.Pow(Beta2, steps);
            for (int p = 0; p < parameters.Length; p++)
            {
                Span<double> x = Flat(parameters[p]), g = Flat(gradients[p]);
                double[] m = mean[p], v = meanSquare[p];
                for (int i = 0; i < x.Length; i++)
                {
                    m[i] = Beta1 * m[i] + (1 - Beta1) * g[i];
                    v[i] = Beta2 * v[i] + (1 - Beta2) * g[i] * g[i];
                    x[i] -= learningRate * (m[i] / correction1) / (Math.Sqrt(v[i] / correction2) + Epsilon);
                }
            }
        }

        /// <summary>A double array of any rank as one span over its elements (row-major), without copying.</summary>
        public static Span<double> Flat(Array array)
        {
            if (array.GetType().GetElementType() != typeof(double))
            {
                throw new ArgumentException($"Expected an array of double, got {array.GetType()}.", nameof(array));
            }

            return MemoryMarshal.CreateSpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
        }
    }
}
