using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace GradGen.Samples.Optimization
{
    /// <summary>Which gradient the minimiser is given.</summary>
    public enum GradientSource
    {
        /// <summary>GradGen's exact <c>ValueGradient</c> (reverse mode from the body).</summary>
        Exact,

        /// <summary>GradGen's <c>ValueCenteredDiff</c>: the notebook's centered difference, 2n evaluations a gradient.</summary>
        Numeric,
    }

    /// <summary>What one minimisation did.</summary>
    /// <param name="Minimizer">"BFGS" or "L-BFGS".</param>
    /// <param name="Gradient">The gradient it was given.</param>
    /// <param name="Inputs">The dimension.</param>
    /// <param name="Iterations">The minimiser's iterations (0 when it stopped with an error before reporting them).</param>
    /// <param name="FunctionEvaluations">Evaluations of the Rosenbrock sum, those inside numerical gradients included.</param>
    /// <param name="GradientEvaluations">Gradients the minimiser asked for.</param>
    /// <param name="Time">Wall-clock time of the minimisation.</param>
    /// <param name="FinalError">Largest |x_i - 1| at the point returned (or, after an error, the last point evaluated).</param>
    /// <param name="Outcome">Why it stopped, in MathNet's words.</param>
    /// <param name="Path">Every point evaluated, in order (kept for two inputs only).</param>
    public sealed record MinimizationReport(
        string Minimizer, GradientSource Gradient, int Inputs, int Iterations, long FunctionEvaluations, long GradientEvaluations,
        TimeSpan Time, double FinalError, string Outcome, IReadOnlyList<(double X, double Y)> Path);

    /// <summary>MathNet.Numerics' quasi-Newton minimisers on <see cref="Rosenbrock"/>, fed by GradGen's gradients.</summary>
    public static class RosenbrockMinimization
    {
        /// <summary>Gradient, step and progress tolerances given to MathNet.</summary>
        public const double Tolerance = 1e-10;

        /// <summary>Iteration limit.</summary>
        public const int MaximumIterations = 100_000;

        /// <summary>Minimises from <see cref="Rosenbrock.Start"/>: BFGS up to 100 inputs, L-BFGS (memory 10) above, whose n x n matrix would not pay.</summary>
        public static MinimizationReport Run(int inputs, GradientSource gradient)
        {
            long functionEvaluations = 0, gradientEvaluations = 0;
            var path = new List<(double X, double Y)>();
            double[] last = Rosenbrock.Start(inputs);

            double Value(Vector<double> point)
            {
                var x = point.ToArray();
                last = x;
                if (inputs == 2)
                {
                    path.Add((x[0], x[1]));
                }

                functionEvaluations++;
                return Rosenbrock.Value(x);
            }

            Vector<double> Gradient(Vector<double> point)
            {
                var x = point.ToArray();
                gradientEvaluations++;
                if (gradient == GradientSource.Exact)
                {
                    return Vector<double>.Build.Dense(Rosenbrock.ValueGradient(x));
                }

                functionEvaluations += 2 * inputs;
                return Vector<double>.Build.Dense(Rosenbrock.ValueCenteredDiff(x));
            }

            IUnconstrainedMinimizer minimizer = inputs <= 100
                ? new BfgsMinimizer(Tolerance, Tolerance, Tolerance, MaximumIterations)
                : new LimitedMemoryBfgsMinimizer(Tolerance, Tolerance, Tolerance, 10, MaximumIterations);
            string name = inputs <= 100 ? "BFGS" : "L-BFGS";
            var objective = ObjectiveFunction.Gradient(Value, Gradient);
            var start = Vector<double>.Build.Dense(Rosenbrock.Start(inputs));
            var clock = Stopwatch.StartNew();
            try
            {
                var result = minimizer.FindMinimum(objective, start);
                clock.Stop();
                return new MinimizationReport(
                    name, gradient, inputs, result.Iterations, functionEvaluations, gradientEvaluations, clock.Elapsed,
                    ErrorFromOne(result.MinimizingPoint.ToArray()), result.ReasonForExit.ToString(), path);
            }
            catch (Exception e) when (e is OptimizationException or MaximumIterationsException)
            {
                clock.Stop();
                return new MinimizationReport(
                    name, gradient, inputs, 0, functionEvaluations, gradientEvaluations, clock.Elapsed,
                    ErrorFromOne(last), $"failed: {e.Message}", path);
            }
        }

        private static double ErrorFromOne(double[] x) => x.Max(v => Math.Abs(v - 1));
    }
}
