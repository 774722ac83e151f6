using GradGen.Samples;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>The seed notebook's printed numbers, reproduced through generated code: our first acceptance test.</summary>
    public class NotebookTests
    {
        private static readonly double[,] W =
        {
            { 0.47355232, 0.9977393, 0.84668094 },
            { 0.85557411, 0.03563661, 0.69422093 },
        };

        private static readonly double[] X = { 0.6, 0.9 };
        private static readonly double[] T = { 0, 0, 1 };

        [Fact]
        public void ForwardDifferenceOfSquareAtFour() =>
            Assert.Equal(8.00009999998963, Notebook.SquaredForwardDiff(4), 1e-12);

        [Fact]
        public void CenteredDifferenceOfSquareAtFour() =>
            Assert.Equal(7.999999999999119, Notebook.SquaredCenteredDiff(4), 1e-12);

        [Fact]
        public void PartialDerivativesFromSeparateScalars()
        {
            var (a, b) = Notebook.FCenteredDiff(3.0, 4.0);
            Assert.Equal(9.999999992515995, a, 1e-12);
            Assert.Equal(2.9999999995311555, b, 1e-12);
        }

        [Fact]
        public void PartialDerivativesFromOneArray()
        {
            var gradient = Notebook.FCenteredDiff(new[] { 3.0, 4.0 });
            Assert.Equal(9.999999992515995, gradient[0], 1e-12);
            Assert.Equal(2.9999999995311555, gradient[1], 1e-12);
        }

        [Fact]
        public void SoftmaxCrossEntropyLossAndGradient()
        {
            double[,] expected =
            {
                { 0.21924757124, 0.14356242984, -0.36281000101 },
                { 0.32887135690, 0.21534364483, -0.54421500147 },
            };
            var w = (double[,])W.Clone();

            Assert.Equal(0.9280682857864075, Notebook.Loss(w, X, T), 1e-15);

            // The notebook's own algorithm, and the exact gradient, which agrees with it to the centered difference's error.
            foreach (var gradient in new[] { Notebook.LossCenteredDiff(w, X, T), Notebook.LossGradient(w, X, T) })
            {
                Assert.Equal(2, gradient.GetLength(0));
                Assert.Equal(3, gradient.GetLength(1));
                for (int i = 0; i < 2; i++)
                {
                    for (int j = 0; j < 3; j++)
                    {
                        Assert.Equal(expected[i, j], gradient[i, j], 1e-9);
                    }
                }
            }

            Assert.Equal(W, w);
        }
    }
}
