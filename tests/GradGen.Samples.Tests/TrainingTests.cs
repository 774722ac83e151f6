using System;
using System.Linq;
using GradGen.Samples.Training;
using Xunit;

namespace GradGen.Samples.Tests
{
    /// <summary>-- train: the shipped digits load, the exact gradients match the numerical ones, a short run learns.</summary>
    public class TrainingTests
    {
        private static readonly Digits Data = Digits.Load(SampleFiles.DataPath(Digits.FileName));

        [Fact]
        public void Digits_file_has_1797_images_of_64_pixels_in_ten_classes()
        {
            Assert.Equal(1797, Data.Count);
            Assert.Equal(64, Data.Images.GetLength(1));
            Assert.Equal(Enumerable.Range(0, 10), Data.Labels.Distinct().OrderBy(l => l));
            Assert.InRange(Data.Images.Cast<double>().Max(), 0.99, 1.0);
            var (train, test) = Data.Split(0.25, seed: 1);
            Assert.Equal(449, test.Length);
            Assert.Equal(Enumerable.Range(0, 1797), train.Concat(test).OrderBy(r => r));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(8)]
        public void Exact_gradient_matches_the_centered_difference(int hidden)
        {
            IClassifier model = hidden == 0 ? new SoftmaxRegression(seed: 3) : new TwoLayerNetwork(hidden, seed: 3);
            int[] batch = { 0, 5, 17, 300, 1200 };
            var exact = Shaped(model.Parameters);
            var numeric = Shaped(model.Parameters);
            double loss = model.LossAndGradient(Data, batch, exact);
            model.NumericGradient(Data, batch, numeric);

            Assert.InRange(loss, 1.0, 5.0);
            for (int p = 0; p < exact.Length; p++)
            {
                var e = Adam.Flat(exact[p]).ToArray();
                var n = Adam.Flat(numeric[p]).ToArray();
                double scale = e.Max(Math.Abs);
                Assert.True(scale > 0);
                double worst = e.Zip(n, (a, b) => Math.Abs(a - b)).Max();
                Assert.True(worst < 1e-7 * Math.Max(scale, 1), $"parameter {p}: exact and centered differ by {worst:E1} (largest entry {scale:E1})");
            }
        }

        [Fact]
        public void Softmax_regression_learns_the_digits_in_five_epochs()
        {
            var (train, test) = Data.Split(0.25, seed: 1);
            var epochs = Trainer.Train(new SoftmaxRegression(seed: 1), Data, train, test, new TrainingOptions(5, 32, 0.01, 1));
            Assert.Equal(5, epochs.Count);
            Assert.True(epochs[^1].TrainLoss < epochs[0].TrainLoss / 2, $"loss {epochs[0].TrainLoss} then {epochs[^1].TrainLoss}");
            Assert.True(epochs[^1].TestAccuracy >= 0.9, $"test accuracy {epochs[^1].TestAccuracy}");
        }

        [Fact]
        public void Two_layer_network_learns_the_digits_in_five_epochs()
        {
            var (train, test) = Data.Split(0.25, seed: 1);
            var epochs = Trainer.Train(new TwoLayerNetwork(hidden: 16, seed: 1), Data, train, test, new TrainingOptions(5, 32, 0.01, 1));
            Assert.True(epochs[^1].TrainLoss < epochs[0].TrainLoss / 2, $"loss {epochs[0].TrainLoss} then {epochs[^1].TrainLoss}");
            Assert.True(epochs[^1].TestAccuracy >= 0.9, $"test accuracy {epochs[^1].TestAccuracy}");
        }

        [Fact]
        public void Adam_moves_every_rank_of_array_against_the_gradient()
        {
            var w = new double[,] { { 1, 2 }, { 3, 4 } };
            var b = new[] { 5.0 };
            var adam = new Adam(new Array[] { w, b }, learningRate: 0.1);
            adam.Step(new Array[] { new double[,] { { 1, -1 }, { 0, 2 } }, new[] { -3.0 } });

            // The first Adam step moves each parameter by the learning rate, against its gradient's sign.
            Assert.Equal(new[] { 0.9, 2.1, 3.0, 3.9 }, w.Cast<double>().Select(v => Math.Round(v, 6)));
            Assert.Equal(5.1, b[0], 6);
        }

        private static Array[] Shaped(Array[] arrays) =>
            Array.ConvertAll(arrays, a => Array.CreateInstance(typeof(double), Enumerable.Range(0, a.Rank).Select(a.GetLength).ToArray()));
    }
}
