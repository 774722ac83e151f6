using System;
using System.Linq;
using System.Numerics;
using GradGen.Tests.Exact;
using GradGen.Tests.Functions;
using GradGen.Tests.Jacobian;
using Xunit;

namespace GradGen.Tests.Structs
{
    /// <summary>
    /// Differentiable structs (issue 19): the generated struct-shaped members against closed forms, the exact
    /// gradient against forward mode and against Richardson and centered estimates, inputs left bit for bit.
    /// </summary>
    public class StructRuntimeTests
    {
        [Fact]
        public void RecordStructParameterGivesAStructGradientAndHessian()
        {
            var p = new Vec2(0.7, -1.3);
            var gradient = StructFunctions.BumpGradient(p);
            Precision.Close(2 * p.X * p.Y, gradient.X);
            Precision.Close(p.X * p.X + Math.Cos(p.Y), gradient.Y);

            var (value, fromValueAndGradient) = StructFunctions.BumpValueAndGradient(p);
            Assert.Equal(StructFunctions.Bump(p), value);
            Assert.Equal(gradient, fromValueAndGradient);

            var v = new Vec2(0.3, 0.9);
            Precision.Close(gradient.X * v.X + gradient.Y * v.Y, StructFunctions.BumpDirectionalDerivative(p, v), 1e-12);

            var centered = StructFunctions.BumpCenteredDiff(p);
            Precision.Close(gradient.X, centered.X, 1e-7);
            Precision.Close(gradient.Y, centered.Y, 1e-7);
            var richardson = StructFunctions.BumpRichardsonDiff(p);
            Precision.Close(gradient.X, richardson.X, 1e-9);
            Precision.Close(gradient.Y, richardson.Y, 1e-9);

            var hessian = StructFunctions.BumpHessian(p);
            JacobianRuntimeTests.Close(new[,] { { 2 * p.Y, 2 * p.X }, { 2 * p.X, -Math.Sin(p.Y) } }, hessian);
            var hv = StructFunctions.BumpHessianVectorProduct(p, v);
            Precision.Close(2 * p.Y * v.X + 2 * p.X * v.Y, hv.X, 1e-12);
            Precision.Close(2 * p.X * v.X - Math.Sin(p.Y) * v.Y, hv.Y, 1e-12);
        }

        [Fact]
        public void SpringNetworkEnergyOverVec2ArrayMatchesItsClosedForm()
        {
            var random = new Random(19);
            var points = Enumerable.Range(0, 7).Select(i => new Vec2(Math.Cos(i) + 0.3 * random.NextDouble(), Math.Sin(i) + 0.3 * random.NextDouble())).ToArray();
            const double k = 2.5, rest = 0.8;
            var expected = new Vec2[points.Length];
            for (var i = 0; i < points.Length; i++)
            {
                var j = (i + 1) % points.Length;
                double dx = points[j].X - points[i].X, dy = points[j].Y - points[i].Y;
                var length = Math.Sqrt(dx * dx + dy * dy);
                var f = k * (length - rest) / length;
                expected[j] = new Vec2(expected[j].X + f * dx, expected[j].Y + f * dy);
                expected[i] = new Vec2(expected[i].X - f * dx, expected[i].Y - f * dy);
            }

            var gradient = StructFunctions.SpringEnergyGradient(points, k, rest);
            Close(expected, gradient, 1e-12);

            var destination = new Vec2[points.Length];
            StructFunctions.SpringEnergyGradient(points, k, rest, destination);
            Close(expected, destination, 1e-12);

            var tangent = Enumerable.Range(0, points.Length).Select(_ => new Vec2(random.NextDouble() - 0.5, random.NextDouble() - 0.5)).ToArray();
            var dot = expected.Select((g, i) => g.X * tangent[i].X + g.Y * tangent[i].Y).Sum();
            Precision.Close(dot, StructFunctions.SpringEnergyDirectionalDerivative(points, k, rest, tangent), 1e-12);

            var before = points.Select(p => (BitConverter.DoubleToInt64Bits(p.X), BitConverter.DoubleToInt64Bits(p.Y))).ToArray();
            Close(expected, StructFunctions.SpringEnergyRichardsonDiff(points, k, rest), 1e-8);
            Close(expected, StructFunctions.SpringEnergyCenteredDiff(points, k, rest), 1e-6);
            Assert.Equal(before, points.Select(p => (BitConverter.DoubleToInt64Bits(p.X), BitConverter.DoubleToInt64Bits(p.Y))).ToArray());
            Assert.True(StructFunctions.SpringEnergyCheckGradient(points, k, rest) < 1e-7);
        }

