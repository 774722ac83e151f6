using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;
using Spectre.Console;

namespace GradGen.Samples.Training
{
    /// <summary>
    /// <c>-- train</c>: the notebook's network, and one with a hidden layer, trained on the 8x8 digits with the exact
    /// gradient GradGen generated (<c>LossValueAndGradient</c>) and Adam; then what the notebook's numerical gradient
    /// would have cost.
    /// </summary>
    public static class TrainSample
    {
        /// <summary>The picture this sample writes under images/.</summary>
        public const string ImageFile = "training.png";

        /// <summary>Test set: a quarter of the images, drawn with this seed.</summary>
        public const double TestFraction = 0.25;

        /// <summary>The seed of the split, the weights and the shuffles.</summary>
        public const int Seed = 1;

        /// <summary>Batches on which the numerical gradient is timed (then extrapolated to an epoch).</summary>
        public const int TimedBatches = 3;

        /// <summary>The two models with the settings the README reports.</summary>
        public static IReadOnlyList<(IClassifier Model, TrainingOptions Options)> Models() => new (IClassifier, TrainingOptions)[]
        {
            (new SoftmaxRegression(Seed), new TrainingOptions(Epochs: 30, BatchSize: 32, LearningRate: 0.01, Seed)),
            (new TwoLayerNetwork(hidden: 32, Seed), new TrainingOptions(Epochs: 30, BatchSize: 32, LearningRate: 0.01, Seed)),
        };

        /// <summary>Trains both models with a progress bar, prints the results and writes the curves.</summary>
        public static void Run()
        {
            var data = Digits.Load(SampleFiles.DataPath(Digits.FileName));
            var (train, test) = data.Split(TestFraction, Seed);
            Console.WriteLine($"8x8 digits: {data.Count} images, {train.Length} to train, {test.Length} to test");
            var runs = new List<(IClassifier Model, TrainingOptions Options, IReadOnlyList<EpochResult> Epochs)>();
            foreach (var (model, options) in Models())
            {
                int batches = Trainer.Batches(train, options.BatchSize).Count;
                IReadOnlyList<EpochResult> epochs = Array.Empty<EpochResult>();
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask(model.Name, maxValue: options.Epochs * batches);
                        epochs = Trainer.Train(model, data, train, test, options,
                            epochDone: e => task.Description = $"{model.Name}: epoch {e.Epoch}/{options.Epochs}, loss {e.TrainLoss:0.000}, test accuracy {e.TestAccuracy:0.000}",
                            batchDone: () => task.Increment(1));
                    });
                runs.Add((model, options, epochs));
            }

            Console.WriteLine();
            foreach (var (model, options, epochs) in runs)
            {
                var last = epochs[^1];
                double exactEpoch = epochs.Average(e => e.Time.TotalSeconds);
                int parameters = model.Parameters.Sum(p => p.Length);
                int batches = Trainer.Batches(train, options.BatchSize).Count;
                var numericBatch = Trainer.TimeNumericGradient(model, data, train, options.BatchSize, TimedBatches);
                double numericEpoch = numericBatch.TotalSeconds * batches;
                Console.WriteLine($"{model.Name}: {parameters} parameters, {options.Epochs} epochs of {batches} batches of {options.BatchSize}, Adam (learning rate {options.LearningRate})");
                Console.WriteLine($"  test accuracy {last.TestAccuracy:0.0000}, final training loss {last.TrainLoss:0.0000}");
                Console.WriteLine($"  time per epoch with the exact gradient (LossValueAndGradient): {exactEpoch * 1000:0.0} ms (mean of {epochs.Count} epochs)");
                Console.WriteLine($"  with the notebook's numerical gradient (LossCenteredDiff, 2 x {parameters} loss evaluations a batch): "
                    + $"{numericEpoch:0.0} s per epoch, {numericEpoch / exactEpoch:0} times as long "
                    + $"(measured on {TimedBatches} batches, {numericBatch.TotalMilliseconds:0} ms each, and extrapolated to {batches} batches; not run)");
            }

            string path = SampleFiles.ImagePath(ImageFile);
            Plot(runs.Select(r => (r.Model.Name, r.Epochs)).ToArray()).SavePng(path, 1200, 450);
            Console.WriteLine();
            Console.WriteLine($"Wrote {path}");
        }

        private static Multiplot Plot((string Name, IReadOnlyList<EpochResult> Epochs)[] runs)
        {
            var multiplot = new Multiplot();
            multiplot.AddPlots(2);
            multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
            Plot loss = multiplot.GetPlot(0), accuracy = multiplot.GetPlot(1);
            foreach (var (name, epochs) in runs)
            {
                double[] x = epochs.Select(e => (double)e.Epoch).ToArray();
                loss.Add.Scatter(x, epochs.Select(e => e.TrainLoss).ToArray()).LegendText = name;
                accuracy.Add.Scatter(x, epochs.Select(e => e.TestAccuracy).ToArray()).LegendText = name;
            }

            loss.Title("training loss (mean cross-entropy over the epoch's batches)");
            loss.XLabel("epoch");
            loss.YLabel("loss");
            loss.ShowLegend(Alignment.UpperRight);
            accuracy.Title("test accuracy after each epoch");
            accuracy.XLabel("epoch");
            accuracy.YLabel("accuracy");
            accuracy.ShowLegend(Alignment.LowerRight);
            return multiplot;
        }
    }
}
