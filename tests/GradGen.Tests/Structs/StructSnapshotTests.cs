using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Structs
{
    /// <summary>The generated code of methods with structs (issue 19): the flattened method and the struct-shaped members over it.</summary>
    public class StructSnapshotTests
    {
        [Fact]
        public void RecordStructParameterAndArray()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo;
                public readonly record struct Vec2(double X, double Y);
                public static partial class Net
                {
                    [Differentiable]
                    public static double Energy(Vec2[] p, Vec2 anchor)
                    {
                        double e = 0;
                        foreach (var q in p)
                        {
                            Vec2 d = q with { X = q.X - anchor.X };
                            e += d.X * d.X + (d.Y - anchor.Y) * (d.Y - anchor.Y);
                        }

                        return e;
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }

        [Fact]
        public void CallToAStructMethodOfSeveralStatementsGoesThroughItsFlattenedForm()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo;
                public readonly record struct Vec2(double X, double Y);
                public static partial class Net
                {
                    [Differentiable]
                    public static double Spring(Vec2 a, Vec2 b)
                    {
                        double dx = b.X - a.X;
                        double dy = b.Y - a.Y;
                        return dx * dx + dy * dy;
                    }

                    [Differentiable]
                    public static double Pull(Vec2[] ps, double t)
                    {
                        var anchor = new Vec2(t, 2 * t);
                        return Spring(ps[0], anchor) + Spring(anchor, ps[1]);
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }

        [Fact]
        public void CallsToAMemberAndAStructResultGoThroughHiddenFlattenedCopies()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo;
                public readonly partial record struct Vec2(double X, double Y)
                {
                    [Differentiable]
                    public double DistanceTo(Vec2 other)
                    {
                        double dx = other.X - X;
                        double dy = other.Y - Y;
                        return System.Math.Sqrt(dx * dx + dy * dy);
                    }
                }
                public static partial class Geometry
                {
                    [Differentiable]
                    public static Vec2 Scale(Vec2 p, double s)
                    {
                        double k = s * s;
                        return new Vec2(k * p.X, k * p.Y);
                    }
                }
                public static partial class Net
                {
                    [Differentiable]
                    public static double Gap(Vec2 a, double s) => a.DistanceTo(Geometry.Scale(a, s));
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }

        [Fact]
        public void OverloadsWhoseStructsHaveTheSameLeavesCompile()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                namespace Demo;
                public record struct Vec2(double X, double Y);
                public record struct Polar(double R, double Theta);
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(Vec2 p) => p.X * p.Y;

                    [Differentiable]
                    public static double F(Polar p) => p.R * System.Math.Cos(p.Theta);
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }

        [Fact]
        public void StructResultIsVectorValued()
        {
            var run = GeneratorHarness.Run("""
                using System;
                using System.Numerics;
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable]
                    public static Vector2 Rotate(Vector2 p, float theta) =>
                        new Vector2(MathF.Cos(theta) * p.X - MathF.Sin(theta) * p.Y, MathF.Sin(theta) * p.X + MathF.Cos(theta) * p.Y);
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }
    }
}
