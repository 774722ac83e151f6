using System;
using System.Numerics;
using GradGen;

namespace GradGen.Tests.Functions
{
    /// <summary>A pendulum as a plain mutable struct whose [Differentiable] member has several statements and never assigns its fields.</summary>
    public partial struct PendulumState
    {
        /// <summary>The angle from the vertical.</summary>
        public double Angle;

        /// <summary>The length of the rod.</summary>
        public double Length;

        /// <summary>A constant: its partial derivative is 0.</summary>
        [NoDerivative]
        public double Mass;

        /// <summary>How high the bob is above its lowest point: a member without [Differentiable] and without parameters, copied flattened where a body calls it.</summary>
        public double Height()
        {
            double c = Math.Cos(Angle);
            return Length * (1 - c);
        }

        /// <summary>The potential energy m g L (1 - cos angle), in several statements.</summary>
        [Differentiable(Hessian = true)]
        public double Potential(double g)
        {
            double c = Math.Cos(Angle);
            double height = Length * (1 - c);
            return Mass * g * height;
        }
    }

    /// <summary>
    /// Calls that go through hidden flattened copies written into this type (issue 19): an instance member of a struct
    /// of several statements, a method of several statements that returns a struct, and such methods of another type.
    /// </summary>
    public static partial class StructCopyFunctions
    {
        /// <summary>The distance from a to b, in several statements (a [Differentiable] method of another type would be inlined if it were one expression).</summary>
        [Differentiable]
        public static double Distance(Vec2 a, Vec2 b)
        {
            double dx = b.X - a.X;
            double dy = b.Y - a.Y;
            return Math.Sqrt(dx * dx + dy * dy);
        }

        /// <summary>A closed chain of springs through <see cref="StructCallFunctions.Spring"/>, a method of another type.</summary>
        [Differentiable(Hessian = true)]
        public static double Chain(Vec2[] points, [NoDerivative] double rest)
        {
            double energy = 0;
            for (int i = 0; i < points.Length; i++)
            {
                energy += StructCallFunctions.Spring(points[i], points[(i + 1) % points.Length], rest);
            }

            return energy;
        }

        /// <summary>The perimeter of a closed polygon, through the instance member <see cref="Vec2.DistanceTo"/> of several statements.</summary>
        [Differentiable(Hessian = true)]
        public static double Perimeter(Vec2[] points)
        {
            double sum = 0;
            for (int i = 0; i < points.Length; i++)
            {
                Vec2 next = points[(i + 1) % points.Length];
                sum += points[i].DistanceTo(next);
            }

            return sum;
        }

        /// <summary><see cref="Perimeter"/> through the computed property <see cref="Vec2.Length"/>.</summary>
        [Differentiable(Hessian = true)]
        public static double PerimeterByLength(Vec2[] points)
        {
            double sum = 0;
            for (int i = 0; i < points.Length; i++)
            {
                Vec2 next = points[(i + 1) % points.Length];
                Vec2 d = new Vec2(next.X - points[i].X, next.Y - points[i].Y);
                sum += d.Length;
            }

            return sum;
        }

        /// <summary>The perpendicular dot product a.Perp . b = a.X b.Y - a.Y b.X, through a struct-valued computed property.</summary>
        [Differentiable]
        public static double PerpDot(Vec2 a, Vec2 b) => a.Perp.X * b.X + a.Perp.Y * b.Y;

        /// <summary><see cref="Perimeter"/> written out: the same function without the call.</summary>
        [Differentiable(Hessian = true)]
        public static double PerimeterWrittenOut(Vec2[] points)
        {
            double sum = 0;
            for (int i = 0; i < points.Length; i++)
            {
                Vec2 next = points[(i + 1) % points.Length];
                double dx = next.X - points[i].X;
                double dy = next.Y - points[i].Y;
                sum += Math.Sqrt(dx * dx + dy * dy);
            }

            return sum;
        }

