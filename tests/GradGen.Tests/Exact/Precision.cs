using System;
using Xunit.Sdk;

namespace GradGen.Tests.Exact
{
    /// <summary>Relative comparison of derivatives: exact gradients must agree with the analytic ones to rounding.</summary>
    internal static class Precision
    {
        public const double Exact = 1e-13;

        public static void Close(double expected, double actual, double relative = Exact, string what = "")
        {
            if (actual == expected || Math.Abs(actual - expected) <= relative * Math.Abs(expected))
            {
                return;
            }

            throw new XunitException(what + " expected " + expected.ToString("R") + " but got " + actual.ToString("R")
                + " (relative error " + (Math.Abs(actual - expected) / Math.Abs(expected)).ToString("E2") + ", allowed " + relative.ToString("E0") + ")");
        }

        public static void Close(double[] expected, double[] actual, double relative = Exact)
        {
            if (expected.Length != actual.Length)
            {
                throw new XunitException("Expected " + expected.Length + " elements but got " + actual.Length);
            }

            for (var i = 0; i < expected.Length; i++)
            {
                Close(expected[i], actual[i], relative, "[" + i + "]");
            }
        }
    }
}
