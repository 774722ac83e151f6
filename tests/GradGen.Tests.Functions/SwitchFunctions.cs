using System;

namespace GradGen.Tests.Functions
{
    /// <summary>How a piece of <see cref="SwitchFunctions"/> is shaped.</summary>
    public enum Shape
    {
        /// <summary>2x.</summary>
        Linear,

        /// <summary>x².</summary>
        Quadratic,

        /// <summary>x³.</summary>
        Cubic = 5,
    }

    /// <summary>
    /// <c>switch</c> statements and expressions (issue 14, item 5) over integers, enums, bools and doubles, with
    /// constant, relational, <c>or</c> / <c>and</c> / <c>not</c> patterns and <c>when</c> clauses: lowered to
    /// <c>if</c> / <c>else</c> and <c>?:</c>.
    /// </summary>
    public static partial class SwitchFunctions
    {
        /// <summary>The shape <see cref="ByStaticShape"/> reads.</summary>
        public static Shape Current = Shape.Quadratic;

        /// <summary>x, k x² (k = 1, 2) or sin x.</summary>
        [Differentiable]
        public static double Piecewise(double x, [NoDerivative] int k)
        {
            double y;
            switch (k)
            {
                case 0:
                    y = x;
                    break;
                case 1:
                case 2:
                    y = x * x * k;
                    break;
                default:
                {
                    y = Math.Sin(x);
                    break;
                }
            }

            return y;
        }

        /// <summary>2x, x² or x³ by the shape.</summary>
        [Differentiable]
        public static double ByShape(double x, [NoDerivative] Shape shape)
        {
            switch (shape)
            {
                case Shape.Linear:
                    return 2 * x;
                case Shape.Quadratic:
                    return x * x;
                default:
                    return x * x * x;
            }
        }

        /// <summary>The same, by a static field, in a switch expression.</summary>
        [Differentiable]
        public static double ByStaticShape(double x) => Current switch
        {
            Shape.Linear => 2 * x,
            Shape.Quadratic => x * x,
            _ => x * x * x,
        };

        /// <summary>-x below -1, x² up to 1, 3x at 1 and 2, sqrt x above.</summary>
        [Differentiable]
        public static double Relational(double x) => x switch
        {
            < -1 => -x,
            >= -1 and < 1 => x * x,
            1 or 2 => 3 * x,
            _ => Math.Sqrt(x),
        };

        /// <summary>In a loop: by i mod 3, x_i², e^(x_i) where positive (then skipping the scaling by continue), or -x_i; s scaled by 1.1 after each.</summary>
        [Differentiable]
        public static double InLoop(double[] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                switch (i % 3)
                {
                    case 0:
                        s += x[i] * x[i];
                        break;
                    case 1 when x[i] > 0:
                        s += Math.Exp(x[i]);
                        continue;
                    case not 0 and not 1:
                        s -= x[i];
                        break;
                    default:
                        s += 0.5 * x[i];
                        break;
                }

                s *= 1.1;
            }

            return s;
        }

        /// <summary>x² y or x y², by which is larger, through a switch on a bool; with its Hessian.</summary>
        [Differentiable(Hessian = true)]
        public static double OnBool(double x, double y) => (x > y) switch
        {
            true => x * x * y,
            _ => x * y * y,
        };
    }
}
