using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GradGen.Benchmarks.Workloads;
using MathNet.Numerics.Differentiation;

namespace GradGen.Benchmarks.Runtime
{
    /// <summary>
    /// The Jacobian of the 100 -> 100 chained map, the one PyTorch's functional.jacobian is timed on in
    /// pytorch/compare.py: by hand, by GradGen's exact <c>ValueJacobian</c> (forward mode, N = m) and its
    /// <c>ValueCenteredDiff</c>, and by MathNet's NumericalJacobian (one function per output, as it asks); J v and
    /// u^T J beside one evaluation (issue 13's targets: at most 3 and 4 evaluations).
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
        private readonly double[] _v = new double[N];
        private readonly double[] _u = new double[N];

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

            for (int i = 0; i < N; i++)
            {
                _v[i] = Math.Sin(i + 1.0);
                _u[i] = Math.Cos(i + 1.0);
            }

            // The hand-written Jacobian is the bar: check it against MathNet's estimate and GradGen's before timing any.
            JacobianByHand();
            var estimate = JacobianMathNet();
            var exact = JacobianGradGen();
            for (int i = 0; i < N; i++)
            {
                for (int j = 0; j < N; j++)
                {
                    if (Math.Abs(_jacobian[i, j] - estimate[i, j]) > 1e-6 || Math.Abs(_jacobian[i, j] - exact[i, j]) > 1e-12 * Math.Max(1, Math.Abs(_jacobian[i, j])))
                    {
                        throw new InvalidOperationException($"Analytic Jacobian [{i}, {j}] = {_jacobian[i, j]}, MathNet's estimate {estimate[i, j]}, GradGen's {exact[i, j]}.");
                    }
                }
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Evaluate)]
        public void Evaluate() => ChainedMap.Value(_x, _y);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Jacobian)]
        public void JacobianByHand() => ChainedMap.AnalyticJacobian(_x, _jacobian);

        [Benchmark, BenchmarkCategory(Categories.Evaluate)]
        public double[] JacobianVectorProductGradGen() => ChainedMap.ValueJacobianVectorProduct(_x, _y, _v);

        [Benchmark, BenchmarkCategory(Categories.Evaluate)]
        public double[] VectorJacobianProductGradGen() => ChainedMap.ValueVectorJacobianProduct(_x, _y, _u);

        [Benchmark, BenchmarkCategory(Categories.Jacobian)]
        public double[,] JacobianMathNet() => _mathNet.Evaluate(_outputs, _x);

        [Benchmark, BenchmarkCategory(Categories.Jacobian)]
        public double[,] JacobianGradGen() => ChainedMap.ValueJacobian(_x, _y);

        [Benchmark, BenchmarkCategory(Categories.Jacobian)]
        public double[,] JacobianCenteredDiffGradGen() => ChainedMap.ValueCenteredDiff(_x, _y);
    }
}
