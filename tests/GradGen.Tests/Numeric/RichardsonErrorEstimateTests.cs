using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;
using Xunit.Abstractions;

namespace GradGen.Tests.Numeric
{
    /// <summary>
    /// The error estimates of MRichardsonDiff on a few hundred random smooth functions: they must bound the true error
    /// in at least 95% of cases and be within 1,000 times it in most (issue 15).
    /// </summary>
    public class RichardsonErrorEstimateTests
    {
        private const double Epsilon = 2.220446049250313E-16;
        private readonly ITestOutputHelper _output;

        public RichardsonErrorEstimateTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void EstimatesBoundTheTrueErrorOfRandomSmoothFunctions()
        {
            var random = new Random(15);
            int cases = 600, bounded = 0, withinThousand = 0, accurate = 0;
            for (var n = 0; n < cases; n++)
            {
                var (kind, a, b, w, p, x) = Draw(random);
                RichardsonFunctions.SmoothRichardsonDiff(x, kind, a, b, w, p, out var estimate, out var error);
                var (exact, reference) = Derivative(kind, a, b, w, p, x);
                var trueError = Math.Abs(estimate - exact);
                if (error >= trueError - reference)
                {
                    bounded++;
                }

                if (error <= 1000 * Math.Max(trueError, reference))
                {
                    withinThousand++;
                }

                if (trueError <= 1e-10 * Math.Max(Math.Abs(exact), 1) + reference)
                {
                    accurate++;
                }
            }

            _output.WriteLine($"{cases} cases: estimate >= true error in {100.0 * bounded / cases:0.0}%, <= 1000 x true error in {100.0 * withinThousand / cases:0.0}%, relative error <= 1e-10 in {100.0 * accurate / cases:0.0}%");
            Assert.True(bounded >= 0.95 * cases, "bounded in " + bounded + " of " + cases);
            Assert.True(withinThousand >= 0.9 * cases, "within 1,000 times in " + withinThousand + " of " + cases);
            Assert.True(accurate >= 0.99 * cases, "accurate in " + accurate + " of " + cases);
        }

        [Fact]
        public void EstimatesBoundTheTrueErrorOfAGradientElementByElement()
        {
            var random = new Random(1515);
            int elements = 0, bounded = 0;
            for (var n = 0; n < 40; n++)
            {
                var x = Enumerable.Range(0, 8).Select(_ => random.NextDouble() * 4 - 2).ToArray();
                var c = Enumerable.Range(0, 7).Select(_ => random.NextDouble() * 6 - 3).ToArray();
                var gradient = new double[8];
                var error = new double[8];
                RichardsonFunctions.CoupledRichardsonDiff(x, c, gradient, error);
                var exact = new double[8];
                for (var i = 0; i < 7; i++)
                {
                    var e = c[i] * Math.Exp(x[i] * x[i + 1] / 4);
                    exact[i] += e * x[i + 1] / 4 + Math.Cos(x[i]);
                    exact[i + 1] += e * x[i] / 4;
                }

                for (var i = 0; i < 8; i++)
                {
                    elements++;
                    var reference = 16 * Epsilon * (Math.Abs(exact[i]) + 1);
                    bounded += error[i] >= Math.Abs(gradient[i] - exact[i]) - reference ? 1 : 0;
                    Assert.True(Math.Abs(gradient[i] - exact[i]) <= 1e-10 * Math.Max(Math.Abs(exact[i]), 1), "element " + i + ": " + gradient[i].ToString("R") + " vs " + exact[i].ToString("R"));
                }
            }

            _output.WriteLine($"{elements} gradient elements: estimate >= true error in {100.0 * bounded / elements:0.0}%");
            Assert.True(bounded >= 0.95 * elements, "bounded in " + bounded + " of " + elements);
        }

        [Fact]
        public void NoAgreementGivesAnInfiniteEstimate()
        {
            RichardsonFunctions.SmoothRichardsonDiff(double.NaN, 2, 1, 0, 1, 1, out var estimate, out var error);
            Assert.True(double.IsNaN(estimate));
            Assert.True(double.IsPositiveInfinity(error));

            // A NaN element gets NaN, not the derivative of the element before it.
            var gradient = new double[3];
            var errors = new double[3];
            RichardsonFunctions.SquareOfFirstRichardsonDiff(new[] { 3.0, double.NaN, 1.0 }, gradient, errors);
            Assert.Equal(6.0, gradient[0], 12);
            Assert.True(double.IsNaN(gradient[1]));
            Assert.True(double.IsPositiveInfinity(errors[1]));
            Assert.Equal(0.0, gradient[2]);
        }

        /// <summary>
        /// A family and its coefficients, and a point where the function is smooth: x from 1e-3 to 1e3 in magnitude,
        /// positive for the logarithm and the square root.
        /// </summary>
        private static (int Kind, double A, double B, double W, int P, double X) Draw(Random random)
        {
            var kind = random.Next(6);
            var a = random.NextDouble() * 6 - 3;
            var b = random.NextDouble() * 6 - 3;
            var w = Math.Pow(10, random.NextDouble() * 2.5 - 1);
            var p = random.Next(2, 7);
            var x = (random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, random.NextDouble() * 6 - 3);
            if (kind == 1)
            {
                x = random.NextDouble() * 6 - 3;
            }

            if (kind is 3 or 5)
            {
                x = Math.Abs(x);
            }

            return (kind, a, b, w, p, x);
        }

        /// <summary>The closed-form derivative, and how far from the true one its own rounding may put it.</summary>
        private static (double Value, double Rounding) Derivative(int kind, double a, double b, double w, int p, double x)
        {
            double value = kind switch
            {
                0 => a * p * Math.Pow(x, p - 1),
                1 => a * w / 10 * Math.Exp(w / 10 * x) + b,
                2 => a * w * Math.Cos(w * x + b),
                3 => a / x,
                4 => -2 * a * w * w * x / Math.Pow(1 + w * x * (w * x), 2),
                _ => 0.5 * a / Math.Sqrt(x) + 2 * b * x,
            };

            // sin(w x + b) rounds w x + b to its own epsilon, which moves the cosine by up to that much times a w.
            var argument = kind == 2 ? Math.Abs(a * w) * (Math.Abs(w * x) + Math.Abs(b)) : 0;
            return (value, 8 * Epsilon * (Math.Abs(value) + argument));
        }
    }
}
