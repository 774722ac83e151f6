using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GradGen.Benchmarks.Workloads;
using MathNet.Numerics.Differentiation;

namespace GradGen.Benchmarks.Runtime
{
    /// <summary>
    /// Second order (issue 12). One Hessian-vector product against one gradient, on the chained Rosenbrock sum at 10,
    /// 1,000 and 10,000 inputs (the theory bounds the ratio by about 2 to 4); each into a destination, nothing allocated.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class HessianVectorProductBenchmarks
    {
        private double[] _x = Array.Empty<double>();
        private double[] _v = Array.Empty<double>();
        private double[] _destination = Array.Empty<double>();

        [Params(10, 1_000, 10_000)]
        public int N { get; set; } = 10;

        [GlobalSetup]
        public void Setup()
        {
            _x = Rosenbrock.Create(N);
            _v = new double[N];
            for (var i = 0; i < N; i++)
            {
                _v[i] = Math.Sin(i + 1.0);
            }

            _destination = new double[N];
        }

        [Benchmark(Baseline = true), BenchmarkCategory("SecondOrder")]
        public void Gradient() => Rosenbrock.ValueGradient(_x, _destination);

        [Benchmark, BenchmarkCategory("SecondOrder")]
        public void HessianVectorProduct() => Rosenbrock.ValueHessianVectorProduct(_x, _v, _destination);
    }

    /// <summary>The same ratio on the notebook's loss at 100 inputs and 10 outputs (W has 1,000 elements).</summary>
    [MemoryDiagnoser]
    public class LossHessianVectorProductBenchmarks
    {
        private double[] _w = Array.Empty<double>();
        private double[] _x = Array.Empty<double>();
        private double[] _t = Array.Empty<double>();
        private double[] _v = Array.Empty<double>();
        private double[] _destination = Array.Empty<double>();

        [GlobalSetup]
        public void Setup()
        {
            (_w, _x, _t) = SoftmaxLoss.Create(100, 10);
            _v = new double[_w.Length];
            for (var i = 0; i < _v.Length; i++)
            {
                _v[i] = Math.Sin(i + 1.0);
            }

            _destination = new double[_w.Length];
        }

        [Benchmark(Baseline = true)]
        public void Gradient() => SoftmaxLoss.LossGradient(_w, _x, _t, _destination);

        [Benchmark]
        public void HessianVectorProduct() => SoftmaxLoss.LossHessianVectorProduct(_w, _x, _t, _v, _destination);
    }

    /// <summary>
    /// The full Hessian of the Rosenbrock sum at N = 100: the generated <c>MHessian</c> (N products, into a
    /// destination), N calls of the product written by hand, the generated second differences, and MathNet's
    /// <c>NumericalHessian</c>. PyTorch's figure comes from pytorch/compare.py.
    /// </summary>
    [MemoryDiagnoser]
    public class FullHessianBenchmarks
    {
        private const int N = 100;
        private readonly NumericalHessian _mathNet = new();
        private readonly Func<double[], double> _function = Rosenbrock.Value;
        private readonly double[,] _hessian = new double[N, N];
        private readonly double[] _unit = new double[N];
        private readonly double[] _row = new double[N];
        private double[] _x = Array.Empty<double>();

        [GlobalSetup]
        public void Setup() => _x = Rosenbrock.Create(N);

        [Benchmark(Baseline = true)]
        public void Hessian() => Rosenbrock.ValueHessian(_x, _hessian);

        [Benchmark]
        public void HessianVectorProductCalls()
        {
            for (var k = 0; k < N; k++)
            {
                _unit[k] = 1;
                Rosenbrock.ValueHessianVectorProduct(_x, _unit, _row);
                _unit[k] = 0;
                for (var j = 0; j < N; j++)
                {
                    _hessian[k, j] = _row[j];
                }
            }
        }

        [Benchmark]
        public double[,] HessianCenteredDiff() => Rosenbrock.ValueHessianCenteredDiff(_x);

        [Benchmark]
        public double[,] MathNetNumericalHessian() => _mathNet.Evaluate(_function, _x);
    }
}
