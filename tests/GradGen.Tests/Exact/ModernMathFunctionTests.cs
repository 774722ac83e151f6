using System;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// The Math functions of issue 14 (Clamp, FusedMultiplyAdd, Log2, ScaleB, CopySign, BitIncrement / BitDecrement,
    /// IsNaN / IsFinite / IsInfinity in conditions), compiled by the real compiler: each exact gradient against its
    /// closed form to 1e-12, against forward mode and against a sixth-order finite difference.
    /// </summary>
    public class ModernMathFunctionTests
    {
        private const double ClosedForm = 1e-12;

        [Theory]
        [InlineData(0.7, 0.25, 2.0)] // inside: 3x²
        [InlineData(0.3, 0.25, 2.0)] // below: 3 lo
        [InlineData(1.7, 0.25, 2.0)] // above: 3 hi
        public void Clamp(double x, double lo, double hi)
        {
            var v = x * x;
            var inside = v >= lo && v <= hi;
            var (dx, dlo, dhi) = ModernMathFunctions.ClampGradient(x, lo, hi);
            Close(inside ? 6 * x : 0, dx, ClosedForm);
            Close(v < lo ? 3 : 0, dlo, ClosedForm);
            Close(v > hi ? 3 : 0, dhi, ClosedForm);
            AgreesWithForwardMode(new[] { dx, dlo, dhi }, k => ModernMathFunctions.ClampDirectionalDerivative(x, lo, hi, k == 0 ? 1 : 0, k == 1 ? 1 : 0, k == 2 ? 1 : 0));
            FiniteDifferenceCheck.AssertAgrees("Clamp", p => ModernMathFunctions.Clamp(p[0], p[1], p[2]), new[] { x, lo, hi }, new[] { dx, dlo, dhi });
        }

        [Theory]
        [InlineData(0.5f, 1.5f)] // inside
        [InlineData(0.1f, 1.5f)] // below
        [InlineData(3.0f, 2.0f)] // above
        public void ClampOnFloat(float x, float y)
        {
            var inside = x * y >= 0.25f && x * y <= 4f;
            var (dx, dy) = ModernMathFunctions.ClampFGradient(x, y);
            Close(inside ? y : 0, dx, 1e-6);
            Close(inside ? x : 0, dy, 1e-6);
            Close(dx, ModernMathFunctions.ClampFDirectionalDerivative(x, y, 1, 0), 1e-6);
        }

        [Theory]
        [InlineData(0.7, -1.3, 0.4)]
        [InlineData(-2.0, 0.5, 3.0)]
        public void FusedMultiplyAdd(double a, double b, double c)
        {
            var (da, db, dc) = ModernMathFunctions.FmaGradient(a, b, c);
            Close(2 * a * b, da, ClosedForm);
            Close(a * a, db, ClosedForm);
            Close(Math.Cos(c), dc, ClosedForm);
            AgreesWithForwardMode(new[] { da, db, dc }, k => ModernMathFunctions.FmaDirectionalDerivative(a, b, c, k == 0 ? 1 : 0, k == 1 ? 1 : 0, k == 2 ? 1 : 0));
            FiniteDifferenceCheck.AssertAgrees("Fma", p => ModernMathFunctions.Fma(p[0], p[1], p[2]), new[] { a, b, c }, new[] { da, db, dc });

            var (fa, fb, fc) = ModernMathFunctions.FmaFGradient((float)a, (float)b, (float)c);
            Close((float)b, fa, 1e-6);
            Close((float)a, fb, 1e-6);
            Close(2 * (float)c, fc, 1e-6);
        }

        [Theory]
        [InlineData(0.3)]
        [InlineData(-2.5)]
        public void Log2(double x)
        {
            var expected = 2 * x / ((x * x + 1) * Math.Log(2));
            var exact = ModernMathFunctions.Log2Gradient(x);
            Close(expected, exact, ClosedForm);
            Close(exact, ModernMathFunctions.Log2DirectionalDerivative(x, 1), ClosedForm);
            FiniteDifferenceCheck.AssertAgrees("Log2", p => ModernMathFunctions.Log2(p[0]), new[] { x }, new[] { exact });
            Close(expected, ModernMathFunctions.Log2FGradient((float)x), 1e-6);
        }

        [Theory]
        [InlineData(0.3, 3)]
        [InlineData(-2.5, -2)]
        public void ScaleB(double x, int n)
        {
            var expected = 2 * x * Math.Pow(2, n) + Math.Pow(2, -n);
            var exact = ModernMathFunctions.ScaleBGradient(x, n);
            Close(expected, exact, ClosedForm);
            Close(exact, ModernMathFunctions.ScaleBDirectionalDerivative(x, n, 1), ClosedForm);
            FiniteDifferenceCheck.AssertAgrees("ScaleB", p => ModernMathFunctions.ScaleB(p[0], n), new[] { x }, new[] { exact });
        }

        [Theory]
        [InlineData(0.5, 1.5)]   // x² - 1 < 0, y > 0
        [InlineData(1.5, 1.5)]   // both positive
        [InlineData(1.5, -0.75)] // y < 0
        [InlineData(0.5, -0.75)] // both negative
        public void CopySign(double x, double y)
        {
            var u = x * x - 1;
            var signs = Math.Sign(u) * Math.Sign(y);
            var (dx, dy) = ModernMathFunctions.CopySignGradient(x, y);
            Close(2 * x * signs * y, dx, ClosedForm);
            Close(Math.CopySign(u, y), dy, ClosedForm);
            AgreesWithForwardMode(new[] { dx, dy }, k => ModernMathFunctions.CopySignDirectionalDerivative(x, y, k == 0 ? 1 : 0, k == 1 ? 1 : 0));
            FiniteDifferenceCheck.AssertAgrees("CopySign", p => ModernMathFunctions.CopySign(p[0], p[1]), new[] { x, y }, new[] { dx, dy });

            var (fx, fy) = ModernMathFunctions.CopySignFGradient((float)x, (float)y);
            Close(2 * Math.Abs(x) * Math.Sign(y), fx, 1e-6);
            Close(0, fy, 1e-6);
        }

        [Fact]
        public void CopySignTakesTheSignBitOfNegativeZero()
        {
            // CopySign(x, -0.0) is -|x|, so CopySign(x, -0.0) x = -x |x| has derivative -2|x| = -4 at 2, not 4.
            var (dx, _) = ModernMathFunctions.CopySignFGradient(2f, -0f);
            Assert.Equal(-4.0f, dx);
        }

        [Theory]
        [InlineData(0.7)]
        [InlineData(-1.9)]
        public void BitIncrementAndBitDecrementHaveDerivativeOne(double x)
        {
            Close(2 * x + 3, ModernMathFunctions.BitsGradient(x), ClosedForm);
            Close(2 * x + 3, ModernMathFunctions.BitsDirectionalDerivative(x, 1), ClosedForm);
            Close(2 * x + 3, ModernMathFunctions.BitsFGradient((float)x), 1e-6);
            FiniteDifferenceCheck.AssertAgrees("Bits", p => ModernMathFunctions.Bits(p[0]), new[] { x }, new[] { 2 * x + 3 });
        }

        [Theory]
        [InlineData(0.7)]
        [InlineData(3.0)]
        public void NaNAndInfinityTestsInConditions(double x)
        {
            Close(2 * Math.Log(x) / x, ModernMathFunctions.GuardedLogGradient(x), ClosedForm);
            Close(2 * Math.Log(x) / x, ModernMathFunctions.GuardedLogDirectionalDerivative(x, 1), ClosedForm);
            Close(2 * Math.Log(x) / x, ModernMathFunctions.GuardedLogFGradient((float)x), 1e-6);
        }

        [Fact]
        public void NaNAndInfinityTestsTakeTheirBranches()
        {
            // ln of a negative number is NaN: the constant 0. (At 0, ln 0 = -infinity takes the branch too, but the
            // zero adjoint times Log's infinite partial 1/0 is NaN, as in every AD tool: see the README's Notes.)
            Assert.Equal(0.0, ModernMathFunctions.GuardedLogGradient(-1.0));
            Assert.Equal(0.0, ModernMathFunctions.GuardedLogGradient(double.NegativeInfinity));
            Assert.Equal(1.0, ModernMathFunctions.GuardedLogFGradient(-1f)); // NaN in float: x itself
        }

        private static void AgreesWithForwardMode(double[] gradient, Func<int, double> directional)
        {
            for (var k = 0; k < gradient.Length; k++)
            {
                Close(gradient[k], directional(k), ClosedForm, "forward mode along " + k);
            }
        }
    }
}
