using System;
using System.Linq;
using System.Text;
using CsCheck;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Property for the analyses that decide which overwritten values the reverse sweep keeps and which loop-local
    /// values it computes again: random programs of nested loops whose statements mix running sums, overwrites,
    /// products, loop-local declarations (t is assigned again, u never, and what u reads may change after it),
    /// branches, and an inner loop stepping by a variable that itself changes, so that a value one step leaves
    /// unkept is read by another. The exact gradient must agree with forward mode (which keeps nothing) to rounding
    /// and with a sixth-order finite difference within that difference's own error, and a second call (on the
    /// tape buffers the first call left) must give the same gradient bit for bit.
    /// </summary>
    public class LoopProgramPropertyTests
    {
        private const int ProgramsPerCompilation = 4;

        private static readonly string[] Targets = { "s0", "s1", "s2", "t" };
        private static readonly string[] Reads = { "s0", "s1", "s2", "t", "u", "x0", "x1", "x2" };

        /// <summary>Inside the inner loop the counters are read too, so that restoring them wrongly shows.</summary>
        private static readonly string[] InnerReads = Reads.Concat(new[] { "(0.25 * j)", "(0.5 * i)" }).ToArray();

        [Fact]
        public void ExactGradientThroughNestedLoopsAgreesWithAHighOrderFiniteDifference()
        {
            var inputs = Gen.Double[-1.5, 1.5].Where(v => Math.Abs(v - 0.5) > 0.05).Array[3];
            Gen.Select(LoopProgram.Array[ProgramsPerCompilation], inputs).Sample(
                (programs, x) => Check(programs, x),
                iter: 12,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(v => v.ToString("R"))) + ")");
        }

        private static void Check(string[] programs, double[] x)
        {
            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Programs\n    {\n");
            for (var i = 0; i < programs.Length; i++)
            {
                source.Append("        [Differentiable]\n        public static double P").Append(i).Append("(double x0, double x1, double x2)\n        {\n")
                    .Append(programs[i]).Append("        }\n");
            }

            var type = GeneratorHarness.Run(source.Append("    }\n}\n").ToString()).Load().GetType("Demo.Programs")!;
            for (var i = 0; i < programs.Length; i++)
            {
                var method = type.GetMethod("P" + i)!;
                double Function(double[] p) => (double)method.Invoke(null, new object[] { p[0], p[1], p[2] })!;
                var gradient = type.GetMethod("P" + i + "Gradient")!;
                var (g0, g1, g2) = ((double, double, double))gradient.Invoke(null, new object[] { x[0], x[1], x[2] })!;
                var exact = new[] { g0, g1, g2 };

                // Forward mode keeps no tape and restores nothing: an independent exact oracle for every component.
                var directional = type.GetMethod("P" + i + "DirectionalDerivative")!;
                var scale = Math.Max(1, Math.Max(Math.Abs(Function(x)), exact.Max(Math.Abs)));
                for (var k = 0; k < 3; k++)
                {
                    var along = (double)directional.Invoke(null, new object[] { x[0], x[1], x[2], k == 0 ? 1.0 : 0.0, k == 1 ? 1.0 : 0.0, k == 2 ? 1.0 : 0.0 })!;
                    Assert.True(Math.Abs(along - exact[k]) <= 1e-11 * scale, "P" + i + ": d/dx" + k + " reverse " + exact[k].ToString("R") + " vs forward " + along.ToString("R"));
                }

                FiniteDifferenceCheck.AssertAgreesWithinItsOwnError("P" + i, Function, x, exact);
                Assert.Equal((g0, g1, g2), ((double, double, double))gradient.Invoke(null, new object[] { x[0], x[1], x[2] })!);
            }
        }

        /// <summary>
        /// Outer loop: a loop-local declaration, statements, an inner loop stepping by <c>m</c>, then <c>m</c>
        /// changes (by an increment the reverse sweep undoes, or by an overwrite it must keep); the result reads every accumulator. Loop counts do not depend on the inputs, so the function is smooth.
        /// </summary>
        internal static readonly Gen<string> LoopProgram =
            Gen.Select(Gen.Int[1, 3], Gen.Int[1, 4], Expression(2, "s0", "s1", "s2", "x0", "x1", "x2"), Expression(2, "s0", "s1", "s2", "x0"), Gen.OneOf("m++;", "m = 1 + i % 2;"), Expression(2, "s0", "s1", "t", "x2", "(0.5 * i)"))
                .SelectMany(shape => Gen.Select(Statement(1, Reads).Array[1, 3], Statement(1, InnerReads).Array[1, 2], Statement(0, Reads).Array[0, 2])
                    .Select(statements =>
                        "            double s0 = x0;\n"
                        + "            double s1 = x1 * x2;\n"
                        + "            double s2 = 0;\n"
                        + "            int m = 1;\n"
                        + "            for (int i = 0; i < " + shape.Item1 + "; i++)\n            {\n"
                        + "                double t = " + shape.Item3 + ";\n"
                        + "                double u = " + shape.Item6 + ";\n"
                        + Lines(statements.Item1, "                ")
                        + "                for (int j = 0; j < " + shape.Item2 + "; j += m)\n                {\n"
                        + Lines(statements.Item2, "                    ")
                        + "                }\n"
                        + "                " + shape.Item5 + "\n"
                        + Lines(statements.Item3, "                ")
                        + "            }\n"
                        + "            return " + shape.Item4 + " + s0 * s1 - s2;\n"));

        private static string Lines(string[] statements, string indent) =>
            string.Concat(statements.Select(s => string.Concat(s.Split('\n').Select(line => indent + line + "\n"))));

        /// <summary>Statements whose values stay bounded however often a loop repeats them.</summary>
        private static Gen<string> Statement(int depth, string[] reads)
        {
            var simple = Gen.Select(Gen.Int[0, 5], Gen.OneOf(Targets), Expression(2, reads)).Select(s => s.Item1 switch
            {
                0 => s.Item2 + " += Math.Sin(" + s.Item3 + ");",
                1 => s.Item2 + " -= Math.Tanh(" + s.Item3 + ");",
                2 => s.Item2 + " = 0.5 * " + s.Item2 + " + Math.Cos(" + s.Item3 + ");",
                3 => s.Item2 + " *= Math.Cos(" + s.Item3 + ");",
                4 => s.Item2 + " = Math.Sin(" + s.Item3 + ");",
                _ => s.Item2 + " += 0.25 * " + s.Item2 + " * Math.Cos(" + s.Item3 + ");",
            });
            if (depth == 0)
            {
                return simple;
            }

            var branch = Gen.Select(Gen.OneOf("x0", "x1", "x2"), Statement(depth - 1, reads), Statement(depth - 1, reads))
                .Select(b => "if (" + b.Item1 + " > 0.5)\n{\n    " + b.Item2.Replace("\n", "\n    ") + "\n}\nelse\n{\n    " + b.Item3.Replace("\n", "\n    ") + "\n}");
            return Gen.Int[0, 3].SelectMany(choice => choice == 0 ? branch : simple);
        }

        private static Gen<string> Expression(int depth, params string[] variables)
        {
            var leaf = Gen.OneOf(Gen.OneOf(variables), Gen.OneOf("0.5", "1.25", "-0.75"));
            if (depth == 0)
            {
                return leaf;
            }

            var sub = Expression(depth - 1, variables);
            return Gen.Int[0, 7].SelectMany(choice => choice switch
            {
                0 or 1 => leaf,
                2 => Gen.Select(sub, sub, (a, b) => "(" + a + " + " + b + ")"),
                3 => Gen.Select(sub, sub, (a, b) => "(" + a + " - " + b + ")"),
                4 or 5 => Gen.Select(sub, sub, (a, b) => a + " * " + b),
                6 => sub.Select(a => "Math.Exp(Math.Sin(" + a + "))"),
                _ => Gen.Select(sub, sub, (a, b) => "(" + a + ") / (2.0 + Math.Sin(" + b + "))"),
            });
        }
    }
}
