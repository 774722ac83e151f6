using System;
using System.Collections.Generic;
using System.Linq;

namespace GradGen.Samples.Steps
{
    /// <summary>Functions of the sweep that the notebook does not have.</summary>
    public static partial class SweepFunctions
    {
        /// <summary>sin x, whose derivative cos x is known to the last bit.</summary>
        [Differentiable]
        public static double Sine(double x) => Math.Sin(x);
    }

    /// <summary>One way of computing a derivative: <see cref="Estimate"/> takes the step h (an exact method ignores it).</summary>
    /// <param name="Method">The name in tables and legends.</param>
    /// <param name="Estimate">The derivative's elements, flattened, at step h.</param>
    public sealed record DerivativeMethod(string Method, Func<double, double[]> Estimate);

    /// <summary>A function at one point, the true derivative there, and the methods to compare with it.</summary>
    public sealed record SweepCase(string Function, double[] TrueDerivative, IReadOnlyList<DerivativeMethod> Methods);

    /// <summary>A method's error (largest absolute error over the derivative's elements) at each step of the sweep.</summary>
    public sealed record ErrorSeries(string Method, double[] Errors);

    /// <summary>The sweep of one case.</summary>
    public sealed record SweepResult(string Function, double[] Steps, IReadOnlyList<ErrorSeries> Series);

    /// <summary>
    /// The notebook's remark on the step size, measured: a finite difference has a truncation error that shrinks
    /// with h (h for forward, h^2 for centered) and a rounding error that grows as 1/h, so its error against h is a V;
    /// the exact gradient has no h at all.
    /// </summary>
    public static class StepSweep
    {
        /// <summary>Steps from 1e-1 down to 1e-15, <paramref name="perDecade"/> to a decade, largest first.</summary>
        public static double[] Steps(int perDecade)
        {
            int count = 14 * perDecade + 1;
            return Enumerable.Range(0, count).Select(k => Math.Pow(10, -1 - (double)k / perDecade)).ToArray();
        }

        /// <summary>
        /// x^2 at 4, sin at 1 and the notebook's loss at its W, each by: the forward and centered differences at h;
        /// "Richardson", one step of Richardson extrapolation from the centered differences at h and h/2,
        /// (4 D(h/2) - D(h)) / 3, whose truncation error is O(h^4); "adaptive", the generated <c>MRichardsonDiff</c>,
        /// which picks its own steps (a flat line: it takes no h); and the exact gradient.
        /// </summary>
        public static IReadOnlyList<SweepCase> Cases()
        {
            double[,] w = NotebookPoint.W;
            double[] x = NotebookPoint.X, t = NotebookPoint.T;
            return new[]
            {
                new SweepCase("x^2 at 4", new[] { 8.0 }, new[]
                {
                    new DerivativeMethod("forward", h => new[] { Notebook.SquaredForwardDiff(4, h) }),
                    new DerivativeMethod("centered", h => new[] { Notebook.SquaredCenteredDiff(4, h) }),
                    new DerivativeMethod("Richardson", h => Richardson(h, step => new[] { Notebook.SquaredCenteredDiff(4, step) })),
                    new DerivativeMethod("adaptive", _ => new[] { Notebook.SquaredRichardsonDiff(4) }),
                    new DerivativeMethod("exact", _ => new[] { Notebook.SquaredGradient(4) }),
                }),
                new SweepCase("sin at 1", new[] { Math.Cos(1) }, new[]
                {
                    new DerivativeMethod("forward", h => new[] { SweepFunctions.SineForwardDiff(1, h) }),
                    new DerivativeMethod("centered", h => new[] { SweepFunctions.SineCenteredDiff(1, h) }),
                    new DerivativeMethod("Richardson", h => Richardson(h, step => new[] { SweepFunctions.SineCenteredDiff(1, step) })),
                    new DerivativeMethod("adaptive", _ => new[] { SweepFunctions.SineRichardsonDiff(1) }),
                    new DerivativeMethod("exact", _ => new[] { SweepFunctions.SineGradient(1) }),
                }),
                new SweepCase("notebook loss at W", Flatten(NotebookPoint.LossGradientByHand(w, x, t)), new[]
                {
                    new DerivativeMethod("forward", h => Flatten(Notebook.LossForwardDiff(w, x, t, h))),
                    new DerivativeMethod("centered", h => Flatten(Notebook.LossCenteredDiff(w, x, t, h))),
                    new DerivativeMethod("Richardson", h => Richardson(h, step => Flatten(Notebook.LossCenteredDiff(w, x, t, step)))),
                    new DerivativeMethod("adaptive", _ => Flatten(Notebook.LossRichardsonDiff(w, x, t))),
                    new DerivativeMethod("exact", _ => Flatten(Notebook.LossGradient(w, x, t))),
                }),
            };
        }

        /// <summary>One Richardson step: the centered differences at h and h/2 combined so that their h^2 terms cancel.</summary>
        private static double[] Richardson(double h, Func<double, double[]> centered) =>
            centered(h / 2).Zip(centered(h), (half, full) => (4 * half - full) / 3).ToArray();

        /// <summary>Every method of <paramref name="sweepCase"/> at every step.</summary>
        public static SweepResult Run(SweepCase sweepCase, double[] steps)
        {
            var series = sweepCase.Methods
                .Select(m => new ErrorSeries(m.Method, steps.Select(h => LargestError(m.Estimate(h), sweepCase.TrueDerivative)).ToArray()))
                .ToArray();
            return new SweepResult(sweepCase.Function, steps, series);
        }

        private static double LargestError(double[] estimate, double[] truth) =>
            estimate.Zip(truth, (e, t) => Math.Abs(e - t)).Max();

        private static double[] Flatten(double[,] a) => a.Cast<double>().ToArray();
    }
}
