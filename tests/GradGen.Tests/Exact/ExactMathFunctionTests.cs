using System;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>Every supported Math function's exact derivative against its analytic derivative.</summary>
    public class ExactMathFunctionTests
    {
        [Theory]
        [InlineData(0.3)]
        [InlineData(-1.1)]
        public void OneArgumentFunctions(double x)
        {
            Close(2 * Math.Cos(2 * x), ExactMathFunctions.SinGradient(x));
            Close(-2 * Math.Sin(2 * x), ExactMathFunctions.CosGradient(x));
            Close(0.5 / (Math.Cos(x / 2) * Math.Cos(x / 2)), ExactMathFunctions.TanGradient(x));
            Close(0.5 / Math.Sqrt(1 - x * x / 4), ExactMathFunctions.AsinGradient(x));
            Close(-0.5 / Math.Sqrt(1 - x * x / 4), ExactMathFunctions.AcosGradient(x));
            Close(3 / (1 + 9 * x * x), ExactMathFunctions.AtanGradient(x));
            Close(Math.Cosh(x), ExactMathFunctions.SinhGradient(x));
            Close(Math.Sinh(x), ExactMathFunctions.CoshGradient(x));
            Close(1 - Math.Tanh(x) * Math.Tanh(x), ExactMathFunctions.TanhGradient(x));
            Close(1 / Math.Sqrt(x * x + 1), ExactMathFunctions.AsinhGradient(x));
            Close(2 * x / Math.Sqrt((x * x + 2) * (x * x + 2) - 1), ExactMathFunctions.AcoshGradient(x));
            Close(0.5 / (1 - x * x / 4), ExactMathFunctions.AtanhGradient(x));
            Close(2 * x * Math.Exp(x * x), ExactMathFunctions.ExpGradient(x));
            Close(2 * x / (x * x + 1), ExactMathFunctions.LogGradient(x));
            Close(1.0, ExactMathFunctions.StepsGradient(x));
            Close(Math.PI, ExactMathFunctions.ConstantsGradient(x));
        }

        [Theory]
        [InlineData(0.3)]
        [InlineData(7.5)]
        public void PositiveArgumentFunctions(double x)
        {
            Close(1 / (x * Math.Log(10)), ExactMathFunctions.Log10Gradient(x));
            Close(1 / (2 * Math.Sqrt(x)), ExactMathFunctions.SqrtGradient(x));
            Close(1 / (3 * Math.Cbrt(x) * Math.Cbrt(x)), ExactMathFunctions.CbrtGradient(x));
        }

        [Theory]
        [InlineData(1.5, 0.5)]
        [InlineData(-2.0, 3.0)]
        public void TwoArgumentFunctions(double a, double b)
        {
            var (dy, dx) = ExactMathFunctions.Atan2Gradient(a, b);
            Close(b / (a * a + b * b), dy);
            Close(-a / (a * a + b * b), dx);

            var (dAbs, dAbsY) = ExactMathFunctions.AbsGradient(a, b);
            Close(Math.Sign(a) * b, dAbs);
            Close(Math.Abs(a), dAbsY);

            var (dMaxX, dMaxY) = ExactMathFunctions.MaxGradient(a, b);
            Close(a >= b * b ? 1 : 0, dMaxX);
            Close(a >= b * b ? 0 : 2 * b, dMaxY);

            var (dMinX, dMinY) = ExactMathFunctions.MinGradient(a, b);
            Close(a <= b * b ? 1 : 0, dMinX);
            Close(a <= b * b ? 0 : 2 * b, dMinY);
        }

        [Theory]
        [InlineData(1.5, 0.5)]
        [InlineData(3.0, 2.5)]
        public void PowAndLogWithABase(double a, double b)
        {
            var (da, db) = ExactMathFunctions.PowGradient(a, b);
            Close(b * Math.Pow(a, b - 1), da);
            Close(Math.Pow(a, b) * Math.Log(a), db);

            var (dLogA, dLogB) = ExactMathFunctions.LogBaseGradient(a, b);
            Close(1 / (a * Math.Log(b)), dLogA);
            Close(-Math.Log(a) / (b * Math.Log(b) * Math.Log(b)), dLogB);
        }
    }
}