        [Fact]
        public void OperatorsAndMembersOfTheStructAreInlined()
        {
            var a = new Vec2(0.4, -0.9);
            var b = new Vec2(1.3, 0.25);
            const double s = 0.7;
            var c = new Vec2(a.X + s * b.X, a.Y + s * b.Y);
            var bump = new Vec2(2 * c.X * c.Y, c.X * c.X + Math.Cos(c.Y));
            var (ga, gb, gs) = StructFunctions.OperatorsGradient(a, b, s);
            Precision.Close(2 * c.X + b.Y + bump.X, ga.X);
            Precision.Close(2 * c.Y - b.X + bump.Y, ga.Y);
            Precision.Close(2 * s * c.X - a.Y + s * bump.X, gb.X);
            Precision.Close(2 * s * c.Y + a.X + s * bump.Y, gb.Y);
            Precision.Close((2 * c.X + bump.X) * b.X + (2 * c.Y + bump.Y) * b.Y, gs);

            // Dot's own generated gradient, over two struct parameters inside the struct itself.
            var (da, db) = Vec2.DotGradient(a, b);
            Assert.Equal((b, a), (da, db));
        }

        [Fact]
        public void InParameterIsDifferentiated()
        {
            var p = new Vec2(3, -4);
            var gradient = StructFunctions.NormGradient(in p);
            Precision.Close(0.6, gradient.X);
            Precision.Close(-0.8, gradient.Y);
        }

        [Fact]
        public void DestinationOfTheWrongShapeIsRefused()
        {
            var points = new[] { new Vec2(0, 0), new Vec2(1, 0), new Vec2(0, 1) };
            Assert.Throws<ArgumentException>(() => StructFunctions.SpringEnergyGradient(points, 1, 1, new Vec2[2]));
            Assert.Throws<ArgumentNullException>(() => StructFunctions.SpringEnergyGradient(null!, 1, 1));
        }

        [Fact]
        public void RotationReturningAStructHasItsClosedFormJacobian()
        {
            var p = new Vec2(1.2, -0.4);
            const double theta = 0.65;
            double c = Math.Cos(theta), s = Math.Sin(theta);
            var expected = new[,]
            {
                { c, -s, -s * p.X - c * p.Y },
                { s, c, c * p.X - s * p.Y },
            };
            JacobianRuntimeTests.Close(expected, StructFunctions.RotateJacobian(p, theta));
            var (value, jacobian) = StructFunctions.RotateValueAndJacobian(p, theta);
            Assert.Equal(StructFunctions.Rotate(p, theta), value);
            JacobianRuntimeTests.Close(expected, jacobian);
            JacobianRuntimeTests.Close(expected, StructFunctions.RotateCenteredDiff(p, theta), 1e-7);

            var jv = StructFunctions.RotateJacobianVectorProduct(p, theta, new Vec2(0.5, -0.25), 2.0);
            var expectedJv = JacobianRuntimeTests.Times(expected, new[] { 0.5, -0.25, 2.0 });
            Precision.Close(expectedJv[0], jv.Item1, 1e-12);
            Precision.Close(expectedJv[1], jv.Item2, 1e-12);

            var (gp, gtheta) = StructFunctions.RotateVectorJacobianProduct(p, theta, (0.75, -1.5));
            var expectedUj = JacobianRuntimeTests.TransposeTimes(expected, new[] { 0.75, -1.5 });
            Precision.Close(expectedUj[0], gp.X, 1e-12);
            Precision.Close(expectedUj[1], gp.Y, 1e-12);
            Precision.Close(expectedUj[2], gtheta, 1e-12);
            Assert.True(StructFunctions.RotateCheckJacobian(p, theta) < 1e-7);
        }

        [Fact]
        public void LennardJonesOverVector3MatchesItsClosedFormToFloatRounding()
        {
            var atoms = new[]
            {
                new Vector3(0f, 0f, 0f), new Vector3(1.12f, 0.05f, -0.02f), new Vector3(0.55f, 0.98f, 0.1f), new Vector3(0.5f, 0.3f, 0.95f),
            };
            var expected = new double[atoms.Length, 3];
            for (var i = 0; i < atoms.Length; i++)
            {
                for (var j = i + 1; j < atoms.Length; j++)
                {
                    var d = new[] { (double)atoms[i].X - atoms[j].X, (double)atoms[i].Y - atoms[j].Y, (double)atoms[i].Z - atoms[j].Z };
                    var r2 = d.Sum(x => x * x);
                    // dE/d(r2) = 4 (-6 r^-14 + 3 r^-8); d(r2)/d(a_i) = 2 d.
                    var dEdr2 = 4 * (-6 * Math.Pow(r2, -7) + 3 * Math.Pow(r2, -4));
                    for (var axis = 0; axis < 3; axis++)
                    {
                        expected[i, axis] += dEdr2 * 2 * d[axis];
                        expected[j, axis] -= dEdr2 * 2 * d[axis];
                    }
                }
            }

            var gradient = StructFunctions.LennardJonesGradient(atoms);
            var scale = expected.Cast<double>().Max(Math.Abs);
            for (var i = 0; i < atoms.Length; i++)
            {
                var actual = new[] { gradient[i].X, gradient[i].Y, gradient[i].Z };
                for (var axis = 0; axis < 3; axis++)
                {
                    Assert.True(Math.Abs(actual[axis] - expected[i, axis]) <= 1e-4 * scale, "atom " + i + " axis " + axis + ": " + actual[axis] + " vs " + expected[i, axis]);
                }
            }

            var tangent = atoms.Select((_, i) => new Vector3(0.1f * i, -0.2f, 0.3f)).ToArray();
            var dot = gradient.Select((g, i) => (double)g.X * tangent[i].X + (double)g.Y * tangent[i].Y + (double)g.Z * tangent[i].Z).Sum();
            Precision.Close(dot, StructFunctions.LennardJonesDirectionalDerivative(atoms, tangent), 1e-5);
        }

