using System;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace GradGen.Samples.Steps
{
    /// <summary><c>-- steps</c>: the error of each derivative method against the step h, as a table and a log-log plot.</summary>
    public static class StepsSample
    {
        /// <summary>The picture this sample writes under images/.</summary>
        public const string ImageFile = "steps.png";

        /// <summary>Prints the decades of the sweep and writes the plot of the full sweep.</summary>
        public static void Run()
        {
            Console.WriteLine("Absolute error of each derivative against h (largest over the elements; exact has no h)");
            var decades = StepSweep.Steps(1);
            var fine = StepSweep.Steps(8);
            var results = StepSweep.Cases().Select(c => StepSweep.Run(c, fine)).ToArray();
            foreach (var result in results)
            {
                Console.WriteLine();
                Console.WriteLine($"  {result.Function}");
                Console.WriteLine("  " + "h".PadRight(10) + string.Concat(result.Series.Select(s => s.Method.PadLeft(12))));
                foreach (double h in decades)
                {
                    int k = Array.FindIndex(result.Steps, s => Math.Abs(Math.Log10(s) - Math.Log10(h)) < 1e-9);
                    Console.WriteLine("  " + h.ToString("0E+00", CultureInfo.InvariantCulture).PadRight(10)
                        + string.Concat(result.Series.Select(s => s.Errors[k].ToString("0.0E+00", CultureInfo.InvariantCulture).PadLeft(12))));
                }

                foreach (var series in result.Series.Where(s => s.Method != "exact" && s.Method != "adaptive"))
                {
                    int best = Array.IndexOf(series.Errors, series.Errors.Min());
                    Console.WriteLine($"  best {series.Method}: {series.Errors[best]:0.0E+00} at h = {result.Steps[best]:0.0E+00}");
                }

                var adaptive = result.Series.Single(s => s.Method == "adaptive");
                Console.WriteLine($"  adaptive (MRichardsonDiff, which picks its own steps): {adaptive.Errors[0]:0.0E+00}");
            }

            string path = SampleFiles.ImagePath(ImageFile);
            Plot(results).SavePng(path, 1800, 600);
            Console.WriteLine();
            Console.WriteLine($"Wrote {path}");
        }

        private static Multiplot Plot(SweepResult[] results)
        {
            var multiplot = new Multiplot();
            multiplot.AddPlots(results.Length);
            multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
            for (int i = 0; i < results.Length; i++)
            {
                var plot = multiplot.GetPlot(i);
                var result = results[i];
                double[] logSteps = result.Steps.Select(Math.Log10).ToArray();
                foreach (var series in result.Series)
                {
                    var line = plot.Add.Scatter(logSteps, series.Errors.Select(Plots.Log10).ToArray());
                    line.LegendText = series.Errors.All(e => e == 0) ? $"{series.Method} (error 0, drawn at 1e-18)" : series.Method;
                    line.MarkerSize = 3;
                }

                plot.Title(result.Function);
                plot.XLabel("step h");
                plot.YLabel("absolute error");
                Plots.UseLogTicks(plot.Axes.Bottom);
                Plots.UseLogTicks(plot.Axes.Left);
                plot.Axes.SetLimitsY(-19, 1);
                plot.ShowLegend(Alignment.UpperCenter);
            }

            return multiplot;
        }
    }
}
