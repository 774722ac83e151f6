using System;
using BenchmarkDotNet.Attributes;
using GradGen.Benchmarks.Workloads;

namespace GradGen.Benchmarks.Runtime
{
    /// <summary>
    /// What accuracy costs: MRichardsonDiff (the default numeric gradient) against the plain centered difference
    /// (baseline) and the exact gradient, with destinations, on the notebook loss, the Rosenbrock sums and
    /// Black-Scholes.
    /// </summary>
    [MemoryDiagnoser]
    public class NumericDerivativeBenchmarks
    {
        private const double Step = 1e-4;
        private readonly double[] _x = { 0.6, 0.9 };
        private readonly double[] _t = { 0, 0, 1 };
        private readonly double[] _point = { 100, 95, 0.75, 0.03, 0.25 };
        private double[] _w = Array.Empty<double>();
        private double[] _gradient = Array.Empty<double>();
        private double[] _error = Array.Empty<double>();

        [Params("loss 2x3", "Rosenbrock 10", "Rosenbrock 1000", "Black-Scholes")]
        public string Workload { get; set; } = "Rosenbrock 10";

        [GlobalSetup]
        public void Setup()
        {
            _w = Workload switch
            {
                "loss 2x3" => new[] { 0.47355232, 0.9977393, 0.84668094, 0.85557411, 0.03563661, 0.69422093 },
                "Rosenbrock 1000" => Rosenbrock.Create(1000),
                _ => Rosenbrock.Create(10),
            };
            _gradient = new double[_w.Length];
            _error = new double[_w.Length];
        }

        [Benchmark(Baseline = true)]
        public double Centered()
        {
            if (Workload == "Black-Scholes")
            {
                return BlackScholes.PriceCenteredDiff(_point[0], _point[1], _point[2], _point[3], _point[4], Step).spot;
            }

            if (Workload == "loss 2x3")
            {
                SoftmaxLoss.LossCenteredDiff(_w, _x, _t, _gradient, Step);
            }
            else
            {
                Rosenbrock.ValueCenteredDiff(_w, _gradient, Step);
            }

            return _gradient[0];
        }

        [Benchmark]
        public double Richardson()
        {
            if (Workload == "Black-Scholes")
            {
                return BlackScholes.PriceRichardsonDiff(_point[0], _point[1], _point[2], _point[3], _point[4]).spot;
            }

            if (Workload == "loss 2x3")
            {
                SoftmaxLoss.LossRichardsonDiff(_w, _x, _t, _gradient);
            }
            else
            {
                Rosenbrock.ValueRichardsonDiff(_w, _gradient);
            }

            return _gradient[0];
        }

        [Benchmark]
        public double RichardsonWithErrors()
        {
            if (Workload == "Black-Scholes")
            {
                BlackScholes.PriceRichardsonDiff(_point[0], _point[1], _point[2], _point[3], _point[4], out var spot, out _, out _, out _, out _, out var error, out _, out _, out _, out _);
                return spot + error;
            }

            if (Workload == "loss 2x3")
            {
                SoftmaxLoss.LossRichardsonDiff(_w, _x, _t, _gradient, _error);
            }
            else
            {
                Rosenbrock.ValueRichardsonDiff(_w, _gradient, _error);
            }

            return _gradient[0] + _error[0];
        }

        [Benchmark]
        public double Exact()
        {
            if (Workload == "Black-Scholes")
            {
                return BlackScholes.PriceGradient(_point[0], _point[1], _point[2], _point[3], _point[4]).spot;
            }

            if (Workload == "loss 2x3")
            {
                SoftmaxLoss.LossGradient(_w, _x, _t, _gradient);
            }
            else
            {
                Rosenbrock.ValueGradient(_w, _gradient);
            }

            return _gradient[0];
        }
    }
}
