using System.Collections.Generic;

namespace GradGen.Tests.Hardening.Fuzzing
{
    /// <summary>Real [Differentiable] code: every shape the generator emits, as users write it. The fuzzer mutates these.</summary>
    internal static class FuzzCorpus
    {
        public static readonly IReadOnlyList<string> Sources = new[]
        {
            """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double Squared(double x) => x * x;

                [Differentiable(Step = 1e-7)]
                public static double F(double a, double b) => a * a + a * b;

                [Differentiable(Step = 1e-7)]
                public static double F(double[] x) => x[0] * x[0] + x[0] * x[1];
            }
            """,
            """
            using System;
            using GradGen;
            namespace Demo
            {
                public static partial class Notebook
                {
                    [Differentiable]
                    public static double Loss(double[,] w, [NoDerivative] double[] x, [NoDerivative] double[] t)
                    {
                        int inputs = w.GetLength(0), outputs = w.GetLength(1);
                        var exponentials = new double[outputs];
                        double sum = 0;
                        for (int j = 0; j < outputs; j++)
                        {
                            double z = 0;
                            for (int i = 0; i < inputs; i++)
                            {
                                z += x[i] * w[i, j];
                            }

                            exponentials[j] = Math.Exp(z);
                            sum += exponentials[j];
                        }

                        double loss = 0;
                        for (int j = 0; j < outputs; j++)
                        {
                            loss += t[j] * Math.Log(exponentials[j] / sum + 1e-7);
                        }

                        return -loss;
                    }
                }
            }
            """,
            """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double Affine(double[,] w, double bias, [NoDerivative] string label) => w[0, 0] + bias + label.Length;

                [Differentiable]
                public static float Energy(float[] x, float k, double c) => k * x[0] * x[0] + (float)c;

                [Differentiable]
                public static double Sum(double[,,] cube) => cube[0, 0, 0] + cube[1, 0, 2];
            }
            """,
            """
            using GradGen;
            namespace Demo;
            public partial struct Spring
            {
                public double K;
                [Differentiable]
                internal double Energy(double x) => 0.5 * K * x * x;
            }
            public partial record Model(double Scale)
            {
                [Differentiable]
                public double Value(double[] x) => Scale * x[0];
            }
            public readonly partial record struct Pair(double A)
            {
                [Differentiable]
                private double Product(double b) => A * b;
            }
            """,
            """
            using GradGen;
            public partial class Outer<T> where T : class
            {
                protected partial class Inner<TKey, TValue>
                {
                    [Differentiable]
                    protected internal static double Cube(double x, [NoDerivative] T? tag) => x * x * x;
                }
            }
            """,
            """
            using GradGen;
            namespace Demo;
            public static partial class VectorExtensions
            {
                [Differentiable]
                public static double Norm2(this double[] v, [NoDerivative] ref int calls, [NoDerivative] in double scale)
                {
                    calls++;
                    return scale * (v[0] * v[0] + v[1] * v[1]);
                }

                [Differentiable]
                public static double Clash(double[] step, double value, double stepGradient, [NoDerivative] int original, [NoDerivative] int @double) => step[0] * value + stepGradient;
            }
            """,
            """
            namespace Demo
            {
                using GradGen;

                public partial class Outer
                {
                    public partial struct Inner
                    {
                        [GradGen.Differentiable(Step = 0.001)]
                        public double Rosenbrock(double[] p, [NoDerivative] double a = 1, [NoDerivative] double b = 100)
                        {
                            double x = p[0], y = p[1];
                            return (a - x) * (a - x) + b * (y - x * x) * (y - x * x);
                        }

                        [DifferentiableAttribute]
                        public static double Both(double x, float y) => x * y;
                    }
                }
            }
            """,
            """
            using GradGen;
            namespace @class
            {
                public static partial class @event
                {
                    [Differentiable]
                    public static double Signature(double[] x, [NoDerivative] ref readonly double scale, [NoDerivative] out int calls, [NoDerivative] (int a, string b) tag)
                    {
                        calls = tag.a;
                        return x.Length == 0 ? scale : x[0] * scale;
                    }

                    [Differentiable]
                    public static double Delegates(params double[] x) => x.Length;

                    [Differentiable]
                    public static float Mixed(float[,] m, double d, [NoDerivative] System.Func<double, double> g, [NoDerivative] string? name = null) => m[0, 0] + (float)g(d);
                }

                public partial interface IModel<in T>
                {
                    [Differentiable]
                    double Evaluate(double[] x, [NoDerivative] T context);
                }
            }
            """,
            """
            using System;
            using GradGen;
            namespace Demo.Helpers
            {
                public static class VectorMath
                {
                    public static readonly double Eps = 1e-9;

                    public static double Dot(double[] a, double[] b)
                    {
                        double s = 0;
                        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                        return s;
                    }

                    public static double Norm(double[] a) => Math.Sqrt(Dot(a, a) + Eps);
                }

                public partial class Classifier
                {
                    private double _bias = 0.5;

                    [Differentiable(Hessian = true)]
                    public double Loss(double[] w, [NoDerivative] double[] x, [NoDerivative] double label)
                    {
                        double p = Sigmoid(VectorMath.Dot(w, x) + _bias);
                        return -(label * Math.Log(p) + (1 - label) * Math.Log(1 - p)) + Penalty(w, 0.01);

                        static double Penalty(double[] v, double lambda)
                        {
                            double n = VectorMath.Norm(v);
                            return lambda * n * n;
                        }
                    }

                    private double Sigmoid(double z)
                    {
                        double e = Math.Exp(-z);
                        return 1 / (1 + e);
                    }

                    protected virtual double Scale(double v) => v;

                    [Differentiable]
                    public double Scaled(double v) => Scale(v) * Recurse(v, 3);

                    private static double Recurse(double v, int n) { if (n == 0) return v; return Recurse(v * v, n - 1); }
                }
            }
            """,
            """
            using System;
            using GradGen;
            namespace Demo;
            public static partial class Ragged
            {
                [Differentiable]
                public static double Sum(double[][] x, [NoDerivative] float[][] weights)
                {
                    var squares = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++)
                    {
                        squares[i] = new double[x[i].Length];
                        for (int j = 0; j < x[i].Length; j++) squares[i][j] = x[i][j] * x[i][j] * weights[i][j];
                    }

                    double s = 0;
                    foreach (var row in squares)
                    {
                        foreach (var v in row) s += Math.Sqrt(1 + v);
                    }

                    return s + Dot(x, squares);
                }

                [Differentiable]
                public static double Dot(double[][] a, double[][] b) { double s = 0; for (int i = 0; i < a.Length; i++) for (int j = 0; j < a[i].Length; j++) s += a[i][j] * b[i][j]; return s; }
            }
            """,
            """
            using System;
            using GradGen;
            namespace Demo;
            public static partial class Spans
            {
                [Differentiable]
                public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

                [Differentiable]
                public static float Halves(Span<float> x, [NoDerivative] ReadOnlySpan<double> c, double k)
                {
                    var first = x.Slice(0, x.Length / 2);
                    var rest = x[first.Length..];
                    float s = 0;
                    foreach (var v in rest) s += v * first[0];
                    return s + (float)(k * Dot(c[..2], c.Slice(1, 2)));
                }
            }
            """,
            """
            using System.Numerics;
            using GradGen;
            namespace Demo;
            public static partial class GenericMath
            {
                [Differentiable]
                public static T Square<T>(T x) where T : IFloatingPointIeee754<T> => x * x;

                [Differentiable]
                public static T Norm<T>(T[] x, [NoDerivative] int n) where T : IFloatingPointIeee754<T>
                {
                    T s = T.Zero;
                    for (int i = 0; i < n; i++)
                    {
                        s += x[i] > T.Zero ? Square(x[i]) : T.Exp(x[i]) * T.CreateChecked(0.5);
                    }

                    return T.Sqrt(s + T.One) * T.Pi;
                }
            }
            """,
            """
            using System;
            using GradGen;
            namespace Demo;
            public static partial class Everyday
            {
                [Differentiable]
                public static double Log(double x) => Math.Log(x);

                [Differentiable]
                public static double Log(double x, double b) => Math.Log(x) / Math.Log(b);

                [Differentiable]
                public static double Piecewise(double x, int mode = 1, double scale = 2.5)
                {
                    double Soft(double v) { double e = Math.Exp(-v); return 1 / (1 + e); }
                    double y = mode switch { 0 => x, 1 or 2 => Math.Clamp(x, -1, 1), _ => Math.FusedMultiplyAdd(x, x, 1) };
                    switch (mode)
                    {
                        case 0: y += Math.Log2(1 + x * x); break;
                        default: y = Math.CopySign(y, x) + Soft(x); break;
                    }

                    return double.IsFinite(y) ? scale * y : 0;
                }
            }
            """,
            """
            using System;
            using GradGen;
            namespace Demo;
            public readonly record struct Vec2(double X, double Y);
            public static partial class Springs
            {
                [Differentiable]
                public static double Spring(Vec2 a, Vec2 b, [NoDerivative] double rest)
                {
                    double dx = b.X - a.X, dy = b.Y - a.Y;
                    double stretch = Math.Sqrt(dx * dx + dy * dy) - rest;
                    return 0.5 * stretch * stretch;
                }

                [Differentiable(Hessian = true)]
                public static double Chain(Vec2[] points, [NoDerivative] double rest)
                {
                    double e = 0;
                    for (int i = 0; i < points.Length; i++) e += Spring(points[i], points[(i + 1) % points.Length], rest);
                    return e;
                }
            }
            """,
            """
            using System;
            using GradGen;
            namespace Demo;
            public readonly partial record struct Vec2(double X, double Y)
            {
                [Differentiable]
                public double DistanceTo(Vec2 other)
                {
                    double dx = other.X - X, dy = other.Y - Y;
                    return Math.Sqrt(dx * dx + dy * dy);
                }
            }
            public static partial class Turns
            {
                [Differentiable]
                public static Vec2 Rotate(Vec2 p, double theta)
                {
                    double c = Math.Cos(theta), s = Math.Sin(theta);
                    return new Vec2(c * p.X - s * p.Y, s * p.X + c * p.Y);
                }
            }
            public static partial class Shapes
            {
                [Differentiable(Hessian = true)]
                public static double Perimeter(Vec2[] points, double theta)
                {
                    double sum = 0;
                    for (int i = 0; i < points.Length; i++)
                    {
                        Vec2 next = Turns.Rotate(points[(i + 1) % points.Length], theta);
                        sum += points[i].DistanceTo(next);
                    }

                    return sum;
                }
            }
            """,
        };
    }
}
