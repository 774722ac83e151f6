using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Overloads that differ in arity (issue 14, item 1), compiled by the real compiler: every overload's members,
    /// exact against closed forms and forward mode, numeric within their error, each call bound to its own overload.
    /// </summary>
    public class OverloadRuntimeTests
    {
        private const double ClosedForm = 1e-12;

        [Theory]
        [InlineData(0.7)]
        [InlineData(3.5)]
        public void OneArgumentOverload(double x)
        {
            Close(1 / x, OverloadFunctions.LogGradient(x), ClosedForm);
            Close(1 / x, OverloadFunctions.LogDirectionalDerivative(x, 1), ClosedForm);
            var (value, gradient) = OverloadFunctions.LogValueAndGradient(x);
            Close(Math.Log(x), value, ClosedForm);
            Close(1 / x, gradient, ClosedForm);

            // The step is the attribute's 1e-6: (ln(x + h) - ln x) / h, computed here the same way.
            Close((Math.Log(x + 1e-6) - Math.Log(x)) / 1e-6, OverloadFunctions.LogForwardDiff(x), 1e-15);
            Close((Math.Log(x + 1e-6) - Math.Log(x - 1e-6)) / 2e-6, OverloadFunctions.LogCenteredDiff(x), 1e-15);
            Close(1 / x, OverloadFunctions.LogRichardsonDiff(x), 1e-10);
            Assert.True(OverloadFunctions.LogCheckGradient(x) < 1e-8);
        }

        [Theory]
        [InlineData(0.7, 2.0)]
        [InlineData(3.5, 10.0)]
        public void TwoArgumentOverload(double x, double b)
        {
            var lb = Math.Log(b);
            double dx = 1 / (x * lb), db = -Math.Log(x) / (b * lb * lb);
            var gradient = OverloadFunctions.LogGradient(x, b);
            Close(dx, gradient.x, ClosedForm);
            Close(db, gradient.b, ClosedForm);
            Close(dx, OverloadFunctions.LogDirectionalDerivative(x, b, 1, 0), ClosedForm);
            Close(db, OverloadFunctions.LogDirectionalDerivative(x, b, 0, 1), ClosedForm);

            // Its step stays optional: the default 1e-4 and one given.
            var forward = OverloadFunctions.LogForwardDiff(x, b);
            Close((Math.Log(x + 1e-4) / lb - Math.Log(x) / lb) / 1e-4, forward.x, 1e-12);
            var fine = OverloadFunctions.LogCenteredDiff(x, b, 1e-5);
            Close(dx, fine.x, 1e-8);
            Close(db, fine.b, 1e-8);
            FiniteDifferenceCheck.AssertAgrees("Log(x, b)", p => OverloadFunctions.Log(p[0], p[1]), new[] { x, b }, new[] { gradient.x, gradient.b });
        }

        [Theory]
        [InlineData(0.7)]
        [InlineData(3.5)]
        public void CallsThroughEachOverloadAreExact(double x)
        {
            // Its reverse sweep calls LogGradient(x * x) and LogGradient(x, 3.0): each binds to its own overload.
            var expected = 2 / x + 1 / (x * Math.Log(3));
            Close(expected, OverloadFunctions.LogCallerGradient(x), ClosedForm);
            Close(expected, OverloadFunctions.LogCallerDirectionalDerivative(x, 1), ClosedForm);
        }

        [Fact]
        public void ArrayOverloads()
        {
            var x = new[] { 0.5, -1.5, 2.0 };
            Close(x.Select(v => 2 * v).ToArray(), OverloadFunctions.EnergyGradient(x), ClosedForm);
            var (gx, gs) = OverloadFunctions.EnergyGradient(x, 0.75);
            Close(x.Select(v => 3 * 0.75 * v * v).ToArray(), gx, ClosedForm);
            Close(x.Sum(v => v * v * v), gs, ClosedForm);
            DifferentialOracle.AssertAgrees(typeof(OverloadFunctions), "Energy", x);

            // Energy(double[] x) keeps no step (EnergyForwardDiff(x, 0.5) would be Energy(x, s)'s), Energy(x, s) keeps it.
            var numeric = new double[3];
            OverloadFunctions.EnergyCenteredDiff(x, numeric);
            Close(x.Select(v => 2 * v).ToArray(), numeric, 1e-8);
            var (cx, cs) = OverloadFunctions.EnergyCenteredDiff(x, 0.75, 1e-5);
            Close(gx, cx, 1e-8);
            Close(gs, cs, 1e-8);
        }

        [Theory]
        [InlineData(0.7, -1.3)]
        [InlineData(2.0, 0.5)]
        public void SecondOrderMembersOfBothOverloads(double x, double y)
        {
            Close(6 * x, OverloadFunctions.CubeHessian(x), ClosedForm);
            Close(6 * x, OverloadFunctions.CubeHessianCenteredDiff(x), 1e-9);
            var hessian = OverloadFunctions.CubeHessian(x, y);
            Close(2 * y * y * y, hessian[0, 0], ClosedForm);
            Close(6 * x * y * y, hessian[0, 1], ClosedForm);
            Close(6 * x * y * y, hessian[1, 0], ClosedForm);
            Close(6 * x * x * y, hessian[1, 1], ClosedForm);
            var numeric = OverloadFunctions.CubeHessianCenteredDiff(x, y, 1e-4);
            Close(6 * x * x * y, numeric[1, 1], 1e-6);
        }
    }
}