        [Fact]
        public void LocalsWithExpressionsAndSwapsAreExact()
        {
            var p = new Vec2(0.9, -0.6);
            const double t = 1.7;
            var (gp, gt) = StructFunctions.WithAndSwapGradient(p, t);
            Precision.Close(p.Y * t + 1, gp.X);
            Precision.Close(t * p.X + t * t, gp.Y);
            Precision.Close(p.Y * p.X + 2 * t * p.Y, gt);
            Precision.Close((p.Y * t + 1) * p.X + t * t * p.Y, StructFunctions.WithAndSwap(p, t));
            var (rp, rt) = StructFunctions.WithAndSwapRichardsonDiff(p, t);
            Precision.Close(gp.X, rp.X, 1e-9);
            Precision.Close(gp.Y, rp.Y, 1e-9);
            Precision.Close(gt, rt, 1e-9);
        }

        [Fact]
        public void PlainStructsWithConstantFieldsAndConstructors()
        {
            var particle = new Particle { Position = new Vec2(1.5, -2), Charge = 0.8, Mass = 2.5, Id = 3 };
            var polar = new Polar(1.1, 0.4);
            var (gParticle, gPolar) = StructFunctions.FieldGradient(particle, polar);
            double r = polar.Radius, a = polar.Angle, q = particle.Charge, x = particle.Position.X, m = particle.Mass;
            Precision.Close(r * q * Math.Cos(a) / m, gParticle.Position.X);
            Assert.Equal(0, gParticle.Position.Y);
            Precision.Close(r * Math.Cos(a) * x / m, gParticle.Charge);
            Assert.Equal(0, gParticle.Mass);
            Assert.Equal(0, gParticle.Id);
            Precision.Close(q * Math.Cos(a) * x / m, gPolar.Radius);
            Precision.Close(-r * q * Math.Sin(a) * x / m, gPolar.Angle);

            var (cParticle, cPolar) = StructFunctions.FieldCenteredDiff(particle, polar);
            Precision.Close(gParticle.Charge, cParticle.Charge, 1e-7);
            Precision.Close(gPolar.Angle, cPolar.Angle, 1e-7);
            Assert.Equal(0, cParticle.Mass);
        }

        [Fact]
        public void NumericsOperatorsAgreeWithForwardModeAndTheCenteredDifference()
        {
            var v = new[] { new Vector3(0.3f, -1.2f, 0.7f), new Vector3(1.5f, 0.2f, -0.4f), new Vector3(-0.6f, 0.9f, 1.1f) };
            var axis = new Vector3(0.2f, 0.5f, -0.9f);
            const float scale = 1.3f;
            var (gv, gAxis, gScale) = StructFunctions.NumericsGradient(v, axis, scale);
            var random = new Random(3);
            var tv = v.Select(_ => new Vector3((float)random.NextDouble(), (float)random.NextDouble(), (float)random.NextDouble())).ToArray();
            var tAxis = new Vector3(0.4f, -0.3f, 0.2f);
            const float tScale = 0.7f;
            var dot = gv.Select((g, i) => (double)Vector3.Dot(g, tv[i])).Sum() + Vector3.Dot(gAxis, tAxis) + gScale * (double)tScale;
            Precision.Close(dot, StructFunctions.NumericsDirectionalDerivative(v, axis, scale, tv, tAxis, tScale), 1e-5);

            var (cv, cAxis, cScale) = StructFunctions.NumericsCenteredDiff(v, axis, scale, 1e-2);
            Precision.Close(gScale, cScale, 1e-2);
            Precision.Close(gAxis.X, cAxis.X, 1e-2);
            Precision.Close(gv[1].Z, cv[1].Z, 1e-2);
        }

        private static void Close(Vec2[] expected, Vec2[] actual, double tolerance)
        {
            Assert.Equal(expected.Length, actual.Length);
            var scale = expected.Max(g => Math.Max(Math.Abs(g.X), Math.Abs(g.Y)));
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i].X - actual[i].X) <= tolerance * scale, "[" + i + "].X: " + expected[i].X + " vs " + actual[i].X);
                Assert.True(Math.Abs(expected[i].Y - actual[i].Y) <= tolerance * scale, "[" + i + "].Y: " + expected[i].Y + " vs " + actual[i].Y);
            }
        }
    }
}
