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

            // The experiment must compute the gradient the others compute, or its time says nothing.
            var expected = new double[N];
            Rosenbrock.AnalyticGradient(_x, expected);
            RosenbrockStored.ValueAndGradient(_x, _gradient);
            for (var k = 0; k < N; k++)
            {
                if (Math.Abs(_gradient[k] - expected[k]) > 1e-9 * (1 + Math.Abs(expected[k])))
                {
                    throw new InvalidOperationException("RosenbrockStored's gradient differs from the analytic one at " + k + ".");
                }
            }
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

        /// <summary>Issue 17's store-versus-recompute experiment: the generated sweeps, keeping a and b on a tape.</summary>
        [Benchmark, BenchmarkCategory(Categories.Gradient)]
        public void GradientStoringLoopLocals() => RosenbrockStored.ValueAndGradient(_x, _gradient);
    }
}
