using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GradGen.Benchmarks.Workloads;
using MathNet.Numerics.Differentiation;

namespace GradGen.Benchmarks.Runtime
{
    /// <summary>The chained Rosenbrock sum at 10, 1,000 and 10,000 inputs: where n-proportional costs show.</summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class RosenbrockBenchmarks
    {
        private const double Step = 1e-4;
        private readonly NumericalJacobian _mathNet = new();
        private readonly Func<double[], double> _function = Rosenbrock.Value;
        private double[] _x = Array.Empty<double>();
        private double[] _gradient = Array.Empty<double>();

        [Params(10, 1_000, 10_000)]
        public int N { get; set; } = 10;

        [GlobalSetup]
        public void Setup()
        {
            _x = Rosenbrock.Create(N);
            _gradient = new double[N];
        }

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Evaluate)]
        public double Evaluate() => Rosenbrock.Value(_x);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Forward)]
        public void ForwardByHand() => NotebookAlgorithm.ForwardRosenbrock(_x, _gradient, Step);

        [Benchmark, BenchmarkCategory(Categories.Forward)]
        public void ForwardGenerated() => Rosenbrock.ValueForwardDiff(_x, _gradient, Step);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Centered)]
        public void CenteredByHand() => NotebookAlgorithm.CenteredRosenbrock(_x, _gradient, Step);

        [Benchmark, BenchmarkCategory(Categories.Centered)]
        public void CenteredGenerated() => Rosenbrock.ValueCenteredDiff(_x, _gradient, Step);

        [Benchmark, BenchmarkCategory(Categories.Centered)]
        public double[] CenteredMathNet() => _mathNet.Evaluate(_function, _x);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Gradient)]
        public void GradientByHand() => Rosenbrock.AnalyticGradient(_x, _gradient);

        [Benchmark, BenchmarkCategory(Categories.Gradient)]
        public void GradientGenerated() => Rosenbrock.ValueGradient(_x, _gradient);
    }
}
