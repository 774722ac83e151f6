using System;
using GradGen.Tests.Functions;
using Xunit;
using Xunit.Sdk;

namespace GradGen.Tests.SecondOrder
{
    /// <summary>
    /// The Hessian differentiates the first partials of the Math table, so the rows added for issue 14 (Clamp,
    /// FusedMultiplyAdd, Log2, ScaleB, CopySign, BitIncrement) must be made of differentiable pieces: one method that
    /// uses them all, its exact Hessian against the closed form to 1e-12 and against the numeric one.
    /// </summary>
    public class ModernMathHessianTests
    {
        [Theory]
        [InlineData(0.3, 0.7)]   // x y inside the clamp, y > 0
        [InlineData(1.5, -0.9)]  // x y below the clamp, y < 0
        public void ModernFunctionsHaveTheirClosedFormHessian(double x, double y)
        {
            // f = x y + log2(x² + y²) + clamp(x y, -1, 1) + copysign(x², y) + 8 y² + (x y)⁺
            var r2 = x * x + y * y;
            var log = 2 / (r2 * r2 * Math.Log(2));
            var clamped = Math.Abs(x * y) <= 1 ? 1 : 0;
            var sign = Math.Sign(y);
            var expected = new double[2, 2];
            expected[0, 0] = log * (y * y - x * x) + 2 * sign;
            expected[1, 1] = log * (x * x - y * y) + 16;
            expected[0, 1] = expected[1, 0] = 2 + clamped - 2 * log * x * y;

            var exact = ModernMathFunctions.ModernHessian(x, y);
            var numeric = ModernMathFunctions.ModernHessianCenteredDiff(x, y, 1e-4);
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    Close(expected[i, j], exact[i, j], 1e-12, "exact [" + i + ", " + j + "]");
                    Close(expected[i, j], numeric[i, j], 1e-5, "numeric [" + i + ", " + j + "]");
                }
            }

            var hv = ModernMathFunctions.ModernHessianVectorProduct(x, y, 0.5, -2);
            Close(expected[0, 0] * 0.5 - 2 * expected[0, 1], hv.x, 1e-12, "H v");
            Close(expected[1, 0] * 0.5 - 2 * expected[1, 1], hv.y, 1e-12, "H v");
        }

        private static void Close(double expected, double actual, double tolerance, string what)
        {
            if (!(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected))))
            {
                throw new XunitException(what + ": expected " + expected.ToString("R") + " but got " + actual.ToString("R"));
            }
        }
    }
}
