using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GradGen.Benchmarks.Workloads;
using MathNet.Numerics.Differentiation;

namespace GradGen.Benchmarks.Runtime
{
    /// <summary>A Black-Scholes call price: five scalar inputs, so every result is a tuple and nothing allocates.</summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class BlackScholesBenchmarks
    {
        private const double Step = 1e-4;
        private readonly NumericalJacobian _mathNet = new();
        private readonly double[] _point = { 100, 95, 0.75, 0.03, 0.25 };

        // Fields, not constants: with constant inputs the JIT folds a whole evaluation away.
        private double Spot => _point[0];

        private double Strike => _point[1];

        private double Time => _point[2];

        private double Rate => _point[3];

        private double Volatility => _point[4];
        private readonly Func<double[], double> _function = p => BlackScholes.Price(p[0], p[1], p[2], p[3], p[4]);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Evaluate)]
        public double Evaluate() => BlackScholes.Price(Spot, Strike, Time, Rate, Volatility);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Forward)]
        public (double, double, double, double, double) ForwardByHand() => NotebookAlgorithm.ForwardBlackScholes(Spot, Strike, Time, Rate, Volatility, Step);

        [Benchmark, BenchmarkCategory(Categories.Forward)]
        public (double, double, double, double, double) ForwardGenerated() => BlackScholes.PriceForwardDiff(Spot, Strike, Time, Rate, Volatility, Step);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Centered)]
        public (double, double, double, double, double) CenteredByHand() => NotebookAlgorithm.CenteredBlackScholes(Spot, Strike, Time, Rate, Volatility, Step);

        [Benchmark, BenchmarkCategory(Categories.Centered)]
        public (double, double, double, double, double) CenteredGenerated() => BlackScholes.PriceCenteredDiff(Spot, Strike, Time, Rate, Volatility, Step);

        [Benchmark, BenchmarkCategory(Categories.Centered)]
        public double[] CenteredMathNet() => _mathNet.Evaluate(_function, _point);

        [Benchmark(Baseline = true), BenchmarkCategory(Categories.Gradient)]
        public (double, double, double, double, double) GradientByHand() => BlackScholes.AnalyticGradient(Spot, Strike, Time, Rate, Volatility);

        [Benchmark, BenchmarkCategory(Categories.Gradient)]
        public (double, double, double, double, double) GradientGenerated() => BlackScholes.PriceGradient(Spot, Strike, Time, Rate, Volatility);
    }
}