        /// <summary>Each point turned by a multiple of theta through <see cref="StructFunctions.Rotate"/> (another type, a struct result), then measured.</summary>
        [Differentiable(Hessian = true)]
        public static double Turned(Vec2[] points, double theta)
        {
            double sum = 0;
            for (int i = 0; i < points.Length; i++)
            {
                Vec2 r = StructFunctions.Rotate(points[i], theta * (i + 1));
                sum += r.X * r.X + 2 * r.Y + Math.Sin(r.X * r.Y);
            }

            return sum;
        }

        /// <summary><see cref="Turned"/> written out.</summary>
        [Differentiable(Hessian = true)]
        public static double TurnedWrittenOut(Vec2[] points, double theta)
        {
            double sum = 0;
            for (int i = 0; i < points.Length; i++)
            {
                double c = Math.Cos(theta * (i + 1));
                double s = Math.Sin(theta * (i + 1));
                double x = c * points[i].X - s * points[i].Y;
                double y = s * points[i].X + c * points[i].Y;
                sum += x * x + 2 * y + Math.Sin(x * y);
            }

            return sum;
        }

        /// <summary>A half turn of a point after a turn: a struct result read whole, into a struct local and as an argument, and returned.</summary>
        [Differentiable]
        public static Vec2 TurnAndAHalf(Vec2 p, double theta)
        {
            Vec2 q = StructFunctions.Rotate(p, theta);
            return StructFunctions.Rotate(q, 0.5 * theta);
        }

        /// <summary>The potential energy of pendulums, through their member of several statements on each element.</summary>
        [Differentiable(Hessian = true)]
        public static double Potential(PendulumState[] pendulums, double g)
        {
            double sum = 0;
            for (int i = 0; i < pendulums.Length; i++)
            {
                sum += pendulums[i].Potential(g);
            }

            return sum;
        }

        /// <summary>The sum of the squared heights, through a plain member of the struct without [Differentiable].</summary>
        [Differentiable(Hessian = true)]
        public static double SquaredHeights(PendulumState[] pendulums)
        {
            double sum = 0;
            for (int i = 0; i < pendulums.Length; i++)
            {
                double h = pendulums[i].Height();
                sum += h * h;
            }

            return sum;
        }

        /// <summary>The midpoint, a plain static helper without [Differentiable] that returns a struct.</summary>
        private static Vec2 Midpoint(Vec2 a, Vec2 b)
        {
            Vec2 sum = a + b;
            return 0.5 * sum;
        }

        /// <summary>|midpoint(a, b)|^2 through the plain helper.</summary>
        [Differentiable]
        public static double MidpointNorm(Vec2 a, Vec2 b)
        {
            Vec2 m = Midpoint(a, b);
            return m.X * m.X + m.Y * m.Y;
        }

        /// <summary>
        /// Over plain numbers: struct locals and a local array of structs built from x, through every kind of copy:
        /// a member of several statements on a local and on an element, a struct result read by field and passed on,
        /// and a method of another type. x holds six numbers.
        /// </summary>
        [Differentiable(Hessian = true)]
        public static double Mixed(double[] x)
        {
            var a = new Vec2(x[0], x[1]);
            Vec2[] points = new Vec2[3];
            for (int i = 0; i < points.Length; i++)
            {
                points[i] = new Vec2(x[2 * i] * x[1], Math.Exp(0.3 * x[(2 * i) + 1]));
            }

            double e = a.DistanceTo(points[1]) + points[2].DistanceTo(a);
            Vec2 turned = StructFunctions.Rotate(points[0], x[5]);
            e += turned.Y * Distance(turned, StructFunctions.Rotate(a, x[4]));
            e += a.Toward(points[2], x[3]).Y * points[1].Toward(turned, 0.25).X;
            if (turned.X > 0)
            {
                e += StructFunctions.Rotate(turned, x[1]).X;
            }

            return e;
        }
    }
}
