using System;
using System.Linq;
using GradGen.Tests.Exact;
using GradGen.Tests.Functions;
using GradGen.Tests.Infrastructure;
using GradGen.Tests.Jacobian;
using Xunit;

namespace GradGen.Tests.Structs
{
    /// <summary>
    /// Calls that go through hidden flattened copies written into the caller's type (issue 19): an instance member of
    /// a struct of several statements, methods of several statements that return a struct (one copy per leaf), and
    /// such methods declared in another type. Against closed forms, against the same function written without the
    /// call (gradient and exact Hessian), and against forward mode and Richardson.
    /// </summary>
    public class StructCopyTests
    {
        private static Vec2[] Ring(int n, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, n).Select(i => new Vec2(Math.Cos(i) + (0.3 * random.NextDouble()), Math.Sin(i) + (0.3 * random.NextDouble()))).ToArray();
        }

        private static void CloseEach(Vec2[] expected, Vec2[] actual, double tolerance)
        {
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Precision.Close(expected[i].X, actual[i].X, tolerance, "[" + i + "].X");
                Precision.Close(expected[i].Y, actual[i].Y, tolerance, "[" + i + "].Y");
            }
        }

        [Fact]
        public void MethodOfAnotherTypeGivesTheGradientAndHessianOfTheSameFunctionInItsOwnType()
        {
            var points = Ring(6, 3);
            Assert.Equal(StructCallFunctions.Chain(points, 0.7), StructCopyFunctions.Chain(points, 0.7));
            CloseEach(StructCallFunctions.ChainGradient(points, 0.7), StructCopyFunctions.ChainGradient(points, 0.7), 1e-13);
            JacobianRuntimeTests.Close(StructCallFunctions.ChainWrittenOutHessian(points, 0.7), StructCopyFunctions.ChainHessian(points, 0.7), 1e-12);
        }

        [Fact]
        public void InstanceMemberOfSeveralStatementsHasTheClosedFormGradient()
        {
            var points = Ring(5, 7);
            var expected = new Vec2[points.Length];
            for (var i = 0; i < points.Length; i++)
            {
                var j = (i + 1) % points.Length;
                double dx = points[j].X - points[i].X, dy = points[j].Y - points[i].Y;
                var length = Math.Sqrt((dx * dx) + (dy * dy));
                expected[j] = new Vec2(expected[j].X + (dx / length), expected[j].Y + (dy / length));
                expected[i] = new Vec2(expected[i].X - (dx / length), expected[i].Y - (dy / length));
            }

            CloseEach(expected, StructCopyFunctions.PerimeterGradient(points), 1e-12);
            Assert.Equal(StructCopyFunctions.PerimeterWrittenOut(points), StructCopyFunctions.Perimeter(points), 12);
            var tangent = Ring(5, 9);
            Precision.Close(
                StructCopyFunctions.PerimeterWrittenOutDirectionalDerivative(points, tangent),
                StructCopyFunctions.PerimeterDirectionalDerivative(points, tangent),
                1e-12);
            JacobianRuntimeTests.Close(StructCopyFunctions.PerimeterWrittenOutHessian(points), StructCopyFunctions.PerimeterHessian(points), 1e-12);
        }

        [Fact]
        public void MemberOfAPlainStructCarriesItsConstantFieldAndHasTheClosedFormGradient()
        {
            var pendulums = new[]
            {
                new PendulumState { Angle = 0.4, Length = 1.2, Mass = 2 },
                new PendulumState { Angle = -1.1, Length = 0.7, Mass = 0.5 },
            };
            const double g = 9.81;
            var (gradient, gGradient) = StructCopyFunctions.PotentialGradient(pendulums, g);
            var expectedG = 0.0;
            for (var i = 0; i < pendulums.Length; i++)
            {
                var p = pendulums[i];
                Precision.Close(p.Mass * g * p.Length * Math.Sin(p.Angle), gradient[i].Angle, 1e-13, "[" + i + "].Angle");
                Precision.Close(p.Mass * g * (1 - Math.Cos(p.Angle)), gradient[i].Length, 1e-13, "[" + i + "].Length");
                Assert.Equal(0, gradient[i].Mass);
                expectedG += p.Mass * p.Length * (1 - Math.Cos(p.Angle));
            }

            Precision.Close(expectedG, gGradient, 1e-13, "g");
        }

        [Fact]
        public void StructResultOfSeveralStatementsGivesTheGradientAndHessianWrittenOut()
        {
            var points = Ring(4, 13);
            const double theta = 0.35;
            Precision.Close(StructCopyFunctions.TurnedWrittenOut(points, theta), StructCopyFunctions.Turned(points, theta), 1e-13, "value");
            var (gradient, thetaGradient) = StructCopyFunctions.TurnedGradient(points, theta);
            var (expected, expectedTheta) = StructCopyFunctions.TurnedWrittenOutGradient(points, theta);
            CloseEach(expected, gradient, 1e-12);
            Precision.Close(expectedTheta, thetaGradient, 1e-12, "theta");
            JacobianRuntimeTests.Close(StructCopyFunctions.TurnedWrittenOutHessian(points, theta), StructCopyFunctions.TurnedHessian(points, theta), 1e-12);
        }

        [Fact]
        public void StructResultReadWholeAndReturnedHasTheJacobianOfOneTurn()
        {
            var p = new Vec2(0.8, -0.3);
            const double theta = 0.6;
            var angle = 1.5 * theta;
            double c = Math.Cos(angle), s = Math.Sin(angle);
            var value = StructCopyFunctions.TurnAndAHalf(p, theta);
            Precision.Close((c * p.X) - (s * p.Y), value.X, 1e-14, "X");
            Precision.Close((s * p.X) + (c * p.Y), value.Y, 1e-14, "Y");
            var expected = new double[,]
            {
                { c, -s, 1.5 * ((-s * p.X) - (c * p.Y)) },
                { s, c, 1.5 * ((c * p.X) - (s * p.Y)) },
            };
            JacobianRuntimeTests.Close(expected, StructCopyFunctions.TurnAndAHalfJacobian(p, theta), 1e-13);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        public void CallsThroughCopiesAgreeWithForwardModeAndRichardson(int seed)
        {
            var random = new Random(seed);
            var x = Enumerable.Range(0, 6).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
            DifferentialOracle.AssertAgrees(typeof(StructCopyFunctions), nameof(StructCopyFunctions.Mixed), x);
        }

        [Fact]
        public void HessianThroughCopiesIsSymmetricAndMatchesTheDifference()
        {
            var x = new[] { 0.3, -0.4, 0.8, 0.5, -0.6, 0.2 };
            var hessian = StructCopyFunctions.MixedHessian(x);
            var scale = hessian.Cast<double>().Max(Math.Abs);
            for (var i = 0; i < x.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    Assert.True(Math.Abs(hessian[i, j] - hessian[j, i]) <= 1e-12 * scale, "[" + i + ", " + j + "]: " + hessian[i, j] + " against " + hessian[j, i]);
                }
            }

            JacobianRuntimeTests.Close(StructCopyFunctions.MixedHessianCenteredDiff(x), hessian, 1e-6);
        }

        /// <summary>Compiles <paramref name="source"/> with GradGen, asserts that it gives no diagnostic at all, and returns <c>Sim.LossGradient(x)</c>.</summary>
        private static double GradientOfLoss(string source, double x) => Convert.ToDouble(GradientOfLoss(source, (object)x));

        private static object GradientOfLoss(string source, object x)
        {
            var run = GeneratorHarness.Run("using GradGen;\nusing System.Numerics;\npublic record struct Vec2(double X, double Y);\n" + source);
            Assert.Empty(run.Diagnostics);
            var sim = run.Load().GetType("Sim")!;
            return sim.GetMethod("LossGradient", new[] { x.GetType() })!.Invoke(null, new[] { x })!;
        }

        [Fact]
        public void FloatStructResultOfSeveralStatementsGoesThroughFloatCopies()
        {
            // mid = (2x, x, 1): |mid|^2 = 5 x^2 + 1.
            var gradient = (float)GradientOfLoss("""
                public static partial class Sim
                {
                    [Differentiable]
                    public static Vector3 Mid(Vector3 a, Vector3 b) { var s = a + b; return s * 0.5f; }

                    [Differentiable]
                    public static float Loss(float x) => Mid(new Vector3(x, 2 * x, 1), new Vector3(3 * x, 0, 1)).LengthSquared();
                }
                """, (object)0.8f);
            Precision.Close(10 * 0.8, gradient, 1e-6, "float");
        }

        [Fact]
        public void ShapesThatWereRefusedNowGiveExactGradients()
        {
            // A method of another type: (x^2 + 4 x^2) = 5 x^2.
            Precision.Close(10 * 0.7, GradientOfLoss("""
                public static partial class Physics
                {
                    [Differentiable]
                    public static double Energy(Vec2 p) { double r = p.X * p.X; return r + p.Y * p.Y; }
                }
                public static partial class Sim
                {
                    [Differentiable]
                    public static double Loss(double x) => Physics.Energy(new Vec2(x, 2 * x));
                }
                """, 0.7), 1e-14, "another type");

            // A struct result of several statements, read by field: 2 x.
            Precision.Close(2, GradientOfLoss("""
                public static partial class Sim
                {
                    [Differentiable]
                    public static Vec2 Twice(Vec2 p) { var q = new Vec2(2 * p.X, 2 * p.Y); return q; }

                    [Differentiable]
                    public static double Loss(double x) => Twice(new Vec2(x, x)).X;
                }
                """, 0.3), 1e-14, "struct result");

            // A member of a struct of several statements: s X Y + Z at (x, 1, 2) with s = x is x^2 + 2.
            Precision.Close(2 * 1.3, GradientOfLoss("""
                public partial record struct Vec3(double X, double Y, double Z)
                {
                    [Differentiable]
                    public double Scaled(double s) { double t = s * X; return t * Y + Z; }
                }
                public static partial class Sim
                {
                    [Differentiable]
                    public static double Loss(double x) => new Vec3(x, 1, 2).Scaled(x);
                }
                """, 1.3), 1e-14, "member");
        }

        [Fact]
        public void PlainMemberAndPlainHelperWithoutTheAttributeAreCopiedFlattened()
        {
            var pendulums = new[]
            {
                new PendulumState { Angle = 0.4, Length = 1.2, Mass = 2 },
                new PendulumState { Angle = -1.1, Length = 0.7, Mass = 0.5 },
            };
            var gradient = StructCopyFunctions.SquaredHeightsGradient(pendulums);
            for (var i = 0; i < pendulums.Length; i++)
            {
                var p = pendulums[i];
                var h = p.Length * (1 - Math.Cos(p.Angle));
                Precision.Close(2 * h * p.Length * Math.Sin(p.Angle), gradient[i].Angle, 1e-13, "[" + i + "].Angle");
                Precision.Close(2 * h * (1 - Math.Cos(p.Angle)), gradient[i].Length, 1e-13, "[" + i + "].Length");
                Assert.Equal(0, gradient[i].Mass);
            }

            JacobianRuntimeTests.Close(StructCopyFunctions.SquaredHeightsHessianCenteredDiff(pendulums), StructCopyFunctions.SquaredHeightsHessian(pendulums), 1e-6);

            var a = new Vec2(0.3, -1.2);
            var b = new Vec2(0.9, 0.4);
            var (ga, gb) = StructCopyFunctions.MidpointNormGradient(a, b);
            double mx = 0.5 * (a.X + b.X), my = 0.5 * (a.Y + b.Y);
            Precision.Close(mx, ga.X, 1e-14, "a.X");
            Precision.Close(my, ga.Y, 1e-14, "a.Y");
            Precision.Close(mx, gb.X, 1e-14, "b.X");
            Precision.Close(my, gb.Y, 1e-14, "b.Y");
        }

        [Fact]
        public void ComputedPropertiesGoThroughCopiesOfTheirGetters()
        {
            var points = Ring(5, 21);
            Assert.Equal(StructCopyFunctions.PerimeterWrittenOut(points), StructCopyFunctions.PerimeterByLength(points), 12);
            CloseEach(StructCopyFunctions.PerimeterWrittenOutGradient(points), StructCopyFunctions.PerimeterByLengthGradient(points), 1e-12);
            JacobianRuntimeTests.Close(StructCopyFunctions.PerimeterWrittenOutHessian(points), StructCopyFunctions.PerimeterByLengthHessian(points), 1e-12);

            var a = new Vec2(0.3, -1.2);
            var b = new Vec2(0.9, 0.4);
            Precision.Close((a.X * b.Y) - (a.Y * b.X), StructCopyFunctions.PerpDot(a, b), 1e-15, "value");
            var (ga, gb) = StructCopyFunctions.PerpDotGradient(a, b);
            Precision.Close(b.Y, ga.X, 1e-15, "a.X");
            Precision.Close(-b.X, ga.Y, 1e-15, "a.Y");
            Precision.Close(-a.Y, gb.X, 1e-15, "b.X");
            Precision.Close(a.X, gb.Y, 1e-15, "b.Y");
        }
    }
}
