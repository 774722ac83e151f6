using System;
using MathNet.Numerics;

namespace GradGen.Samples.Greeks
{
    /// <summary>The price of a European call under Black-Scholes, differentiated by GradGen.</summary>
    public static partial class BlackScholes
    {
        /// <summary>The standard normal distribution function, from MathNet's erfc (a library call GradGen cannot read).</summary>
        public static double NormalCdf(double x) => 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));

        /// <summary>The standard normal density.</summary>
        public static double NormalDensity(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

        /// <summary>N's derivative is the density: a custom derivative, so <see cref="CallPrice"/>'s gradient stays exact.</summary>
        [DerivativeOf(nameof(NormalCdf))]
        public static (double value, double dx) NormalCdfDerivative(double x) => (NormalCdf(x), NormalDensity(x));

        /// <summary>S N(d1) - K exp(-rT) N(d2), d1 = (ln(S/K) + (r + sigma^2/2) T) / (sigma sqrt T), d2 = d1 - sigma sqrt T.</summary>
        [Differentiable]
        public static double CallPrice(double spot, double strike, double time, double rate, double volatility)
        {
            double deviation = volatility * Math.Sqrt(time);
            double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
            double d2 = d1 - deviation;
            return spot * NormalCdf(d1) - strike * Math.Exp(-rate * time) * NormalCdf(d2);
        }
    }
}
