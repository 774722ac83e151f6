using System;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace GradGen.Samples.Optimization
{
    /// <summary><c>-- optimize</c>: BFGS and L-BFGS on Rosenbrock with GradGen's exact gradient against its numerical one.</summary>
    public static class OptimizeSample
    {
        /// <summary>The picture this sample writes under images/.</summary>
        public const string ImageFile = "rosenbrock-path.png";

        /// <summary>Runs each minimiser with each gradient at 2 and 1,000 inputs, prints a table, draws the 2-D paths.</summary>
        public static void Run()
        {
            Console.WriteLine($"MathNet.Numerics minimisers on Rosenbrock from (-1.2, 1, -1.2, 1, ...), tolerances {RosenbrockMinimization.Tolerance:0E+0}");
            Console.WriteLine();
            Console.WriteLine($"  {"inputs",6}  {"minimiser",-9} {"gradient",-8} {"iterations",10} {"f evaluations",14} {"gradients",10} {"time",10} {"max |x_i - 1|",14}  stopped");
            // The first minimisation pays for compiling the code it runs: do it once untimed.
            RosenbrockMinimization.Run(2, GradientSource.Exact);
            RosenbrockMinimization.Run(2, GradientSource.Numeric);
            var reports = new[] { 2, 1000 }
                .SelectMany(n => new[] { GradientSource.Exact, GradientSource.Numeric }.Select(g => RosenbrockMinimization.Run(n, g)))
                .ToArray();
            foreach (var r in reports)
            {
                Console.WriteLine($"  {r.Inputs,6}  {r.Minimizer,-9} {r.Gradient.ToString().ToLowerInvariant(),-8} {r.Iterations,10} {r.FunctionEvaluations,14:N0} {r.GradientEvaluations,10:N0} "
                    + $"{FormatTime(r.Time),10} {r.FinalError,14:0.0E+00}  {r.Outcome}");
            }

            Console.WriteLine();
            Console.WriteLine("  f evaluations count every evaluation of the sum, those inside the numerical gradient (2n each) included.");
            string path = SampleFiles.ImagePath(ImageFile);
            Plot(reports.Where(r => r.Inputs == 2).ToArray()).SavePng(path, 800, 650);
            Console.WriteLine();
            Console.WriteLine($"Wrote {path}");
        }

        private static string FormatTime(TimeSpan time) =>
            time.TotalSeconds >= 1 ? time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s" : time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

        private static Plot Plot(MinimizationReport[] runs)
        {
            var plot = new Plot();
            const int points = 120;
            var grid = new Coordinates3d[points, points];
            for (int row = 0; row < points; row++)
            {
                for (int column = 0; column < points; column++)
                {
                    double x = -2 + 4.0 * column / (points - 1), y = -1 + 4.0 * row / (points - 1);
                    grid[row, column] = new Coordinates3d(x, y, Math.Log10(1 + Rosenbrock.Value(new[] { x, y })));
                }
            }

            var contours = plot.Add.ContourLines(grid);
            contours.LineColor = Colors.Gray.WithAlpha(.6);
            foreach (var run in runs)
            {
                var line = plot.Add.Scatter(run.Path.Select(p => p.X).ToArray(), run.Path.Select(p => p.Y).ToArray());
                line.LegendText = $"{run.Minimizer}, {run.Gradient.ToString().ToLowerInvariant()} gradient: {run.Path.Count} points evaluated";
                bool exact = run.Gradient == GradientSource.Exact;
                line.LineWidth = exact ? 5 : 1.5f;
                line.MarkerSize = exact ? 9 : 4;
                line.Color = exact ? Colors.SteelBlue.WithAlpha(.5) : Colors.OrangeRed;
            }

            var start = plot.Add.Marker(-1.2, 1);
            start.LegendText = "start (-1.2, 1)";
            start.Size = 10;
            start.Color = Colors.Black;
            var minimum = plot.Add.Marker(1, 1);
            minimum.LegendText = "minimum (1, 1)";
            minimum.Size = 10;
            plot.Title("Rosenbrock, every point BFGS evaluated (contours of log10(1 + f))");
            plot.XLabel("x");
            plot.YLabel("y");
            plot.Axes.SetLimits(-2, 2, -1, 3);
            plot.ShowLegend(Alignment.LowerRight);
            return plot;
        }
    }
}
