using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Samples;
using GradGen.Tests.Functions;

namespace GradGen.Tests.Numeric
{
    /// <summary>
    /// The functions of issue 15's accuracy targets, each with its derivative in closed form and the generated
    /// Richardson and centered-difference estimates, flattened to arrays.
    /// </summary>
    internal sealed record NumericCase(string Name, int Inputs, Func<double[]> Exact, Func<double[]> Richardson, Func<double[]> Centered)
    {
        public static readonly double[,] LossWeights =
        {
            { 0.47355232, 0.9977393, 0.84668094 },
            { 0.85557411, 0.03563661, 0.69422093 },
        };

        public static readonly double[] LossInputs = { 0.6, 0.9 };
        public static readonly double[] LossLabels = { 0, 0, 1 };

        public static readonly double[] BlackScholesPoint = { 100, 95, 0.75, 0.03, 0.25 };

        public static IReadOnlyList<NumericCase> All { get; } = new[]
        {
            Scalar("x^3 at 1e4", 1e4, x => 3 * x * x, RichardsonFunctions.CubeRichardsonDiff, x => RichardsonFunctions.CubeCenteredDiff(x)),
            Scalar("x^3 at 1e-3", 1e-3, x => 3 * x * x, RichardsonFunctions.CubeRichardsonDiff, x => RichardsonFunctions.CubeCenteredDiff(x)),
            Scalar("exp at 10", 10, Math.Exp, RichardsonFunctions.ExponentialRichardsonDiff, x => RichardsonFunctions.ExponentialCenteredDiff(x)),
            Scalar("log at 1e-3", 1e-3, x => 1 / x, RichardsonFunctions.LogarithmRichardsonDiff, x => RichardsonFunctions.LogarithmCenteredDiff(x)),
            Scalar("sin(50x) at 0.3", 0.3, x => 50 * Math.Cos(50 * x), RichardsonFunctions.FastSineRichardsonDiff, x => RichardsonFunctions.FastSineCenteredDiff(x)),
            new NumericCase("notebook loss 2x3", 6, () => LossGradient(LossWeights, LossInputs, LossLabels),
                () => Flatten(Notebook.LossRichardsonDiff(Copy(LossWeights), LossInputs, LossLabels)),
                () => Flatten(Notebook.LossCenteredDiff(Copy(LossWeights), LossInputs, LossLabels))),
            new NumericCase("Rosenbrock, 10 inputs", 10, () => RosenbrockGradient(RosenbrockPoint()),
                () => RichardsonFunctions.RosenbrockRichardsonDiff(RosenbrockPoint()),
                () => RichardsonFunctions.RosenbrockCenteredDiff(RosenbrockPoint())),
            new NumericCase("Black-Scholes, 5 inputs", 5, () => BlackScholesGradient(BlackScholesPoint),
                () => Tuple(RichardsonFunctions.BlackScholesRichardsonDiff(100, 95, 0.75, 0.03, 0.25)),
                () => Tuple(RichardsonFunctions.BlackScholesCenteredDiff(100, 95, 0.75, 0.03, 0.25))),
        };

        /// <summary>The largest error over the elements, relative to max(|g|, 1).</summary>
        public static double RelativeError(double[] estimate, double[] exact) =>
            estimate.Zip(exact, (e, g) => Math.Abs(e - g) / Math.Max(Math.Abs(g), 1)).Max();

        public static double[] RosenbrockPoint() => Enumerable.Range(0, 10).Select(i => 0.5 + 0.01 * (i % 17) - 0.3 * (i % 3)).ToArray();

        public static double[] RosenbrockGradient(double[] x)
        {
            var gradient = new double[x.Length];
            for (var i = 0; i < x.Length - 1; i++)
            {
                var a = x[i + 1] - x[i] * x[i];
                gradient[i] += -400 * a * x[i] - 2 * (1 - x[i]);
                gradient[i + 1] += 200 * a;
            }

            return gradient;
        }

