using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Switch statements and expressions (issue 14, item 5), compiled by the real compiler: each exact gradient against
    /// its closed form to 1e-12, against forward mode, and against a finite difference or Richardson's estimate.
    /// </summary>
    public class SwitchRuntimeTests
    {
        private const double ClosedForm = 1e-12;

        [Theory]
        [InlineData(0, 1.0)]
        [InlineData(1, 1.0)]
        [InlineData(2, 2.0)]
        [InlineData(7, 1.0)]
        [InlineData(-1, 1.0)]
        public void IntegerCasesLabelPairsAndABlockDefault(int k, double factor)
        {
            var x = 0.8;
            var expected = k switch { 0 => 1.0, 1 or 2 => 2 * factor * x, _ => Math.Cos(x) };
            var exact = SwitchFunctions.PiecewiseGradient(x, k);
            Close(expected, exact, ClosedForm);
            Close(exact, SwitchFunctions.PiecewiseDirectionalDerivative(x, k, 1), ClosedForm);
            FiniteDifferenceCheck.AssertAgrees("Piecewise", p => SwitchFunctions.Piecewise(p[0], k), new[] { x }, new[] { exact });
        }

        [Theory]
        [InlineData(Shape.Linear, 2.0)]
        [InlineData(Shape.Quadratic, 2 * 1.5)]
        [InlineData(Shape.Cubic, 3 * 1.5 * 1.5)]
        [InlineData((Shape)3, 3 * 1.5 * 1.5)]
        public void EnumParameter(Shape shape, double expected)
        {
            Close(expected, SwitchFunctions.ByShapeGradient(1.5, shape), ClosedForm);
            Close(expected, SwitchFunctions.ByShapeDirectionalDerivative(1.5, shape, 1), ClosedForm);
        }

        [Fact]
        public void EnumFieldInASwitchExpression()
        {
            try
            {
                foreach (var (shape, expected) in new[] { (Shape.Linear, 2.0), (Shape.Quadratic, 3.0), (Shape.Cubic, 6.75) })
                {
                    SwitchFunctions.Current = shape;
                    Close(expected, SwitchFunctions.ByStaticShapeGradient(1.5), ClosedForm);
                    Close(expected, SwitchFunctions.ByStaticShapeDirectionalDerivative(1.5, 1), ClosedForm);
                }
            }
            finally
            {
                SwitchFunctions.Current = Shape.Quadratic;
            }
        }

        [Theory]
        [InlineData(-3.0, -1.0)]
        [InlineData(-1.0, -2.0)]
        [InlineData(0.5, 1.0)]
        [InlineData(1.0, 3.0)]
        [InlineData(2.0, 3.0)]
        [InlineData(1.5, 0.40824829046386307)]
        public void RelationalAndOrPatterns(double x, double expected)
        {
            Close(expected, SwitchFunctions.RelationalGradient(x), ClosedForm);
            Close(expected, SwitchFunctions.RelationalDirectionalDerivative(x, 1), ClosedForm);
        }

        [Theory]
        [InlineData(new[] { 0.5, 0.7, -0.3, 1.2, -0.4, 0.9, 0.2 })]
        [InlineData(new[] { -0.5, -0.7, 0.3, 1.2, 0.4 })]
        public void InALoopWithWhenClausesNotPatternsAndContinue(double[] x)
        {
            // Forward mode by hand: (s, ds/dx_k) through the loop.
            var expected = new double[x.Length];
            for (var k = 0; k < x.Length; k++)
            {
                double s = 0, ds = 0;
                for (var i = 0; i < x.Length; i++)
                {
                    var d = i == k ? 1.0 : 0.0;
                    if (i % 3 == 0)
                    {
                        s += x[i] * x[i];
                        ds += 2 * x[i] * d;
                    }
                    else if (i % 3 == 1 && x[i] > 0)
                    {
                        s += Math.Exp(x[i]);
                        ds += Math.Exp(x[i]) * d;
                        continue;
                    }
                    else if (i % 3 == 2)
                    {
                        s -= x[i];
                        ds -= d;
                    }
                    else
                    {
                        s += 0.5 * x[i];
                        ds += 0.5 * d;
                    }

                    s *= 1.1;
                    ds *= 1.1;
                }

                expected[k] = ds;
            }

            Close(expected, SwitchFunctions.InLoopGradient(x), ClosedForm);
            DifferentialOracle.AssertAgrees(typeof(SwitchFunctions), "InLoop", x);
        }

        [Theory]
        [InlineData(1.5, 0.5)]
        [InlineData(0.5, 1.5)]
        public void OnABoolWithItsHessian(double x, double y)
        {
            var larger = x > y;
            var (dx, dy) = SwitchFunctions.OnBoolGradient(x, y);
            Close(larger ? 2 * x * y : y * y, dx, ClosedForm);
            Close(larger ? x * x : 2 * x * y, dy, ClosedForm);
            var hessian = SwitchFunctions.OnBoolHessian(x, y);
            Close(larger ? 2 * y : 0, hessian[0, 0], ClosedForm);
            Close(larger ? 2 * x : 2 * y, hessian[0, 1], ClosedForm);
            Close(larger ? 2 * x : 2 * y, hessian[1, 0], ClosedForm);
            Close(larger ? 0 : 2 * x, hessian[1, 1], ClosedForm);
        }
    }
}
