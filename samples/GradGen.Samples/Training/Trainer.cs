using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace GradGen.Samples.Training
{
    /// <summary>How to train: epochs, batch size, learning rate, shuffling seed.</summary>
    public sealed record TrainingOptions(int Epochs, int BatchSize, double LearningRate, int Seed);

    /// <summary>One epoch: the mean training loss over its batches, the test accuracy after it, and its time (gradients and steps only).</summary>
    public sealed record EpochResult(int Epoch, double TrainLoss, double TestAccuracy, TimeSpan Time);

    /// <summary>Mini-batch training with the exact gradient and Adam, and the cost of the notebook's gradient instead.</summary>
    public static class Trainer
    {
        /// <summary>
        /// Trains <paramref name="model"/> on the rows <paramref name="train"/>; after each epoch measures the accuracy on
        /// <paramref name="test"/> and calls <paramref name="epochDone"/>. <paramref name="batchDone"/> is called after each batch.
        /// </summary>
        public static IReadOnlyList<EpochResult> Train(
            IClassifier model, Digits data, int[] train, int[] test, TrainingOptions options,
            Action<EpochResult>? epochDone = null, Action? batchDone = null)
        {
            var random = new Random(options.Seed);
            var gradients = ShapedLike(model.Parameters);
            var adam = new Adam(model.Parameters, options.LearningRate);
            var order = (int[])train.Clone();
            var results = new List<EpochResult>();
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                random.Shuffle(order);
                var clock = Stopwatch.StartNew();
                double lossSum = 0;
                var batches = Batches(order, options.BatchSize);
                foreach (var batch in batches)
                {
                    lossSum += model.LossAndGradient(data, batch, gradients);
                    adam.Step(gradients);
                    batchDone?.Invoke();
                }

                clock.Stop();
                var result = new EpochResult(epoch, lossSum / batches.Count, Accuracy(model, data, test), clock.Elapsed);
                results.Add(result);
                epochDone?.Invoke(result);
            }

            return results;
        }

        /// <summary>The fraction of <paramref name="rows"/> whose digit the model predicts.</summary>
        public static double Accuracy(IClassifier model, Digits data, int[] rows) =>
            rows.Count(r => model.Predict(data, r) == data.Labels[r]) / (double)rows.Length;

        /// <summary>The mean time of the notebook's centered-difference gradient on the first <paramref name="count"/> batches.</summary>
        public static TimeSpan TimeNumericGradient(IClassifier model, Digits data, int[] train, int batchSize, int count)
        {
            var gradients = ShapedLike(model.Parameters);
            var batches = Batches(train, batchSize).Take(count).ToArray();
            var clock = Stopwatch.StartNew();
            foreach (var batch in batches)
            {
                model.NumericGradient(data, batch, gradients);
            }

            return clock.Elapsed / batches.Length;
        }

        /// <summary>The rows cut into consecutive batches; the last may be smaller.</summary>
        public static List<int[]> Batches(int[] rows, int batchSize)
        {
            var batches = new List<int[]>();
            for (int start = 0; start < rows.Length; start += batchSize)
            {
                batches.Add(rows[start..Math.Min(start + batchSize, rows.Length)]);
            }

            return batches;
        }

        private static Array[] ShapedLike(Array[] arrays) =>
            Array.ConvertAll(arrays, a => Array.CreateInstance(typeof(double), Enumerable.Range(0, a.Rank).Select(a.GetLength).ToArray()));
    }
}
