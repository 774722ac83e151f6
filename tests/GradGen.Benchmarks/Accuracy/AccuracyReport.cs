using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GradGen.Benchmarks.Workloads;

namespace GradGen.Benchmarks.Accuracy
{
    /// <summary>
    /// Prints, as Markdown, the absolute error of the forward, centered, Richardson and GradGen gradient derivatives
    /// against closed forms (Black-Scholes: against its exact gradient): at the default step, and over a sweep of
    /// steps beside the Richardson estimate, which chooses its own steps. Not timed.
    /// </summary>
    internal static class AccuracyReport
    {
        private static readonly double[] Steps = Enumerable.Range(1, 12).Select(e => Math.Pow(10, -e)).ToArray();

        public static void Print()
        {
            var cases = Cases();
            Console.WriteLine("| function | forward (h = 1e-4) | centered (h = 1e-4) | Richardson | Gradient |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var c in cases)
            {
                Console.WriteLine($"| {c.Name} | {Format(c.Forward(1e-4))} | {Format(c.Centered(1e-4))} | {Format(c.Richardson())} | {Format(c.Gradient())} |");
            }

            Console.WriteLine();
            Console.WriteLine("| function | difference | " + string.Join(" | ", Steps.Select(s => s.ToString("0E0", CultureInfo.InvariantCulture))) + " | best step | Richardson |");
            Console.WriteLine("|---|---|" + string.Concat(Steps.Select(_ => "---|")) + "---|---|");
            foreach (var c in cases)
            {
                Console.WriteLine($"| {c.Name} | forward | " + string.Join(" | ", Steps.Select(s => Format(c.Forward(s)))) + $" | {Format(Best(c.Forward))} | |");
                Console.WriteLine($"| {c.Name} | centered | " + string.Join(" | ", Steps.Select(s => Format(c.Centered(s)))) + $" | {Format(Best(c.Centered))} | {Format(c.Richardson())} |");
            }
        }

        /// <summary>The smallest error over the sweep, ignoring steps that leave the function's domain (NaN).</summary>
        private static double Best(Func<double, double> error) => Steps.Select(error).Where(e => !double.IsNaN(e)).Min();

        private static string Format(double error) => error.ToString("0.0E+00", CultureInfo.InvariantCulture);

        /// <summary>Each case returns the largest absolute error over the gradient's elements.</summary>
        private static IReadOnlyList<Case> Cases()
        {
            var x10 = Rosenbrock.Create(10);
            var rosenbrockExact = new double[10];
            Rosenbrock.AnalyticGradient(x10, rosenbrockExact);

            double[] w = { 0.47355232, 0.9977393, 0.84668094, 0.85557411, 0.03563661, 0.69422093 };
            double[] x = { 0.6, 0.9 }, t = { 0, 0, 1 };
            var lossExact = new double[6];
            SoftmaxLoss.AnalyticGradient(w, x, t, lossExact);

            var scholes = BlackScholes.PriceGradient(100, 95, 0.75, 0.03, 0.25);
            var scholesExact = new[] { scholes.spot, scholes.strike, scholes.time, scholes.rate, scholes.volatility };
            double[] Flat((double spot, double strike, double time, double rate, double volatility) g) => new[] { g.spot, g.strike, g.time, g.rate, g.volatility };

            return new[]
            {
                new Case("x^2 at 4", h => Math.Abs(AccuracyFunctions.SquaredForwardDiff(4, h) - 8), h => Math.Abs(AccuracyFunctions.SquaredCenteredDiff(4, h) - 8), () => Math.Abs(AccuracyFunctions.SquaredRichardsonDiff(4) - 8), () => Math.Abs(AccuracyFunctions.SquaredGradient(4) - 8)),
                new Case("sin at 1", h => Math.Abs(AccuracyFunctions.SineForwardDiff(1, h) - Math.Cos(1)), h => Math.Abs(AccuracyFunctions.SineCenteredDiff(1, h) - Math.Cos(1)), () => Math.Abs(AccuracyFunctions.SineRichardsonDiff(1) - Math.Cos(1)), () => Math.Abs(AccuracyFunctions.SineGradient(1) - Math.Cos(1))),
                new Case("exp at 1", h => Math.Abs(AccuracyFunctions.ExponentialForwardDiff(1, h) - Math.E), h => Math.Abs(AccuracyFunctions.ExponentialCenteredDiff(1, h) - Math.E), () => Math.Abs(AccuracyFunctions.ExponentialRichardsonDiff(1) - Math.E), () => Math.Abs(AccuracyFunctions.ExponentialGradient(1) - Math.E)),
                new Case("x^3 at 1e4 (relative)", h => Math.Abs(AccuracyFunctions.CubeForwardDiff(1e4, h) / 3e8 - 1), h => Math.Abs(AccuracyFunctions.CubeCenteredDiff(1e4, h) / 3e8 - 1), () => Math.Abs(AccuracyFunctions.CubeRichardsonDiff(1e4) / 3e8 - 1), () => Math.Abs(AccuracyFunctions.CubeGradient(1e4) / 3e8 - 1)),
                new Case("x^3 at 1e-3", h => Math.Abs(AccuracyFunctions.CubeForwardDiff(1e-3, h) - 3e-6), h => Math.Abs(AccuracyFunctions.CubeCenteredDiff(1e-3, h) - 3e-6), () => Math.Abs(AccuracyFunctions.CubeRichardsonDiff(1e-3) - 3e-6), () => Math.Abs(AccuracyFunctions.CubeGradient(1e-3) - 3e-6)),
                new Case("exp at 10 (relative)", h => Math.Abs(AccuracyFunctions.ExponentialForwardDiff(10, h) / Math.Exp(10) - 1), h => Math.Abs(AccuracyFunctions.ExponentialCenteredDiff(10, h) / Math.Exp(10) - 1), () => Math.Abs(AccuracyFunctions.ExponentialRichardsonDiff(10) / Math.Exp(10) - 1), () => Math.Abs(AccuracyFunctions.ExponentialGradient(10) / Math.Exp(10) - 1)),
                new Case("log at 1e-3 (relative)", h => Math.Abs(AccuracyFunctions.LogarithmForwardDiff(1e-3, h) / 1e3 - 1), h => Math.Abs(AccuracyFunctions.LogarithmCenteredDiff(1e-3, h) / 1e3 - 1), () => Math.Abs(AccuracyFunctions.LogarithmRichardsonDiff(1e-3) / 1e3 - 1), () => Math.Abs(AccuracyFunctions.LogarithmGradient(1e-3) / 1e3 - 1)),
                new Case("sin(50x) at 0.3", h => Math.Abs(AccuracyFunctions.FastSineForwardDiff(0.3, h) - 50 * Math.Cos(15)), h => Math.Abs(AccuracyFunctions.FastSineCenteredDiff(0.3, h) - 50 * Math.Cos(15)), () => Math.Abs(AccuracyFunctions.FastSineRichardsonDiff(0.3) - 50 * Math.Cos(15)), () => Math.Abs(AccuracyFunctions.FastSineGradient(0.3) - 50 * Math.Cos(15))),
                new Case("Rosenbrock, 10 inputs", h => MaxError(Rosenbrock.ValueForwardDiff(x10, h), rosenbrockExact), h => MaxError(Rosenbrock.ValueCenteredDiff(x10, h), rosenbrockExact), () => MaxError(Rosenbrock.ValueRichardsonDiff(x10), rosenbrockExact), () => MaxError(Rosenbrock.ValueGradient(x10), rosenbrockExact)),
                new Case("notebook loss, 2x3", h => MaxError(SoftmaxLoss.LossForwardDiff(w, x, t, h), lossExact), h => MaxError(SoftmaxLoss.LossCenteredDiff(w, x, t, h), lossExact), () => MaxError(SoftmaxLoss.LossRichardsonDiff(w, x, t), lossExact), () => MaxError(SoftmaxLoss.LossGradient(w, x, t), lossExact)),
                new Case("Black-Scholes (vs exact)", h => MaxError(Flat(BlackScholes.PriceForwardDiff(100, 95, 0.75, 0.03, 0.25, h)), scholesExact), h => MaxError(Flat(BlackScholes.PriceCenteredDiff(100, 95, 0.75, 0.03, 0.25, h)), scholesExact), () => MaxError(Flat(BlackScholes.PriceRichardsonDiff(100, 95, 0.75, 0.03, 0.25)), scholesExact), () => 0),
            };
        }

        private static double MaxError(double[] actual, double[] expected) =>
            actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max();

        private sealed record Case(string Name, Func<double, double> Forward, Func<double, double> Centered, Func<double> Richardson, Func<double> Gradient);
    }
}