        /// <summary>The notebook loss's gradient, with the 1e-7 inside its logarithm: x_i times dL/dz_k.</summary>
        public static double[] LossGradient(double[,] w, double[] x, double[] t)
        {
            int inputs = w.GetLength(0), outputs = w.GetLength(1);
            var z = new double[outputs];
            for (var k = 0; k < outputs; k++)
            {
                for (var i = 0; i < inputs; i++)
                {
                    z[k] += x[i] * w[i, k];
                }
            }

            var sum = z.Sum(Math.Exp);
            var p = z.Select(value => Math.Exp(value) / sum).ToArray();
            var gradient = new double[inputs * outputs];
            for (var k = 0; k < outputs; k++)
            {
                double dz = 0;
                for (var j = 0; j < outputs; j++)
                {
                    dz -= t[j] / (p[j] + 1e-7) * p[j] * ((j == k ? 1 : 0) - p[k]);
                }

                for (var i = 0; i < inputs; i++)
                {
                    gradient[i * outputs + k] = x[i] * dz;
                }
            }

            return gradient;
        }

        /// <summary>The price's five partial derivatives by the chain rule through d1, d2 and the approximate CDF.</summary>
        public static double[] BlackScholesGradient(double[] point)
        {
            double s = point[0], k = point[1], time = point[2], r = point[3], v = point[4];
            double sqrtTime = Math.Sqrt(time);
            double d1 = (Math.Log(s / k) + (r + 0.5 * v * v) * time) / (v * sqrtTime);
            double d2 = d1 - v * sqrtTime;
            double discount = Math.Exp(-r * time);
            double n1 = RichardsonFunctions.NormalCdf(d1), n2 = RichardsonFunctions.NormalCdf(d2);
            double density1 = CdfDerivative(d1), density2 = CdfDerivative(d2);

            // d1 and d2 by each input: (spot, strike, time, rate, volatility).
            double[] d1By = { 1 / (s * v * sqrtTime), -1 / (k * v * sqrtTime), (r + 0.5 * v * v) / (v * sqrtTime) - d1 / (2 * time), sqrtTime / v, sqrtTime - d1 / v };
            double[] d2By = { d1By[0], d1By[1], d1By[2] - v / (2 * sqrtTime), d1By[3], d1By[4] - sqrtTime };
            double[] direct = { n1, -discount * n2, r * k * discount * n2, time * k * discount * n2, 0 };
            return Enumerable.Range(0, 5).Select(i => direct[i] + s * density1 * d1By[i] - k * discount * density2 * d2By[i]).ToArray();
        }

        /// <summary>The derivative of Abramowitz and Stegun 26.2.17: -tail'(|d|) on both sides.</summary>
        private static double CdfDerivative(double d)
        {
            const double a = 0.2316419;
            double z = Math.Abs(d);
            double k = 1 / (1 + a * z);
            double phi = 0.3989422804014327 * Math.Exp(-0.5 * z * z);
            double poly = 0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429)));
            double polyDerivative = -0.356563782 + k * (2 * 1.781477937 + k * (3 * -1.821255978 + k * 4 * 1.330274429));
            double tailDerivative = -z * phi * k * poly - a * k * k * phi * (poly + k * polyDerivative);
            return -tailDerivative;
        }

        private static NumericCase Scalar(string name, double x, Func<double, double> exact, Func<double, double> richardson, Func<double, double> centered) =>
            new(name, 1, () => new[] { exact(x) }, () => new[] { richardson(x) }, () => new[] { centered(x) });

        private static double[,] Copy(double[,] w) => (double[,])w.Clone();

        private static double[] Flatten(double[,] w) => w.Cast<double>().ToArray();

        private static double[] Tuple((double Spot, double Strike, double Time, double Rate, double Volatility) g) =>
            new[] { g.Spot, g.Strike, g.Time, g.Rate, g.Volatility };

        public override string ToString() => Name;
    }
}
