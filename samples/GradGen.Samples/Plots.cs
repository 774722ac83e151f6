using System;
using ScottPlot;

namespace GradGen.Samples
{
    /// <summary>What the samples' pictures share: log axes and the PNG size.</summary>
    public static class Plots
    {
        /// <summary>Errors of exactly 0 cannot go on a log axis: they are drawn at this value, and the legend says so.</summary>
        public const double LogFloor = 1e-18;

        /// <summary>The base-10 logarithm of a positive value; 0 becomes <see cref="LogFloor"/>.</summary>
        public static double Log10(double value) => Math.Log10(Math.Max(value, LogFloor));

        /// <summary>Makes an axis that shows log10 values read as powers of ten, with log-spaced minor ticks.</summary>
        public static void UseLogTicks(IAxis axis)
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = exponent => "1e" + exponent.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            };
        }
    }
}
