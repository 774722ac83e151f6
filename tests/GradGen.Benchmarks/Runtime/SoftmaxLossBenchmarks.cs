using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GradGen.Benchmarks.Workloads;
using MathNet.Numerics.Differentiation;

namespace GradGen.Benchmarks.Runtime
{
    /// <summary>The notebook's loss at its own size (2x3) and at 100x10. Each category has its own baseline.</summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class SoftmaxLossBenchmarks
    {
        private const double Step = 1e-4;
        private readonly NumericalJacobian _mathNet = new();
        private double[] _w = Array.Empty<double>();
        private double[] _x = Array.Empty<double>();
        private double[] _t = Array.Empty<double>();
        private double[] _gradient = Array.Empty<double>();
        private Func<double[], double> _function = _ => 0;

        [Params("2x3", "100x10")]
        public string Size { get; set; } = "2x3";

        [GlobalSetup]
        public void Setup()
        {
            var parts = Size.Split('x');
            (_w, _x, _t) = SoftmaxLoss.Create(int.Parse(parts[0]), int.Parse(parts[1]));
            _gradient = new double[_w.Length];
            _function = w => SoftmaxLoss.Loss(w, _x, _t);

            // The experiment must compute the gradient the others compute, or its time says nothing.
            var expected = new double[_w.Length];
            SoftmaxLoss.AnalyticGradient(_w, _x, _t, expected);
            SoftmaxLossStoredExp.ValueAndGradient(_w, _x, _t, _gradient);
            for (var k = 0; k < expected.Length; k++)
            {
                if (Math.Abs(_gradient[k] - expected[k]) > 1e-9 * (1 + Math.Abs(expected[k])))
                {
                    throw new InvalidOperationException("SoftmaxLossStoredExp's gradient differs from the analytic one at " + k + ".");
                }
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Evaluate)]
        public double Evaluate() => SoftmaxLoss.Loss(_w, _x, _t);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Forward)]
        public void ForwardByHand() => NotebookAlgorithm.ForwardLoss(_w, _x, _t, _gradient, Step);

        [Benchmark, BenchmarkCategory(Categories.Forward)]
        public void ForwardGenerated() => SoftmaxLoss.LossForwardDiff(_w, _x, _t, _gradient, Step);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Centered)]
        public void CenteredByHand() => NotebookAlgorithm.CenteredLoss(_w, _x, _t, _gradient, Step);

        [Benchmark, BenchmarkCategory(Categories.Centered)]
        public void CenteredGenerated() => SoftmaxLoss.LossCenteredDiff(_w, _x, _t, _gradient, Step);

        [Benchmark, BenchmarkCategory(Categories.Centered)]
        public double[] CenteredMathNet() => _mathNet.Evaluate(_function, _w);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Gradient)]
        public void GradientByHand() => SoftmaxLoss.AnalyticGradient(_w, _x, _t, _gradient);

        [Benchmark, BenchmarkCategory(Categories.Gradient)]
        public void GradientGenerated() => SoftmaxLoss.LossGradient(_w, _x, _t, _gradient);

        /// <summary>Issue 17's experiment: the generated sweeps, keeping exp(z) on a tape instead of calling Math.Exp again.</summary>
        [Benchmark, BenchmarkCategory(Categories.Gradient)]
        public void GradientStoringExponentials() => SoftmaxLossStoredExp.ValueAndGradient(_w, _x, _t, _gradient);
    }
}
