using System;
using System.Linq;
using GradGen.Tests.Exact;
using GradGen.Tests.Functions;
using GradGen.Tests.Jacobian;
using Xunit;

namespace GradGen.Tests.Structs
{
    /// <summary>
    /// Calls to [Differentiable] methods of several statements that take structs (issue 19), which the caller goes
    /// through by the derivatives of the callee's flattened form: against closed forms, against the same function
    /// written without the call, against forward mode and Richardson.
    /// </summary>
    public class StructCallTests
    {
        private static Vec2[] Ring(int n, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, n).Select(i => new Vec2(Math.Cos(i) + (0.3 * random.NextDouble()), Math.Sin(i) + (0.3 * random.NextDouble()))).ToArray();
        }

        [Fact]
        public void ChainOfSpringCallsHasTheClosedFormGradient()
        {
            var points = Ring(6, 5);
            const double rest = 0.7;
            var expected = new double[points.Length, 2];
            for (var i = 0; i < points.Length; i++)
            {
                var j = (i + 1) % points.Length;
                double dx = points[j].X - points[i].X, dy = points[j].Y - points[i].Y;
                var length = Math.Sqrt((dx * dx) + (dy * dy));
                var f = (length - rest) / length;
                expected[j, 0] += f * dx;
                expected[j, 1] += f * dy;
                expected[i, 0] -= f * dx;
                expected[i, 1] -= f * dy;
            }

            var gradient = StructCallFunctions.ChainGradient(points, rest);
            for (var i = 0; i < points.Length; i++)
            {
                Precision.Close(expected[i, 0], gradient[i].X, 1e-12, "[" + i + "].X");
                Precision.Close(expected[i, 1], gradient[i].Y, 1e-12, "[" + i + "].Y");
            }

            Assert.Equal(StructCallFunctions.ChainWrittenOut(points, rest), StructCallFunctions.Chain(points, rest), 12);
            var tangent = Ring(6, 8);
            Precision.Close(
                StructCallFunctions.ChainWrittenOutDirectionalDerivative(points, rest, tangent),
                StructCallFunctions.ChainDirectionalDerivative(points, rest, tangent),
                1e-12);
        }

        [Fact]
        public void HessianThroughTheCallEqualsTheHessianWrittenOut()
        {
            var points = Ring(5, 11);
            var throughCall = StructCallFunctions.ChainHessian(points, 0.9);
            var writtenOut = StructCallFunctions.ChainWrittenOutHessian(points, 0.9);
            JacobianRuntimeTests.Close(writtenOut, throughCall, 1e-12);
            JacobianRuntimeTests.Close(writtenOut, StructCallFunctions.ChainHessianCenteredDiff(points, 0.9), 1e-6);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        public void CallsFromStructLocalsAgreeWithForwardModeAndRichardson(int seed)
        {
            var random = new Random(seed);
            var x = Enumerable.Range(0, 8).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
            DifferentialOracle.AssertAgrees(typeof(StructCallFunctions), nameof(StructCallFunctions.Mixed), x, 1.5);
            DifferentialOracle.AssertAgrees(typeof(StructCallFunctions), nameof(StructCallFunctions.ChargedCaller), x.Take(3).ToArray(), new Particle { Position = new Vec2(0.4, -0.2), Charge = 2, Mass = 1.5, Id = 2 });
        }

        [Fact]
        public void HessianOfACallerOverPlainNumbersIsSymmetricAndMatchesTheDifference()
        {
            var x = new[] { 0.3, -0.4, 0.8, 0.5, -0.6, 0.2, 0.9, -0.1 };
            var hessian = StructCallFunctions.MixedHessian(x, 1.5);
            var scale = hessian.Cast<double>().Max(Math.Abs);
            for (var i = 0; i < x.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    Assert.True(Math.Abs(hessian[i, j] - hessian[j, i]) <= 1e-12 * scale, "[" + i + ", " + j + "]: " + hessian[i, j] + " against " + hessian[j, i]);
                }
            }

            JacobianRuntimeTests.Close(StructCallFunctions.MixedHessianCenteredDiff(x, 1.5), hessian, 1e-6);
        }
    }
}
