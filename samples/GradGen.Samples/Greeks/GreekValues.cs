using System;

namespace GradGen.Samples.Greeks
{
    /// <summary>An option's contract and market: spot S, strike K, time to expiry T in years, rate r, volatility sigma.</summary>
    public sealed record OptionInputs(double Spot, double Strike, double Time, double Rate, double Volatility);

    /// <summary>The first-order Greeks of a call. Theta is the decay per year, -dC/dT.</summary>
    public sealed record FirstOrderGreeks(double Price, double Delta, double DualDelta, double Vega, double Rho, double Theta)
    {
        /// <summary>From the gradient GradGen generated (<c>CallPriceGradient</c>, exact) or its centered difference.</summary>
        public static FirstOrderGreeks FromGradient(OptionInputs o, bool exact)
        {
            var (spot, strike, time, rate, volatility) = exact
                ? BlackScholes.CallPriceGradient(o.Spot, o.Strike, o.Time, o.Rate, o.Volatility)
                : BlackScholes.CallPriceCenteredDiff(o.Spot, o.Strike, o.Time, o.Rate, o.Volatility);
            return new FirstOrderGreeks(BlackScholes.CallPrice(o.Spot, o.Strike, o.Time, o.Rate, o.Volatility), spot, strike, volatility, rate, -time);
        }

        /// <summary>The textbook closed forms (Hull, Options, Futures and Other Derivatives, ch. 19).</summary>
        public static FirstOrderGreeks ClosedForm(OptionInputs o)
        {
            double sqrtTime = Math.Sqrt(o.Time);
            double d1 = (Math.Log(o.Spot / o.Strike) + (o.Rate + 0.5 * o.Volatility * o.Volatility) * o.Time) / (o.Volatility * sqrtTime);
            double d2 = d1 - o.Volatility * sqrtTime;
            double discount = Math.Exp(-o.Rate * o.Time);
            double n1 = BlackScholes.NormalCdf(d1), n2 = BlackScholes.NormalCdf(d2), density = BlackScholes.NormalDensity(d1);
            return new FirstOrderGreeks(
                Price: o.Spot * n1 - o.Strike * discount * n2,
                Delta: n1,
                DualDelta: -discount * n2,
                Vega: o.Spot * density * sqrtTime,
                Rho: o.Strike * o.Time * discount * n2,
                Theta: -o.Spot * density * o.Volatility / (2 * sqrtTime) - o.Rate * o.Strike * discount * n2);
        }
    }

    /// <summary>The second-order Greeks of a call: gamma d2C/dS2, vanna d2C/dS dsigma, volga d2C/dsigma2.</summary>
    public sealed record SecondOrderGreeks(double Gamma, double Vanna, double Volga)
    {
        /// <summary>From the Hessian GradGen generated (<c>CallPriceSeriesHessian</c>, exact) or its numeric second differences.</summary>
        public static SecondOrderGreeks FromHessian(OptionInputs o, bool exact)
        {
            var h = exact
                ? BlackScholes.CallPriceSeriesHessian(o.Spot, o.Volatility, o.Strike, o.Time, o.Rate)
                : BlackScholes.CallPriceSeriesHessianCenteredDiff(o.Spot, o.Volatility, o.Strike, o.Time, o.Rate);
            return new SecondOrderGreeks(h[0, 0], h[0, 1], h[1, 1]);
        }

        /// <summary>The closed forms: gamma = phi(d1) / (S sigma sqrt T), vanna = -phi(d1) d2 / sigma, volga = S phi(d1) sqrt T d1 d2 / sigma.</summary>
        public static SecondOrderGreeks ClosedForm(OptionInputs o)
        {
            double sqrtTime = Math.Sqrt(o.Time);
            double d1 = (Math.Log(o.Spot / o.Strike) + (o.Rate + 0.5 * o.Volatility * o.Volatility) * o.Time) / (o.Volatility * sqrtTime);
            double d2 = d1 - o.Volatility * sqrtTime;
            double density = BlackScholes.NormalDensity(d1);
            return new SecondOrderGreeks(
                Gamma: density / (o.Spot * o.Volatility * sqrtTime),
                Vanna: -density * d2 / o.Volatility,
                Volga: o.Spot * density * sqrtTime * d1 * d2 / o.Volatility);
        }
    }
}
