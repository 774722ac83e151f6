using System;

namespace GradGen.Benchmarks.Workloads
{
    /// <summary>
    /// A European call price with a hand-written normal CDF (Abramowitz and Stegun 26.2.17: a branch, a polynomial,
    /// an exponential), written out for both d1 and d2 so the body has no calls.
    /// </summary>
    public static partial class BlackScholes
    {
        [Differentiable]
        public static double Price(double spot, double strike, double time, double rate, double volatility)
        {
            double sqrtTime = Math.Sqrt(time);
            double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * sqrtTime);
            double d2 = d1 - volatility * sqrtTime;

            double z1 = Math.Abs(d1);
            double k1 = 1 / (1 + 0.2316419 * z1);
            double tail1 = 0.3989422804014327 * Math.Exp(-0.5 * z1 * z1)
                * k1 * (0.319381530 + k1 * (-0.356563782 + k1 * (1.781477937 + k1 * (-1.821255978 + k1 * 1.330274429))));
            double n1 = d1 >= 0 ? 1 - tail1 : tail1;

            double z2 = Math.Abs(d2);
            double k2 = 1 / (1 + 0.2316419 * z2);
            double tail2 = 0.3989422804014327 * Math.Exp(-0.5 * z2 * z2)
                * k2 * (0.319381530 + k2 * (-0.356563782 + k2 * (1.781477937 + k2 * (-1.821255978 + k2 * 1.330274429))));
            double n2 = d2 >= 0 ? 1 - tail2 : tail2;

            return spot * n1 - strike * Math.Exp(-rate * time) * n2;
        }

        /// <summary>The Greeks by the closed forms (delta, dC/dK, dC/dT, rho, vega), using the same CDF.</summary>
        public static (double Spot, double Strike, double Time, double Rate, double Volatility) AnalyticGradient(
            double spot, double strike, double time, double rate, double volatility)
        {
            double sqrtTime = Math.Sqrt(time);
            double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * sqrtTime);
            double d2 = d1 - volatility * sqrtTime;
            double density = 0.3989422804014327 * Math.Exp(-0.5 * d1 * d1);
            double discount = Math.Exp(-rate * time);
            double n1 = Cdf(d1), n2 = Cdf(d2);
            return (
                n1,
                -discount * n2,
                spot * density * volatility / (2 * sqrtTime) + rate * strike * discount * n2,
                strike * time * discount * n2,
                spot * density * sqrtTime);
        }

        private static double Cdf(double d)
        {
            double z = Math.Abs(d);
            double k = 1 / (1 + 0.2316419 * z);
            double tail = 0.3989422804014327 * Math.Exp(-0.5 * z * z)
                * k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
            return d >= 0 ? 1 - tail : tail;
        }
    }
}
