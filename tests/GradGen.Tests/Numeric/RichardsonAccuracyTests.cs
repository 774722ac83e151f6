using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Samples;
using GradGen.Tests.Functions;
using Xunit;
using Xunit.Abstractions;

namespace GradGen.Tests.Numeric
{
    /// <summary>
    /// MRichardsonDiff against closed forms (issue 15): within 1e-10 of max(|g|, 1) everywhere the centered difference
    /// at its default step is not; the evaluations it takes per input; no allocation with destinations.
    /// </summary>
    public class RichardsonAccuracyTests
    {
        private readonly ITestOutputHelper _output;

        public RichardsonAccuracyTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Cases() => NumericCase.All.Select(c => new object[] { c.Name });

        [Theory]
        [MemberData(nameof(Cases))]
        public void RichardsonIsWithin1e10OfTheClosedForm(string name)
        {
            var c = NumericCase.All.Single(candidate => candidate.Name == name);
            var exact = c.Exact();
            RichardsonFunctions.Calls = 0;
            var richardson = c.Richardson();
            if (c.Name.StartsWith("notebook", StringComparison.Ordinal))
            {
                RichardsonFunctions.CountedLossRichardsonDiff((double[,])NumericCase.LossWeights.Clone(), NumericCase.LossInputs, NumericCase.LossLabels);
            }

            var calls = RichardsonFunctions.Calls;
            var centered = c.Centered();

            var error = NumericCase.RelativeError(richardson, exact);
            _output.WriteLine($"{c.Name}: Richardson {error:0.0E+00}, centered (h = 1e-4) {NumericCase.RelativeError(centered, exact):0.0E+00}, calls per input {(double)calls / c.Inputs:0.#}");
            Assert.True(error <= 1e-10, c.Name + ": relative error " + error.ToString("R"));
        }

        [Theory]
        [InlineData("log at 1e-3", 1e-3)]
        [InlineData("sin(50x) at 0.3", 1e-6)]
        [InlineData("x^3 at 1e-3", 1e-8)]
        [InlineData("Rosenbrock, 10 inputs", 1e-9)]
        public void TheCenteredDifferenceAtItsDefaultStepIsFarWorse(string name, double atLeast)
        {
            var c = NumericCase.All.Single(candidate => candidate.Name == name);
            var centered = NumericCase.RelativeError(c.Centered(), c.Exact());
            Assert.True(centered >= atLeast, name + ": centered difference " + centered.ToString("R"));
        }

        [Fact]
        public void CallsPerInputAreFewForPolynomialsAndBoundedForAll()
        {
            RichardsonFunctions.Calls = 0;
            RichardsonFunctions.CubeRichardsonDiff(2.0);
            Assert.Equal(6, RichardsonFunctions.Calls); // x^3: the second column is exact, the third confirms it

            foreach (var c in NumericCase.All.Where(c => c.Name.StartsWith("Rosenbrock", StringComparison.Ordinal) || c.Name.StartsWith("Black", StringComparison.Ordinal)))
            {
                RichardsonFunctions.Calls = 0;
                c.Richardson();
                Assert.InRange(RichardsonFunctions.Calls, 4 * c.Inputs, 60 * c.Inputs);
            }
        }

        [Fact]
        public void TheDefaultNumericGradientIsRichardsonAndCenteredDifferenceIsTheCenteredDifference()
        {
            var x = NumericCase.RosenbrockPoint();
            Assert.Equal(RichardsonFunctions.RosenbrockRichardsonDiff(x), RichardsonFunctions.RosenbrockGradient(x));
            Assert.Equal(RichardsonFunctions.CenteredRosenbrockCenteredDiff(x), RichardsonFunctions.CenteredRosenbrockGradient(x));
            Assert.True(NumericCase.RelativeError(RichardsonFunctions.CenteredRosenbrockGradient(x), NumericCase.RosenbrockGradient(x)) > 1e-9);
        }

        [Fact]
        public void AnExactGradientThroughANumericCalleeIsAsAccurateAsRichardson()
        {
            var x = NumericCase.RosenbrockPoint();
            var exact = NumericCase.RosenbrockGradient(x).Select(g => 2 * g).ToArray();
            var error = NumericCase.RelativeError(RichardsonFunctions.TwiceRosenbrockGradient(x), exact);
            Assert.True(error <= 1e-10, "relative error " + error.ToString("R"));
        }

        [Fact]
        public void InputsAreRestoredBitForBit()
        {
            var w = NumericCase.LossWeights;
            var copy = (double[,])w.Clone();
            copy[1, 2] = -0.0;
            var before = copy.Cast<double>().Select(BitConverter.DoubleToInt64Bits).ToArray();
            Notebook.LossRichardsonDiff(copy, NumericCase.LossInputs, NumericCase.LossLabels, new double[2, 3], new double[2, 3]);
            Assert.Equal(before, copy.Cast<double>().Select(BitConverter.DoubleToInt64Bits).ToArray());
        }

        [Fact]
        public void DestinationOverloadsAllocateNothing()
        {
            // Functions that allocate nothing themselves (the notebook loss creates an array per call).
            var x = NumericCase.RosenbrockPoint();
            var gradient = new double[x.Length];
            var error = new double[x.Length];
            var large = Enumerable.Range(0, 1000).Select(i => 0.5 + 0.01 * (i % 17)).ToArray();
            var largeGradient = new double[1000];
            var largeError = new double[1000];
            void Run()
            {
                RichardsonFunctions.RosenbrockRichardsonDiff(x, gradient);
                RichardsonFunctions.RosenbrockRichardsonDiff(x, gradient, error);
                RichardsonFunctions.RosenbrockRichardsonDiff(large, largeGradient, largeError);
                RichardsonFunctions.RosenbrockGradient(x, gradient);
                RichardsonFunctions.BlackScholesRichardsonDiff(100, 95, 0.75, 0.03, 0.25, out _, out _, out _, out _, out _, out _, out _, out _, out _, out _);
            }

            Run();
            var before = GC.GetAllocatedBytesForCurrentThread();
            Run();
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
