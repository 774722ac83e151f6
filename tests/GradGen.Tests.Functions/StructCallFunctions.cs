using System;
using GradGen;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// Calls to [Differentiable] methods of several statements that take structs (issue 19): the caller goes through
    /// the derivatives of the callee's flattened form.
    /// </summary>
    public static partial class StructCallFunctions
    {
        /// <summary>The energy of one spring between two points, in several statements (so it is not inlined).</summary>
        [Differentiable(Hessian = true)]
        public static double Spring(Vec2 a, Vec2 b, [NoDerivative] double rest)
        {
            double dx = b.X - a.X;
            double dy = b.Y - a.Y;
            double stretch = Math.Sqrt(dx * dx + dy * dy) - rest;
            return 0.5 * stretch * stretch;
        }

        /// <summary>A closed chain of springs, each through <see cref="Spring"/>.</summary>
        [Differentiable(Hessian = true)]
        public static double Chain(Vec2[] points, [NoDerivative] double rest)
        {
            double energy = 0;
            for (int i = 0; i < points.Length; i++)
            {
                energy += Spring(points[i], points[(i + 1) % points.Length], rest);
            }

            return energy;
        }

        /// <summary><see cref="Chain"/> with the spring written out in the loop: the same function, differentiated without a call.</summary>
        [Differentiable(Hessian = true)]
        public static double ChainWrittenOut(Vec2[] points, [NoDerivative] double rest)
        {
            double energy = 0;
            for (int i = 0; i < points.Length; i++)
            {
                Vec2 a = points[i];
                Vec2 b = points[(i + 1) % points.Length];
                double dx = b.X - a.X;
                double dy = b.Y - a.Y;
                double stretch = Math.Sqrt(dx * dx + dy * dy) - rest;
                energy += 0.5 * stretch * stretch;
            }

            return energy;
        }

        /// <summary>A sum over an array of structs, with a loop and a branch: passed whole by the caller.</summary>
        [Differentiable]
        public static double Spread(Vec2[] points, double weight)
        {
            double sum = 0;
            foreach (var p in points)
            {
                if (p.X > 0)
                {
                    sum += weight * p.X * p.X;
                }
                else
                {
                    sum += Math.Sin(p.Y) * weight;
                }
            }

            return sum;
        }

        /// <summary>
        /// Over plain numbers: struct locals built from <paramref name="x"/> and a local array of structs, through both
        /// callees above; x holds four points.
        /// </summary>
        [Differentiable(Hessian = true)]
        public static double Mixed(double[] x, [NoDerivative] double weight)
        {
            var a = new Vec2(x[0], x[1]);
            var b = new Vec2(x[2] * x[3], x[3]);
            Vec2[] points = new Vec2[x.Length / 2];
            for (int i = 0; i < points.Length; i++)
            {
                points[i] = new Vec2(x[2 * i], Math.Exp(0.3 * x[(2 * i) + 1]));
            }

            double e = Spring(a, b with { Y = b.Y + a.X }, 0.5);
            e += Spread(points, weight);
            e *= Spring(new Vec2(x[0], x[0] * x[1]), points[1], 0.25);
            return e;
        }

        /// <summary>A struct with constant and int fields passed whole to a callee of several statements.</summary>
        [Differentiable]
        public static double Charged(Particle particle, double scale)
        {
            double r = Math.Sqrt((particle.Position.X * particle.Position.X) + (particle.Position.Y * particle.Position.Y));
            double k = particle.Charge * particle.Mass * (particle.Id + 1);
            return scale * k / (1 + r);
        }

        /// <summary>
        /// Calls <see cref="Charged"/> with a constant particle and one built from it by <c>with</c>: the constant
        /// field reaches the callee as the parameter's own field, which carries no derivative.
        /// </summary>
        [Differentiable]
        public static double ChargedCaller(double[] x, [NoDerivative] Particle particle) =>
            Charged(particle, x[0] * x[2]) + Charged(particle with { Charge = x[1], Position = new Vec2(x[2], x[0]) }, x[0]);
    }
}
