using System;

namespace GradGen.Tests.Functions
{
    /// <summary>One function per construct family whose exact gradient the runtime tests check against its analytic derivative.</summary>
    public static partial class ExactFunctions
    {
        /// <summary>x y + x / y - 3 x, expression-bodied.</summary>
        [Differentiable]
        public static double StraightLine(double x, double y) => x * y + x / y - 3 * x;

        /// <summary>(x^2 + y) x through locals and compound assignments.</summary>
        [Differentiable]
        public static double CompoundAssignments(double x, double y)
        {
            double a = x * x;
            a += y;
            a *= x;
            a -= 2;
            a /= 2;
            return a;
        }

        /// <summary>Early returns in an if / else-if chain.</summary>
        [Differentiable]
        public static double Branches(double x, double y)
        {
            if (x > y)
            {
                return x * x * y;
            }
            else if (x < 0)
            {
                return -x * y;
            }

            return y * y;
        }

        /// <summary>A local re-assigned in each branch, then a conditional expression.</summary>
        [Differentiable]
        public static double BranchReassignment(double x, double y)
        {
            double r = x;
            if (r > 1)
            {
                r = r * r;
            }
            else
            {
                r = 2 * r;
            }

            return y > 0 ? r * y : r - y;
        }

        /// <summary>Sum of squares with a for loop: gradient 2x.</summary>
        [Differentiable]
        public static double ForLoop(double[] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s += x[i] * x[i];
            }

            return s;
        }

        /// <summary>x^5 by a while loop that re-assigns p.</summary>
        [Differentiable]
        public static double WhileLoop(double x)
        {
            double p = 1;
            int k = 0;
            while (k < 5)
            {
                p *= x;
                k++;
            }

            return p;
        }

        /// <summary>x^4 by a do loop.</summary>
        [Differentiable]
        public static double DoLoop(double x)
        {
            double p = x;
            int k = 1;
            do
            {
                p = p * x;
                k++;
            }
            while (k < 4);
            return p;
        }

        /// <summary>Sum of cubes with foreach: gradient 3 x^2.</summary>
        [Differentiable]
        public static double ForEachLoop(double[] x)
        {
            double s = 0;
            foreach (var v in x)
            {
                s += v * v * v;
            }

            return s;
        }

        /// <summary>
        /// Weighted sum over a 3-D array with foreach, in row-major order, stopping after the element that makes the
        /// count reach <paramref name="stopAfter"/> and skipping negative elements: gradient (position + 1) * 2 v on
        /// the elements summed, 0 elsewhere.
        /// </summary>
        [Differentiable]
        public static double ForEachOverARank3Array(double[,,] a, [NoDerivative] int stopAfter)
        {
            double s = 0;
            int position = 0;
            foreach (var v in a)
            {
                position++;
                if (v < 0)
                {
                    continue;
                }

                s += position * v * v;
                if (position == stopAfter)
                {
                    break;
                }
            }

            return s;
        }

        /// <summary>Skips element 1, stops at the first element above 100: gradient cos x_i on the elements summed.</summary>
        [Differentiable]
        public static double BreakAndContinue(double[] x)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                if (i == 1)
                {
                    continue;
                }

                if (x[i] > 100)
                {
                    break;
                }

                s += Math.Sin(x[i]);
            }

            return s;
        }

        /// <summary>The square of the first negative element, else the first element: an early return from a loop.</summary>
        [Differentiable]
        public static double ReturnFromLoop(double[] x)
        {
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] < 0)
                {
                    return x[i] * x[i];
                }
            }

            return x[0];
        }

        /// <summary>Sum over i, j of w[i, j]^2 c[j] with nested loops and GetLength.</summary>
        [Differentiable]
        public static double NestedLoops(double[,] w, [NoDerivative] double[] c)
        {
            double s = 0;
            for (int i = 0; i < w.GetLength(0); i++)
            {
                for (int j = 0; j < w.GetLength(1); j++)
                {
                    s += w[i, j] * w[i, j] * c[j];
                }
            }

            return s;
        }

        /// <summary>Local arrays written, overwritten and read: sum of 2 x_i^2 plus a 2x2 local matrix.</summary>
        [Differentiable]
        public static double LocalArrays(double[] x)
        {
            var y = new double[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] * x[i];
                y[i] *= 2;
            }

            var m = new double[2, 2];
            m[0, 0] = x[0];
            m[1, 1] = m[0, 0] * x[1];
            m[0, 0] = m[1, 1] + 1;
            double s = 0;
            for (int i = 0; i < y.Length; i++)
            {
                s += y[i];
            }

            return s + m[0, 0] * m[1, 1];
        }

        /// <summary>A fixed-count Newton iteration for the square root of a: its derivative converges to 1 / (2 sqrt a).</summary>
        [Differentiable]
        public static double NewtonSqrt(double a)
        {
            double y = a;
            for (int k = 0; k < 40; k++)
            {
                y = 0.5 * (y + a / y);
            }

            return y;
        }

        /// <summary>Float inputs and result, with MathF.</summary>
        [Differentiable]
        public static float FloatFunction(float x, float[] v) => MathF.Sin(x) * v[0] + v[1] * v[1];

        /// <summary>A result that does not depend on x: gradient 0, and no adjoint left unread in the generated code.</summary>
        [Differentiable]
        public static double ConstantResult(double x)
        {
            double unused = x * x;
            return unused > 1 ? 2.0 : 3.0;
        }

        /// <summary>A [NoDerivative] scalar re-assigned in the body becomes a function of x.</summary>
        [Differentiable]
        public static double ConstantParameterReassigned(double x, [NoDerivative] double c)
        {
            c = c * x;
            return c * x;
        }
    }
}
