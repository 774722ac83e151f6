using GradGen.Samples;
using GradGen.Tests.Functions;
using Xunit;
using Xunit.Abstractions;

namespace GradGen.Tests.Numeric
{
    /// <summary>
    /// MCheckGradient against Richardson extrapolation along a direction: a correct gradient scores about 1e-10 or
    /// less, a gradient wrong by one part in a million scores far above the documented 1e-8 threshold.
    /// </summary>
    public class CheckGradientTests
    {
        private readonly ITestOutputHelper _output;

        public CheckGradientTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void CorrectGradientsScore1e10OrLess()
        {
            var scores = new[]
            {
                ("notebook loss", Notebook.LossCheckGradient((double[,])NumericCase.LossWeights.Clone(), NumericCase.LossInputs, NumericCase.LossLabels)),
                ("x squared at 4", Notebook.SquaredCheckGradient(4)),
                ("a^2 + ab", Notebook.FCheckGradient(3, 4)),
                ("softplus, custom derivative", RichardsonFunctions.WithSoftplusCheckGradient(0.7, -1.3)),
                ("twice Rosenbrock, exact through a numeric callee", RichardsonFunctions.TwiceRosenbrockCheckGradient(NumericCase.RosenbrockPoint())),
                ("Rosenbrock, numeric", RichardsonFunctions.RosenbrockCheckGradient(NumericCase.RosenbrockPoint())),
            };

            foreach (var (name, score) in scores)
            {
                _output.WriteLine(name + ": " + score.ToString("0.0E+00"));
                Assert.True(score <= 1e-10, name + " scored " + score.ToString("R"));
            }
        }

        [Fact]
        public void AGradientWrongByOnePartInAMillionIsFlagged()
        {
            var score = RichardsonFunctions.WithSlightlyWrongSoftplusCheckGradient(0.7, -1.3);
            _output.WriteLine("wrong by 1e-6: " + score.ToString("0.0E+00"));
            Assert.True(score > 1e-8, "scored " + score.ToString("R"));
            Assert.True(score < 1e-5, "scored " + score.ToString("R"));
        }
    }
}
