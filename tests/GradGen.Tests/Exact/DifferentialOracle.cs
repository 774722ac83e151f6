using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Judges an exact gradient by two independent references: forward mode (<c>MDirectionalDerivative</c> along each
    /// unit vector, which keeps no tape and restores nothing) to rounding, and a Richardson-extrapolated centered
    /// difference within its own error estimate. For a method <c>M(double[] x, ...)</c> whose only differentiable
    /// parameter is <c>x</c>; the arguments after it are passed as given.
    /// </summary>
    internal static class DifferentialOracle
    {
        /// <summary>Reverse against forward mode: relative to the largest of 1, |f| and the largest partial.</summary>
        private const double ForwardTolerance = 1e-11;

        /// <summary>Reverse against Richardson: this much of scale, plus four times Richardson's own error estimate.</summary>
        public const double RichardsonTolerance = 1e-8;

        /// <summary>
        /// For a method that rounds to float on the way: its value is a staircase at float resolution (2^-24
        /// relative), which a difference quotient at step h sees as an error of about 2^-24 / h, and forward and
        /// reverse mode (rightly) do not. Such methods are judged on the coarse steps alone (h &gt;= h0 / 32), to this.
        /// </summary>
        public const double FloatRichardsonTolerance = 1e-4;

        private const int Steps = 12;
        private const int CoarseSteps = 6;

        public static void AssertAgrees(Type type, string name, double[] x, params object[] rest)
        {
            var problem = Disagreement(type, name, x, rest);
            if (problem is not null)
            {
                throw new XunitException(problem);
            }
        }

        /// <summary>Null when the exact gradient agrees with both references, else what disagrees.</summary>
        public static string? Disagreement(Type type, string name, double[] x, params object[] rest) =>
            Disagreement(type, name, x, roundsToFloat: false, rest);

        /// <inheritdoc cref="Disagreement(Type, string, double[], object[])"/>
        public static string? Disagreement(Type type, string name, double[] x, bool roundsToFloat, object[] rest)
        {
            var richardsonTolerance = roundsToFloat ? FloatRichardsonTolerance : RichardsonTolerance;
            var method = Method(type, name, 1 + rest.Length);
            var gradientMethod = Method(type, name + "Gradient", 1 + rest.Length);
            var directional = Method(type, name + "DirectionalDerivative", 2 + rest.Length);
            double F(double[] p) => Convert.ToDouble(method.Invoke(null, Arguments(p, rest))!, CultureInfo.InvariantCulture);

            var before = (double[])x.Clone();
            var exact = (double[])gradientMethod.Invoke(null, Arguments(x, rest))!;
            if (!x.SequenceEqual(before))
            {
                return name + ": MGradient changed its input";
            }

            var value = F(x);
            var scale = Math.Max(1, Math.Max(Math.Abs(value), exact.Select(Math.Abs).DefaultIfEmpty(0).Max()));
            for (var k = 0; k < x.Length; k++)
            {
                var unit = new double[x.Length];
                unit[k] = 1;
                var forward = Convert.ToDouble(directional.Invoke(null, Arguments(x, rest).Append(unit).ToArray())!, CultureInfo.InvariantCulture);
                if (!(Math.Abs(forward - exact[k]) <= ForwardTolerance * scale))
                {
                    return Describe(name, x, k, exact[k], "forward mode", forward, null);
                }

                var (estimate, error) = Richardson(F, x, k, roundsToFloat ? CoarseSteps : Steps);
                var allowed = (richardsonTolerance * Math.Max(scale, Math.Abs(estimate))) + (4 * error);
                if (!(Math.Abs(estimate - exact[k]) <= allowed))
                {
                    return Describe(name, x, k, exact[k], "Richardson", estimate, error);
                }
            }

            return null;
        }

        /// <summary>
        /// Centered differences at steps h, h/2, ... h/2048 (h scaled to |x_k|), extrapolated by Neville's tableau in
        /// powers of h^2 (four columns); the entry whose change from its neighbours is smallest, with that change as
        /// its error. The small steps resolve functions that oscillate fast, which loops of Sin can make.
        /// </summary>
        public static (double Estimate, double Error) Richardson(Func<double[], double> f, double[] x, int k, int steps = Steps)
        {
            const int Columns = 4;
            var h = 0.05 * Math.Max(1, Math.Abs(x[k]));
            var table = new double[steps, Columns];
            var best = (Estimate: double.NaN, Error: double.PositiveInfinity);
            for (var i = 0; i < steps; i++, h /= 2)
            {
                var shifted = (double[])x.Clone();
                shifted[k] = x[k] + h;
                var up = f(shifted);
                shifted[k] = x[k] - h;
                var down = f(shifted);
                var step = (x[k] + h) - (x[k] - h);
                table[i, 0] = (up - down) / step;
                for (var j = 1; j <= Math.Min(i, Columns - 1); j++)
                {
                    var factor = Math.Pow(4, j) - 1;
                    table[i, j] = table[i, j - 1] + ((table[i, j - 1] - table[i - 1, j - 1]) / factor);
                    var error = Math.Max(Math.Abs(table[i, j] - table[i, j - 1]), Math.Abs(table[i, j] - table[i - 1, j - 1]));
                    if (error < best.Error)
                    {
                        best = (table[i, j], error);
                    }
                }
            }

            return best;
        }

        private static object[] Arguments(double[] x, object[] rest) => new object[] { x.Clone() }.Concat(rest).ToArray();

        private static MethodInfo Method(Type type, string name, int parameters) =>
            type.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters);

        private static string Describe(string name, double[] x, int k, double exact, string reference, double expected, double? error) =>
            name + ": d/dx[" + k + "] exact " + exact.ToString("R", CultureInfo.InvariantCulture) + " vs " + reference + " "
            + expected.ToString("R", CultureInfo.InvariantCulture)
            + (error is { } e ? " (its error estimate " + e.ToString("E2", CultureInfo.InvariantCulture) + ")" : string.Empty)
            + " at x = (" + string.Join(", ", x.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + ")";
    }
}
