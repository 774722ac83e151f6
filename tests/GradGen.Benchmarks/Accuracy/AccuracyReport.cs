using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GradGen.Benchmarks.Workloads;

namespace GradGen.Benchmarks.Accuracy
{
    /// <summary>
    /// Prints, as Markdown, the absolute error of the forward, centered and GradGen gradient derivatives against closed
    /// forms: at the default step, and over a sweep of steps. Not timed.
    /// </summary>
    internal static class AccuracyReport
    {
        private static readonly double[] Steps = Enumerable.Range(1, 12).Select(e => Math.Pow(10, -e)).ToArray();

        public static void Print()
        {
            var cases = Cases();
            Console.WriteLine("| function | forward (h = 1e-4) | centered (h = 1e-4) | Gradient |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var c in cases)
            {
                Console.WriteLine($"| {c.Name} | {Format(c.Forward(1e-4))} | {Format(c.Centered(1e-4))} | {Format(c.Gradient())} |");
            }

            Console.WriteLine();
            Console.WriteLine("| function | difference | " + string.Join(" | ", Steps.Select(s => s.ToString("0E0", CultureInfo.InvariantCulture))) + " |");
            Console.WriteLine("|---|---|" + string.Concat(Steps.Select(_ => "---|")));
            foreach (var c in cases)
            {
                Console.WriteLine($"| {c.Name} | forward | " + string.Join(" | ", Steps.Select(s => Format(c.Forward(s)))) + " |");
                Console.WriteLine($"| {c.Name} | centered | " + string.Join(" | ", Steps.Select(s => Format(c.Centered(s)))) + " |");
            }
        }

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

            return new[]
            {
                new Case("x^2 at 4", h => Math.Abs(AccuracyFunctions.SquaredForwardDiff(4, h) - 8), h => Math.Abs(AccuracyFunctions.SquaredCenteredDiff(4, h) - 8), () => Math.Abs(AccuracyFunctions.SquaredGradient(4) - 8)),
                new Case("sin at 1", h => Math.Abs(AccuracyFunctions.SineForwardDiff(1, h) - Math.Cos(1)), h => Math.Abs(AccuracyFunctions.SineCenteredDiff(1, h) - Math.Cos(1)), () => Math.Abs(AccuracyFunctions.SineGradient(1) - Math.Cos(1))),
                new Case("exp at 1", h => Math.Abs(AccuracyFunctions.ExponentialForwardDiff(1, h) - Math.E), h => Math.Abs(AccuracyFunctions.ExponentialCenteredDiff(1, h) - Math.E), () => Math.Abs(AccuracyFunctions.ExponentialGradient(1) - Math.E)),
                new Case("Rosenbrock, 10 inputs", h => MaxError(Rosenbrock.ValueForwardDiff(x10, h), rosenbrockExact), h => MaxError(Rosenbrock.ValueCenteredDiff(x10, h), rosenbrockExact), () => MaxError(Rosenbrock.ValueGradient(x10), rosenbrockExact)),
                new Case("notebook loss, 2x3", h => MaxError(SoftmaxLoss.LossForwardDiff(w, x, t, h), lossExact), h => MaxError(SoftmaxLoss.LossCenteredDiff(w, x, t, h), lossExact), () => MaxError(SoftmaxLoss.LossGradient(w, x, t), lossExact)),
            };
        }

        private static double MaxError(double[] actual, double[] expected) =>
            actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max();

        private sealed record Case(string Name, Func<double, double> Forward, Func<double, double> Centered, Func<double> Gradient);
    }
}
