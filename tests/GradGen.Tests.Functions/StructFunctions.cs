using System;
using System.Numerics;
using GradGen;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// A point in the plane, as a record struct: its primary constructor maps its arguments to its fields; its
    /// [Differentiable] operators and members of one expression are inlined where a body calls them.
    /// </summary>
    public readonly partial record struct Vec2(double X, double Y)
    {
        /// <summary>The sum, field by field.</summary>
        [Differentiable]
        public static Vec2 operator +(Vec2 a, Vec2 b) => new Vec2(a.X + b.X, a.Y + b.Y);

        /// <summary>The scaled vector.</summary>
        [Differentiable]
        public static Vec2 operator *(double s, Vec2 a) => new Vec2(s * a.X, s * a.Y);

        /// <summary>The dot product; GradGen also writes its own derivatives (DotGradient returns two Vec2).</summary>
        [Differentiable]
        public static double Dot(Vec2 a, Vec2 b) => a.X * b.X + a.Y * b.Y;

        /// <summary>The z component of the cross product, an instance member reading this struct's fields by name.</summary>
        [Differentiable]
        public double Cross(Vec2 other) => X * other.Y - Y * other.X;

        /// <summary>The distance to another point, an instance member of several statements: called through a hidden flattened copy.</summary>
        [Differentiable]
        public double DistanceTo(Vec2 other)
        {
            double dx = other.X - X;
            double dy = other.Y - this.Y;
            return Math.Sqrt(dx * dx + dy * dy);
        }

        /// <summary>The length, a computed property: read through a flattened copy of its getter.</summary>
        public double Length => Math.Sqrt(X * X + Y * Y);

        /// <summary>The vector turned a quarter turn, a computed property of several statements whose value is a struct.</summary>
        public Vec2 Perp
        {
            get
            {
                double x = -Y;
                return new Vec2(x, X);
            }
        }

        /// <summary>The point a fraction t of the way to another, an instance member of several statements that returns a struct.</summary>
        [Differentiable]
        public Vec2 Toward(Vec2 other, double t)
        {
            double x = X + t * (other.X - X);
            double y = Y + t * (other.Y - Y);
            return new Vec2(x, y);
        }
    }

    /// <summary>A plain mutable struct with a constant field and an int field (both carried, never differentiated).</summary>
    public struct Particle
    {
        /// <summary>Where it is.</summary>
        public Vec2 Position;

        /// <summary>Differentiated like the position.</summary>
        public double Charge;

        /// <summary>A constant: its partial derivative is 0.</summary>
        [NoDerivative]
        public double Mass;

        /// <summary>Carried through, never differentiated.</summary>
        public int Id;
    }

    /// <summary>A readonly struct built only through its constructor of plain field assignments.</summary>
    public readonly struct Polar
    {
        /// <summary>Assigns each field from a parameter, nothing else.</summary>
        public Polar(double radius, double angle)
        {
            Radius = radius;
            Angle = angle;
        }

        /// <summary>The distance from the origin.</summary>
        public readonly double Radius;

        /// <summary>The angle from the x axis.</summary>
        public readonly double Angle;
    }

    /// <summary>[Differentiable] methods over structs (issue 19), checked against closed forms.</summary>
    public static partial class StructFunctions
    {
        /// <summary>x^2 y + sin(y): a struct parameter read field by field.</summary>
        [Differentiable(Hessian = true)]
        public static double Bump(Vec2 p) => p.X * p.X * p.Y + Math.Sin(p.Y);

        /// <summary>
        /// The energy of springs of rest length r0 and stiffness k between the points of a chain of a ring, each pair
        /// (i, i + 1 mod n): sum of k/2 (|p_i - p_j| - r0)^2.
        /// </summary>
        [Differentiable]
        public static double SpringEnergy(Vec2[] points, [NoDerivative] double k, [NoDerivative] double restLength)
        {
            double energy = 0;
            for (int i = 0; i < points.Length; i++)
            {
                Vec2 a = points[i];
                Vec2 b = points[(i + 1) % points.Length];
                Vec2 d = new Vec2(b.X - a.X, b.Y - a.Y);
                double stretch = Math.Sqrt(d.X * d.X + d.Y * d.Y) - restLength;
                energy += 0.5 * k * stretch * stretch;
            }

            return energy;
        }

        /// <summary>|p|, with p passed by 'in'.</summary>
        [Differentiable]
        public static double Norm(in Vec2 p) => Math.Sqrt(p.X * p.X + p.Y * p.Y);

        /// <summary>The struct's own operators and members, and a [Differentiable] method taking a struct, inlined.</summary>
        [Differentiable]
        public static double Operators(Vec2 a, Vec2 b, double s)
        {
            Vec2 c = a + s * b;
            return Vec2.Dot(c, c) + a.Cross(b) + Bump(c);
        }

        /// <summary>The rotation of p by theta, returned as a struct: its fields are the outputs.</summary>
        [Differentiable]
        public static Vec2 Rotate(Vec2 p, double theta)
        {
            double c = Math.Cos(theta);
            double s = Math.Sin(theta);
            return new Vec2(c * p.X - s * p.Y, s * p.X + c * p.Y);
        }

        /// <summary>The Lennard-Jones energy of a cluster: sum over pairs of 4 (r^-12 - r^-6), with sigma = epsilon = 1.</summary>
        [Differentiable]
        public static float LennardJones(Vector3[] atoms)
        {
            float energy = 0;
            for (int i = 0; i < atoms.Length; i++)
            {
                for (int j = i + 1; j < atoms.Length; j++)
                {
                    float r2 = Vector3.DistanceSquared(atoms[i], atoms[j]);
                    float inv6 = 1 / (r2 * r2 * r2);
                    energy += 4 * (inv6 * inv6 - inv6);
                }
            }

            return energy;
        }

        /// <summary>Locals, 'with', compound field writes and a swap through a struct assignment.</summary>
        [Differentiable]
        public static double WithAndSwap(Vec2 p, double t)
        {
            Vec2 q = p with { Y = p.Y * t };
            q = new Vec2(q.Y, q.X);
            Particle particle = default;
            particle.Position = q;
            particle.Position = particle.Position with { X = particle.Position.X + 1 };
            particle.Charge = t;
            particle.Charge *= q.X;
            return particle.Position.X * particle.Position.Y + particle.Charge;
        }

        /// <summary>A plain struct parameter with a [NoDerivative] field and an int field, and a struct built by its constructor.</summary>
        [Differentiable]
        public static double Field(Particle particle, Polar polar)
        {
            var p = new Polar(polar.Radius * particle.Charge, polar.Angle);
            return p.Radius * Math.Cos(p.Angle) * particle.Position.X / particle.Mass + particle.Id;
        }

        /// <summary>System.Numerics operators, Dot, Length, Cross, and a local array of vectors.</summary>
        [Differentiable]
        public static float Numerics(Vector3[] v, Vector3 axis, float scale)
        {
            Vector3[] shifted = new Vector3[v.Length];
            Vector3 sum = Vector3.Zero;
            for (int i = 0; i < v.Length; i++)
            {
                shifted[i] = (v[i] - axis) * scale;
                sum += shifted[i];
            }

            float total = 0;
            foreach (Vector3 s in shifted)
            {
                total += Vector3.Dot(s, axis) + Vector3.Cross(s, axis).Length();
            }

            return total + sum.LengthSquared() / 2;
        }
    }
}
