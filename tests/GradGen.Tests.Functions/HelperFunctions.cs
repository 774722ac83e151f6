using System;
using GradGen.Tests.Functions.Utilities;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// [Differentiable] methods that call helpers without the attribute (issue 14, items 4 and 5): a private sigmoid, a
    /// static utility class in another file, helpers calling helpers, a helper that returns from inside a loop, and
    /// local functions of several statements. Only the methods below carry the attribute.
    /// </summary>
    public static partial class HelperFunctions
    {
        /// <summary>Σ x_i σ(x_i) through a private helper of two statements.</summary>
        [Differentiable]
        public static double SigmoidSum(double[] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s += x[i] * Sigmoid(x[i]);
            }

            return s;
        }

        /// <summary>σ(x y) + σ(x - y)²: the Hessian through a helper.</summary>
        [Differentiable(Hessian = true)]
        public static double SigmoidPair(double x, double y)
        {
            double u = Sigmoid(x - y);
            return Sigmoid(x * y) + u * u;
        }

        /// <summary>(w . x)² + w . w through <see cref="VectorMath.Dot"/> in another file, the same array passed twice.</summary>
        [Differentiable]
        public static double Quadratic(double[] w, [NoDerivative] double[] x)
        {
            double d = VectorMath.Dot(w, x);
            return d * d + VectorMath.Dot(w, w);
        }

        /// <summary>sqrt(w . w + 0.01) times w_0, through SoftNorm, which calls Dot and a private Root of its class.</summary>
        [Differentiable(Hessian = true)]
        public static double ScaledNorm(double[] w) => VectorMath.SoftNorm(w, 0.1) * w[0];

        /// <summary>The roughness of w plus w_1, through a helper that fills a local array.</summary>
        [Differentiable]
        public static double Rough(double[] w) => VectorMath.Roughness(w) + w[1];

        /// <summary>A helper that returns from inside its loop, plus a sum of squares.</summary>
        [Differentiable]
        public static double Threshold(double[] w, [NoDerivative] double t) => VectorMath.FirstAbove(w, t) + w[0] * w[1];

        /// <summary>Σ_i p(x_i) with p(v) = v³ - 2v computed by a local function of several statements, and a local function with a loop.</summary>
        [Differentiable]
        public static double LocalPolynomial(double[] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s += Cubic(x[i], 2.0);
            }

            return s + Power(x[0], 3);

            static double Cubic(double v, double c)
            {
                double v2 = v * v;
                return v2 * v - c * v;
            }

            double Power(double v, int n)
            {
                double p = 1;
                for (int k = 0; k < n; k++)
                {
                    p *= v;
                }

                return p;
            }
        }

        /// <summary>x_0² + x_1³ through two local functions of one name in sibling blocks, each its own helper.</summary>
        [Differentiable]
        public static double SiblingLocals(double[] x)
        {
            double s = 0;
            {
                s += Power(x[0]);

                static double Power(double v)
                {
                    double w = v * v;
                    return w;
                }
            }

            {
                s += Power(x[1]);

                static double Power(double v)
                {
                    double w = v * v * v;
                    return w;
                }
            }

            return s;
        }

        /// <summary>(σ(x y), x σ(y)): a vector-valued method through a helper, its Jacobian exact.</summary>
        [Differentiable]
        public static (double a, double b) SigmoidPairVector(double x, double y) => (Sigmoid(x * y), x * Sigmoid(y));

        private static double Sigmoid(double z)
        {
            double e = Math.Exp(-z);
            return 1 / (1 + e);
        }
    }
}

namespace GradGen.Tests.Functions
{
    /// <summary>An instance [Differentiable] method calling instance helpers of its type on <c>this</c>, which read a field.</summary>
    public partial class HelperModel
    {
        /// <summary>The gain the helpers read.</summary>
        public double Gain { get; set; } = 1.5;

        /// <summary>Σ_i Squash(x_i) x_{i+1} + Squash(x_0)², Squash(z) = tanh(Gain z) / Gain computed by an instance helper.</summary>
        [Differentiable]
        public double Energy(double[] x)
        {
            double s = 0;
            for (int i = 0; i + 1 < x.Length; i++)
            {
                s += this.Squash(x[i]) * x[i + 1];
            }

            return s + Twice(x[0]);
        }

        private double Squash(double z)
        {
            double t = Math.Tanh(Gain * z);
            return t / Gain;
        }

        private double Twice(double z)
        {
            double q = Squash(z);
            return q * q;
        }
    }
}
