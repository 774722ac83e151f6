using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Local functions inlined at their calls (issue 14, item 5), compiled by the real compiler: each exact gradient
    /// against its closed form to 1e-12, against forward mode and against Richardson's estimate.
    /// </summary>
    public class LocalFunctionTests
    {
        private const double ClosedForm = 1e-12;

        [Fact]
        public void CapturedLocalsAndLoopIndices()
        {
            var x = new[] { 0.3, -1.2, 0.8, 2.0 };
            var expected = x.Select((v, i) => (1 + 0.5 * i) / (1 + Math.Exp(-v))).ToArray();
            expected[0] += 2 * x[1];
            expected[1] += 2 * x[0];
            Close(expected, LocalFunctionFunctions.SoftplusGradient(x), ClosedForm);
            DifferentialOracle.AssertAgrees(typeof(LocalFunctionFunctions), "Softplus", x);
        }

        [Theory]
        [InlineData(0.7, 3)]
        [InlineData(-1.5, 4)]
        public void BlockBodiesConversionsAndCallsBetweenThem(double x, int k)
        {
            // k / 2 in double: 1.5 for k = 3, where int division would give 1.
            var expected = 3 * x * x + k / 2.0;
            Close(x * x * x + k / 2.0 * x, LocalFunctionFunctions.Nested(x, k), ClosedForm);
            Close(expected, LocalFunctionFunctions.NestedGradient(x, k), ClosedForm);
            Close(expected, LocalFunctionFunctions.NestedDirectionalDerivative(x, k, 1), ClosedForm);
        }

        [Theory]
        [InlineData(0.4, 0.9)]
        [InlineData(-0.6, 2.1)]
        public void TwoParametersAndTheHessian(double x, double y)
        {
            var e = Math.Exp(x * y);
            var (dx, dy) = LocalFunctionFunctions.ProductGradient(x, y);
            Close(y * e * Math.Sin(y), dx, ClosedForm);
            Close(x * e * Math.Sin(y) + e * Math.Cos(y), dy, ClosedForm);
            FiniteDifferenceCheck.AssertAgrees("Product", p => LocalFunctionFunctions.Product(p[0], p[1]), new[] { x, y }, new[] { dx, dy });
            var hessian = LocalFunctionFunctions.ProductHessian(x, y);
            Close(y * y * e * Math.Sin(y), hessian[0, 0], ClosedForm);
            Close((1 + x * y) * e * Math.Sin(y) + y * e * Math.Cos(y), hessian[0, 1], ClosedForm);
            Close(hessian[0, 1], hessian[1, 0], ClosedForm);
            Close(x * x * e * Math.Sin(y) + 2 * x * e * Math.Cos(y) - e * Math.Sin(y), hessian[1, 1], ClosedForm);
        }
    }
}
