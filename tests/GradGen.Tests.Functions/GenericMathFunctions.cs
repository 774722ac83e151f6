using System;
using System.Numerics;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// Generic math (issue 14, item 6): methods generic over <c>T : IFloatingPointIeee754&lt;T&gt;</c>, whose members
    /// the tests call with T = double and T = float.
    /// </summary>
    public static partial class GenericMathFunctions
    {
        /// <summary>sin(x) e^y + x² / 2: scalars, an expression body, a constant made by CreateChecked.</summary>
        [Differentiable]
        public static T Wave<T>(T x, T y)
            where T : IFloatingPointIeee754<T> => T.Sin(x) * T.Exp(y) + x * x / T.CreateChecked(2);

        /// <summary>
        /// √(Σ x_i²) over the positive elements, the running sum times cos(x_i) at the others: a loop, a branch, a
        /// local overwritten in the loop (which the reverse sweep keeps on a tape).
        /// </summary>
        [Differentiable]
        public static T Norm<T>(T[] x)
            where T : IFloatingPointIeee754<T>
        {
            T s = T.Zero;
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] > T.Zero)
                {
                    s += x[i] * x[i];
                }
                else
                {
                    s = s * T.Cos(x[i]);
                }
            }

            return T.Sqrt(s);
        }

        /// <summary>
        /// A statement body with the constants and functions a generic body may use: T.One, T.Pi, T.E,
        /// CreateTruncating of the loop counter and CreateSaturating of a constant, Pow, Log, Tanh, Atan2, Max, Abs,
        /// a while loop and a conditional; [NoDerivative] data of T and an int.
        /// </summary>
        [Differentiable]
        public static T Mixed<T>(T a, T[] w, [NoDerivative] T[] data, [NoDerivative] int n)
            where T : IFloatingPointIeee754<T>
        {
            T total = T.One;
            int k = 0;
            while (k < n)
            {
                T term = w[k] * data[k] + T.CreateTruncating(k) * a;
                total += term > T.Zero ? T.Pow(term, T.CreateSaturating(1.5)) : T.Tanh(term);
                k++;
            }

            T angle = T.Atan2(a, T.Pi) + T.Log(T.E + a * a);
            return total * angle + T.Max(T.Abs(a), w[0]) / T.CreateChecked(4);
        }

        /// <summary>x², called by the next two.</summary>
        [Differentiable]
        public static T Square<T>(T x)
            where T : IFloatingPointIeee754<T> => x * x;

        /// <summary>Σ x_i², through calls to <see cref="Square{T}(T)"/> in a foreach loop.</summary>
        [Differentiable]
        public static T SumOfSquares<T>(T[] x)
            where T : IFloatingPointIeee754<T>
        {
            T s = T.Zero;
            foreach (var v in x)
            {
                s += Square(v);
            }

            return s;
        }

        /// <summary>a² Σ x_i² + sin(a) e^(x_0) + a²/2: calls between generic methods, passing a scalar and an array.</summary>
        [Differentiable]
        public static T Calls<T>(T a, T[] x)
            where T : IFloatingPointIeee754<T> => Square(a) * SumOfSquares(x) + Wave(a, x[0]);

        /// <summary>
        /// A switch expression and statement, a local function of one expression (inlined) and one of several statements
        /// (a hidden helper, lifted to T too), and Clamp, FusedMultiplyAdd, ScaleB, Cbrt, Round and Log2.
        /// </summary>
        [Differentiable]
        public static T Constructs<T>(T x, T y, [NoDerivative] int mode)
            where T : IFloatingPointIeee754<T>
        {
            T Sq(T v) => v * v;
            T Poly(T v)
            {
                T r = T.Zero;
                for (int i = 0; i < 3; i++)
                {
                    r = (r * v) + T.One;
                }

                return r;
            }

            T k = mode switch { 0 => x, 1 or 2 => y, _ => x * y };
            switch (mode)
            {
                case 0:
                    k += Sq(x);
                    break;
                default:
                    k -= T.Log2((y * y) + T.One);
                    break;
            }

            return (k * Poly(x)) + T.Clamp(x, -T.One, T.One) + T.FusedMultiplyAdd(x, y, T.One) + T.ScaleB(x, 2) + T.Cbrt(y) + T.Round(x);
        }

        /// <summary><see cref="Constructs{T}(T, T, int)"/> written over double: its twin, derivative for derivative.</summary>
        [Differentiable]
        public static double ConstructsOverDouble(double x, double y, [NoDerivative] int mode)
        {
            double Sq(double v) => v * v;
            double Poly(double v)
            {
                double r = 0;
                for (int i = 0; i < 3; i++)
                {
                    r = (r * v) + 1;
                }

                return r;
            }

            double k = mode switch { 0 => x, 1 or 2 => y, _ => x * y };
            switch (mode)
            {
                case 0:
                    k += Sq(x);
                    break;
                default:
                    k -= Math.Log2((y * y) + 1);
                    break;
            }

            return (k * Poly(x)) + Math.Clamp(x, -1, 1) + Math.FusedMultiplyAdd(x, y, 1) + Math.ScaleB(x, 2) + Math.Cbrt(y) + Math.Round(x);
        }

        /// <summary>An instance method and a generic method of a generic type: k x³ with k read from the instance.</summary>
        public partial class Scaled<TTag>
        {
            /// <summary>The factor, a constant for the derivatives.</summary>
            public double K { get; set; } = 3;

            /// <summary>k x³.</summary>
            [Differentiable]
            public T Cube<T>(T x)
                where T : IFloatingPointIeee754<T> => T.CreateChecked(K) * x * x * x;
        }
    }
}
