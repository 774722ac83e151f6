using System;

namespace GradGen.Tests.Functions
{
    /// <summary>
    /// Functions with closed-form derivatives on which the numeric derivatives are measured: each counts its calls, so
    /// that the tests can state the evaluations per input (counting is a write GradGen cannot differentiate, so these
    /// ask for the numeric gradient, which the tests do not use).
    /// </summary>
    public static partial class RichardsonFunctions
    {
        /// <summary>How many times the functions below were called on this thread.</summary>
        [ThreadStatic]
        public static int Calls;

        /// <summary>x^3.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Cube(double x)
        {
            Calls++;
            return x * x * x;
        }

        /// <summary>e^x.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Exponential(double x)
        {
            Calls++;
            return Math.Exp(x);
        }

        /// <summary>ln x.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Logarithm(double x)
        {
            Calls++;
            return Math.Log(x);
        }

        /// <summary>sin(50 x): curves on a scale of 1/50, far below the input's.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double FastSine(double x)
        {
            Calls++;
            return Math.Sin(50 * x);
        }

        /// <summary>The chained Rosenbrock sum: sum over i of 100 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Rosenbrock(double[] x)
        {
            Calls++;
            double sum = 0;
            for (int i = 0; i < x.Length - 1; i++)
            {
                double a = x[i + 1] - x[i] * x[i];
                double b = 1 - x[i];
                sum += 100 * a * a + b * b;
            }

            return sum;
        }

        /// <summary>The notebook's loss, counted: for the number of calls its Richardson gradient takes.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double CountedLoss(double[,] w, [NoDerivative] double[] x, [NoDerivative] double[] t)
        {
            Calls++;
            return GradGen.Samples.Notebook.Loss(w, x, t);
        }

        /// <summary>
        /// A European call price with the normal CDF of Abramowitz and Stegun 26.2.17 (as in the benchmarks), whose
        /// derivative the tests write out by the chain rule.
        /// </summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double BlackScholes(double spot, double strike, double time, double rate, double volatility)
        {
            Calls++;
            double sqrtTime = Math.Sqrt(time);
            double d1 = (Math.Log(spot / strike) + (rate + 0.5 * volatility * volatility) * time) / (volatility * sqrtTime);
            double d2 = d1 - volatility * sqrtTime;
            return spot * NormalCdf(d1) - strike * Math.Exp(-rate * time) * NormalCdf(d2);
        }

        /// <summary>Abramowitz and Stegun 26.2.17: 1 - tail(|d|) for d >= 0, else tail(|d|).</summary>
        public static double NormalCdf(double d)
        {
            double z = Math.Abs(d);
            double k = 1 / (1 + 0.2316419 * z);
            double tail = 0.3989422804014327 * Math.Exp(-0.5 * z * z)
                * k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
            return d >= 0 ? 1 - tail : tail;
        }

        /// <summary>
        /// One of a family of smooth functions of one input, with coefficients: a x^p, a e^(w x / 10) + b x,
        /// a sin(w x + b), a ln x, a / (1 + (w x)^2), a sqrt(x) + b x^2 (by <paramref name="kind"/>, 0 to 5).
        /// </summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Smooth(double x, [NoDerivative] int kind, [NoDerivative] double a, [NoDerivative] double b, [NoDerivative] double w, [NoDerivative] int p)
        {
            if (kind == 0)
            {
                return a * Math.Pow(x, p);
            }

            if (kind == 1)
            {
                return a * Math.Exp(w / 10 * x) + b * x;
            }

            if (kind == 2)
            {
                return a * Math.Sin(w * x + b);
            }

            if (kind == 3)
            {
                return a * Math.Log(x);
            }

            if (kind == 4)
            {
                return a / (1 + w * x * (w * x));
            }

            return a * Math.Sqrt(x) + b * x * x;
        }

        /// <summary>sum over i of c[i] exp(x[i] x[i+1] / 4) + sin(x[i]): inputs that interact, for the error estimates of a gradient.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double Coupled(double[] x, [NoDerivative] double[] c)
        {
            double sum = 0;
            for (int i = 0; i < x.Length - 1; i++)
            {
                sum += c[i] * Math.Exp(x[i] * x[i + 1] / 4) + Math.Sin(x[i]);
            }

            return sum;
        }

        /// <summary>The softplus ln(1 + e^x), through a call GradGen cannot differentiate, with its exact derivative below.</summary>
        public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));

        /// <summary>The softplus's derivative, the logistic function: exact.</summary>
        [DerivativeOf(nameof(Softplus))]
        public static (double value, double dx) SoftplusDerivative(double x) => (Softplus(x), 1 / (1 + Math.Exp(-x)));

        /// <summary>The softplus again, with a derivative wrong by one part in a million.</summary>
        public static double SlightlyWrongSoftplus(double x) => Math.Log(1 + Math.Exp(x));

        /// <summary>The logistic function times 1 + 1e-6: the mistake <c>CheckGradient</c> must flag.</summary>
        [DerivativeOf(nameof(SlightlyWrongSoftplus))]
        public static (double value, double dx) SlightlyWrongSoftplusDerivative(double x) => (SlightlyWrongSoftplus(x), (1 + 1e-6) / (1 + Math.Exp(-x)));

        /// <summary>An exact gradient through a correct custom derivative.</summary>
        [Differentiable]
        public static double WithSoftplus(double x, double y) => Softplus(x * y) + y * y;

        /// <summary>An exact gradient through a custom derivative wrong by one part in a million.</summary>
        [Differentiable]
        public static double WithSlightlyWrongSoftplus(double x, double y) => SlightlyWrongSoftplus(x * y) + y * y;

        /// <summary>x[0] squared: the other elements do not matter, so a NaN among them leaves the value finite.</summary>
        [Differentiable(Gradient = GradientMethod.Numeric)]
        public static double SquareOfFirst(double[] x) => x[0] * x[0];

        /// <summary>An exact gradient whose reverse sweep passes its array to the numeric <see cref="Rosenbrock"/>.</summary>
        [Differentiable]
        public static double TwiceRosenbrock(double[] x) => 2 * Rosenbrock(x);

        /// <summary>The same as <see cref="Rosenbrock"/>, with the plain centered difference for its gradient.</summary>
        [Differentiable(Gradient = GradientMethod.CenteredDifference)]
        public static double CenteredRosenbrock(double[] x)
        {
            double sum = 0;
            for (int i = 0; i < x.Length - 1; i++)
            {
                double a = x[i + 1] - x[i] * x[i];
                double b = 1 - x[i];
                sum += 100 * a * a + b * b;
            }

            return sum;
        }
    }
}
