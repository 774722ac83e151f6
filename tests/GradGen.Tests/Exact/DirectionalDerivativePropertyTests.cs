using System;
using System.Linq;
using System.Text;
using CsCheck;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Property: for random programs (those of <see cref="RandomProgramPropertyTests"/>, and a method that calls
    /// them) and random directions v, forward mode's <c>MDirectionalDerivative(p, v)</c> equals the dot product of
    /// reverse mode's <c>MGradient(p)</c> with v, to 1e-12 relative to the sum of the products' magnitudes.
    /// </summary>
    public class DirectionalDerivativePropertyTests
    {
        private const string Caller =
            "        [Differentiable]\n        public static double Q(double x0, double x1, double x2) => P0(x1, Math.Sin(x0), x2) * P1(x2, x0 * x1, 0.25) + Math.Exp(P1(x0, x1, x2) / 10.0);\n";

        /// <summary>
        /// Directions in [-1, 1], with a component below 1e-6 in magnitude made exactly 0. Forward mode adds tangents in
        /// the program's order: where a partial derivative cancels (<c>t0 + x0</c> with <c>t0 = tanh(x1) - x0</c>), a
        /// component 1e-40 times the others (CsCheck draws such, -8.6E-47 beside -2.3E-5) is lost to the rounding of the
        /// cancelling terms, which reverse mode never adds. Both are exact to rounding; the tolerance, 1e-12 of the
        /// products' magnitudes, cannot see the cancelled terms. A zero component is exact in both modes.
        /// </summary>
        private static Gen<double[]> Directions(int length) => Gen.Double[-1, 1].Select(d => Math.Abs(d) < 1e-6 ? 0 : d).Array[length];

        [Fact]
        public void ForwardModeEqualsTheGradientAlongTheDirection()
        {
            var vectors = Gen.Double[-1.5, 1.5].Where(v => Math.Abs(v - 0.5) > 0.05).Array[3];
            Gen.Select(RandomProgramPropertyTests.Program.Array[2], vectors, Directions(3)).Sample(
                (programs, x, v) => Check(programs, x, v),
                iter: 12,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(d => d.ToString("R"))) + ") along (" + string.Join(", ", sample.Item3.Select(d => d.ToString("R"))) + ")");
        }

        [Fact]
        public void ForwardModeOverArraysEqualsTheGradientAlongTheDirection()
        {
            var vectors = Gen.Double[-1.5, 1.5].Where(v => Math.Abs(v - 0.5) > 0.05).Array[4];
            Gen.Select(RandomProgramPropertyTests.ArrayProgram, vectors, Directions(4)).Sample(
                (program, x, v) => CheckArrays(program, x, v),
                iter: 8,
                threads: 1,
                print: sample => sample.Item1 + "\nat (" + string.Join(", ", sample.Item2.Select(d => d.ToString("R"))) + ") along (" + string.Join(", ", sample.Item3.Select(d => d.ToString("R"))) + ")");
        }

        private static void Check(string[] programs, double[] x, double[] v)
        {
            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Programs\n    {\n");
            for (var i = 0; i < programs.Length; i++)
            {
                source.Append("        [Differentiable]\n        public static double P").Append(i).Append("(double x0, double x1, double x2)\n        {\n")
                    .Append(programs[i]).Append("        }\n");
            }

            var run = GeneratorHarness.Run(source.Append(Caller).Append("    }\n}\n").ToString());
            Assert.Empty(run.Diagnostics);
            var type = run.Load().GetType("Demo.Programs")!;
            foreach (var name in Enumerable.Range(0, programs.Length).Select(i => "P" + i).Append("Q"))
            {
                var arguments = x.Cast<object>().ToArray();
                var (g0, g1, g2) = ((double, double, double))type.GetMethod(name + "Gradient")!.Invoke(null, arguments)!;
                var directional = (double)type.GetMethod(name + "DirectionalDerivative")!.Invoke(null, arguments.Concat(v.Cast<object>()).ToArray())!;
                AssertDot(name, new[] { g0, g1, g2 }, v, directional);
            }
        }

        private static void CheckArrays(string program, double[] x, double[] v)
        {
            var source = "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Programs\n    {\n"
                + "        [Differentiable]\n        public static double A(double[] v, double x0)\n        {\n" + program + "        }\n    }\n}\n";
            var type = GeneratorHarness.Run(source).Load().GetType("Demo.Programs")!;
            var (gv, gx) = ((double[], double))type.GetMethod("AGradient", new[] { typeof(double[]), typeof(double) })!.Invoke(null, new object[] { x.Take(3).ToArray(), x[3] })!;
            var directional = (double)type.GetMethod("ADirectionalDerivative")!.Invoke(null, new object[] { x.Take(3).ToArray(), x[3], v.Take(3).ToArray(), v[3] })!;
            AssertDot("A", gv.Append(gx).ToArray(), v, directional);
        }

        private static void AssertDot(string name, double[] gradient, double[] direction, double directional)
        {
            var dot = gradient.Zip(direction, (g, d) => g * d).Sum();
            var scale = gradient.Zip(direction, (g, d) => Math.Abs(g * d)).Sum();
            Assert.True(
                Math.Abs(directional - dot) <= 1e-12 * scale + 1e-300,
                name + ": directional derivative " + directional.ToString("R") + " vs gradient . direction " + dot.ToString("R"));
        }
    }
}
