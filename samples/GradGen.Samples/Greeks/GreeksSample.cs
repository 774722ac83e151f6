using System;
using System.Linq;

namespace GradGen.Samples.Greeks
{
    /// <summary><c>-- greeks</c>: a call's price, its first-order Greeks from GradGen's gradient and its second-order Greeks from its Hessian, against the closed forms.</summary>
    public static class GreeksSample
    {
        /// <summary>The options the sample prices: at, in and out of the money, short and long dated.</summary>
        public static OptionInputs[] Options { get; } =
        {
            new(Spot: 100, Strike: 100, Time: 1, Rate: 0.05, Volatility: 0.2),
            new(Spot: 120, Strike: 100, Time: 0.25, Rate: 0.03, Volatility: 0.35),
            new(Spot: 80, Strike: 100, Time: 2, Rate: 0.01, Volatility: 0.15),
        };

        /// <summary>Prints, for each option, each Greek three ways and the errors against the closed form.</summary>
        public static void Run()
        {
            Console.WriteLine("European call, Black-Scholes: one CallPriceGradient call gives every first-order Greek");
            foreach (var option in Options)
            {
                var exact = FirstOrderGreeks.FromGradient(option, exact: true);
                var centered = FirstOrderGreeks.FromGradient(option, exact: false);
                var closed = FirstOrderGreeks.ClosedForm(option);
                Console.WriteLine();
                Console.WriteLine($"  S = {option.Spot}, K = {option.Strike}, T = {option.Time}, r = {option.Rate}, sigma = {option.Volatility}: price {exact.Price:0.000000} (closed form {closed.Price:0.000000})");
                Console.WriteLine($"    {"Greek",-22} {"exact (MGradient)",20} {"closed form",20} {"|exact - closed|",17} {"centered (h=1e-4)",20} {"|centered - closed|",20}");
                foreach (var (name, pick) in Rows)
                {
                    double e = pick(exact), c = pick(centered), f = pick(closed);
                    Console.WriteLine($"    {name,-22} {e,20:0.000000000000} {f,20:0.000000000000} {Math.Abs(e - f),17:0.0E+00} {c,20:0.000000000000} {Math.Abs(c - f),20:0.0E+00}");
                }
            }

            Console.WriteLine();
            Console.WriteLine("Second order: one CallPriceSeriesHessian call gives gamma, vanna and volga ([Differentiable(Hessian = true)])");
            foreach (var option in Options)
            {
                var exact = SecondOrderGreeks.FromHessian(option, exact: true);
                var numeric = SecondOrderGreeks.FromHessian(option, exact: false);
                var closed = SecondOrderGreeks.ClosedForm(option);
                Console.WriteLine();
                Console.WriteLine($"  S = {option.Spot}, K = {option.Strike}, T = {option.Time}, r = {option.Rate}, sigma = {option.Volatility}");
                Console.WriteLine($"    {"Greek",-22} {"exact (MHessian)",20} {"closed form",20} {"|exact - closed|",17} {"second differences",20} {"|numeric - closed|",20}");
                foreach (var (name, pick) in SecondOrderRows)
                {
                    double e = pick(exact), n = pick(numeric), f = pick(closed);
                    Console.WriteLine($"    {name,-22} {e,20:0.000000000000} {f,20:0.000000000000} {Math.Abs(e - f),17:0.0E+00} {n,20:0.000000000000} {Math.Abs(n - f),20:0.0E+00}");
                }
            }
        }

        /// <summary>The rows of each second-order table, read from the 2 x 2 Hessian in spot and volatility.</summary>
        public static (string Name, Func<SecondOrderGreeks, double> Pick)[] SecondOrderRows { get; } =
        {
            ("gamma  d2C/dS2", g => g.Gamma),
            ("vanna  d2C/dS dsigma", g => g.Vanna),
            ("volga  d2C/dsigma2", g => g.Volga),
        };

        /// <summary>The rows of each first-order table.</summary>
        public static (string Name, Func<FirstOrderGreeks, double> Pick)[] Rows { get; } =
        {
            ("delta  dC/dS", g => g.Delta),
            ("vega   dC/dsigma", g => g.Vega),
            ("rho    dC/dr", g => g.Rho),
            ("theta  -dC/dT", g => g.Theta),
            ("dual delta  dC/dK", g => g.DualDelta),
        };
    }
}
