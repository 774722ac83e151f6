using GradGen;

namespace Legacy73
{
    /// <summary>Functions of every parameter shape GradGen differentiates.</summary>
    public static partial class Model
    {
        /// <summary>A weighted sum of a matrix plus a bias, with a label held constant; numeric gradient by choice.</summary>
        /// <param name="w">The weights.</param>
        /// <param name="bias">The bias.</param>
        /// <param name="label">A label, not differentiated.</param>
        /// <returns>The sum.</returns>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Affine(double[,] w, double bias, [NoDerivative] string label)
        {
            return w[0, 0] + w[1, 1] + bias * label.Length;
        }

        /// <summary>A float energy.</summary>
        /// <param name="x">The positions.</param>
        /// <param name="k">The stiffness.</param>
        /// <returns>The energy.</returns>
        [Differentiable(Step = 1e-3)]
        public static float Energy(float[] x, float k)
        {
            return k * x[0] * x[0];
        }
    }

    /// <summary>An instance method in a nested partial struct.</summary>
    public partial class Outer
    {
        /// <summary>A spring.</summary>
        public partial struct Spring
        {
            /// <summary>The stiffness.</summary>
            public double K;

            /// <summary>The energy at extension x.</summary>
            /// <param name="x">The extension.</param>
            /// <returns>The energy.</returns>
            [Differentiable]
            public double Energy(double x)
            {
                return 0.5 * K * x * x;
            }
        }
    }
}
