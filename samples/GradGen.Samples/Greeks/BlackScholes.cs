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

        /// <summary>
        /// The same price for the second-order Greeks, with N written out so that GradGen can differentiate it twice:
        /// a [DerivativeOf] gives first derivatives only (a Hessian through one would be a difference, GG0101), and
        /// MathNet's erfc is a library call. N(d) = (1 + erf(d / sqrt 2)) / 2 with erf(z) = 2/sqrt(pi) sum
        /// (-1)^n z^(2n+1) / (n! (2n+1)), 90 terms: double precision for |d| up to about 3, which the sample's
        /// options stay within. Differentiable in spot and volatility: the Hessian is [[gamma, vanna], [vanna, volga]].
        /// </summary>
        [Differentiable(Hessian = true)]
        public static double CallPriceSeries(double spot, double volatility, [NoDerivative] double strike, [NoDerivative] double time, [NoDerivative] double rate)
        {
            double deviation = volatility * Math.Sqrt(time);
            double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / deviation;
            double d2 = d1 - deviation;
            double z1 = d1 / Math.Sqrt(2.0);
            double z2 = d2 / Math.Sqrt(2.0);
            double sum1 = 0.0;
            double sum2 = 0.0;
            double term1 = z1;
            double term2 = z2;
            for (int n = 0; n < 90; n++)
            {
                sum1 += term1 / (2 * n + 1);
                sum2 += term2 / (2 * n + 1);
                term1 = term1 * (-z1 * z1 / (n + 1));
                term2 = term2 * (-z2 * z2 / (n + 1));
            }

            double n1 = 0.5 + sum1 / Math.Sqrt(Math.PI);
            double n2 = 0.5 + sum2 / Math.Sqrt(Math.PI);
            return spot * n1 - strike * Math.Exp(-rate * time) * n2;
        }
    }
}
