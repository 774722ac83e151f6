using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GradGen.Benchmarks.Workloads;
using MathNet.Numerics.Differentiation;

namespace GradGen.Benchmarks.Runtime
{
    /// <summary>
    /// The Jacobian of the 100 -> 100 chained map, the one PyTorch's functional.jacobian is timed on in
    /// pytorch/compare.py: by hand, and by MathNet's NumericalJacobian (one function per output, as it asks).
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class ChainedMapBenchmarks
    {
        private const int N = 100;
        private readonly NumericalJacobian _mathNet = new();
        private readonly double[] _x = Rosenbrock.Create(N);
        private readonly double[] _y = new double[N];
        private readonly double[,] _jacobian = new double[N, N];
        private readonly Func<double[], double>[] _outputs = new Func<double[], double>[N];

        [GlobalSetup]
        public void Setup()
        {
            var scratch = new double[N];
            for (int i = 0; i < N; i++)
            {
                int output = i;
                _outputs[i] = x =>
                {
                    ChainedMap.Value(x, scratch);
                    return scratch[output];
                };
            }

            // The hand-written Jacobian is the bar: check it against MathNet's estimate before timing either.
            JacobianByHand();
            var estimate = JacobianMathNet();
            for (int i = 0; i < N; i++)
            {
                for (int j = 0; j < N; j++)
                {
                    if (Math.Abs(_jacobian[i, j] - estimate[i, j]) > 1e-6)
                    {
                        throw new InvalidOperationException($"Analytic Jacobian [{i}, {j}] = {_jacobian[i, j]}, MathNet's estimate {estimate[i, j]}.");
                    }
                }
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Evaluate)]
        public void Evaluate() => ChainedMap.Value(_x, _y);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Jacobian)]
        public void JacobianByHand() => ChainedMap.AnalyticJacobian(_x, _jacobian);

        [Benchmark, BenchmarkCategory(Categories.Jacobian)]
        public double[,] JacobianMathNet() => _mathNet.Evaluate(_outputs, _x);
    }
}
