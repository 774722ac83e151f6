using System;
using System.Linq;
using System.Text;
using CsCheck;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Property: for random programs over the supported operations (locals, re-assignment in a loop, branches,
    /// conditional expressions, Math functions), compiled through the generator inside the test, the exact
    /// gradient agrees with a sixth-order centered finite difference.
    /// </summary>
    public class RandomProgramPropertyTests
    {
        private const int ProgramsPerCompilation = 4;

        [Fact]
        public void ExactGradientAgreesWithAHighOrderFiniteDifference()
        {
            var inputs = Gen.Double[-1.5, 1.5].Where(v => Math.Abs(v - 0.5) > 0.05).Array[3];
            Gen.Select(Program.Array[ProgramsPerCompilation], inputs).Sample(
                (programs, x) => Check(programs, x),
                iter: 15,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(v => v.ToString("R"))) + ")");
        }

        [Fact]
        public void ExactGradientOverArraysAgreesWithAHighOrderFiniteDifference()
        {
            var inputs = Gen.Double[-1.5, 1.5].Where(v => Math.Abs(v - 0.5) > 0.05).Array[4];
            Gen.Select(ArrayProgram.Array[ProgramsPerCompilation], inputs).Sample(
                (programs, x) => CheckArrays(programs, x),
                iter: 8,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(v => v.ToString("R"))) + ")");
        }

        /// <summary>Programs <c>A(double[] v, double x0)</c>: v is the first three inputs, x0 the fourth.</summary>
        private static void CheckArrays(string[] programs, double[] inputs)
        {
            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Programs\n    {\n");
            for (var i = 0; i < programs.Length; i++)
            {
                source.Append("        [Differentiable]\n        public static double A").Append(i).Append("(double[] v, double x0)\n        {\n")
                    .Append(programs[i]).Append("        }\n");
            }

            var type = GeneratorHarness.Run(source.Append("    }\n}\n").ToString()).Load().GetType("Demo.Programs")!;
            for (var i = 0; i < programs.Length; i++)
            {
                var method = type.GetMethod("A" + i)!;
                double Function(double[] x) => (double)method.Invoke(null, new object[] { x.Take(3).ToArray(), x[3] })!;
                var (v, x0) = ((double[], double))type.GetMethod("A" + i + "Gradient", new[] { typeof(double[]), typeof(double) })!.Invoke(null, new object[] { inputs.Take(3).ToArray(), inputs[3] })!;
                FiniteDifferenceCheck.AssertAgrees("A" + i, Function, inputs, v.Append(x0).ToArray());
            }
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
                double Function(double[] x) => (double)method.Invoke(null, new object[] { x[0], x[1], x[2] })!;
                var (g0, g1, g2) = ((double, double, double))type.GetMethod("P" + i + "Gradient")!.Invoke(null, new object[] { x[0], x[1], x[2] })!;
                FiniteDifferenceCheck.AssertAgrees("P" + i, Function, x, new[] { g0, g1, g2 });
            }
        }

        /// <summary>Locals, a loop re-assigning a local, an if / else re-assigning both, and a return.</summary>
        private static readonly Gen<string> Program =
            Gen.Select(Expression(3, "x0", "x1", "x2"), Expression(3, "x0", "x1", "x2", "t0"), Gen.Int[1, 4], Expression(2, "x0", "x1", "t0", "t1"))
                .SelectMany(first => Gen.Select(Expression(2, "x2", "t0", "t1"), Expression(2, "x0", "t0", "t1"), Expression(3, "x0", "x1", "x2", "t0", "t1"), Gen.Int[0, 2])
                    .Select(second =>
                        "            double t0 = " + first.Item1 + ";\n"
                        + "            double t1 = " + first.Item2 + ";\n"
                        + "            for (int k = 0; k < " + first.Item3 + "; k++)\n            {\n                t1 = 0.5 * t1 + " + first.Item4 + ";\n            }\n"
                        + "            if (x" + second.Item4 + " > 0.5)\n            {\n                t0 = " + second.Item1 + ";\n            }\n"
                        + "            else\n            {\n                t1 += " + second.Item2 + ";\n            }\n"
                        + "            return " + second.Item3 + ";\n"));

        /// <summary>A local array written and overwritten in a loop over a parameter array, a branch on an element, a foreach.</summary>
        private static readonly Gen<string> ArrayProgram =
            Gen.Select(Expression(2, "v[i]", "x0", "acc"), Expression(2, "a[i]", "v[i]", "acc"), Expression(2, "a[i]", "x0"), Expression(2, "w", "x0", "s"))
                .Select(e =>
                    "            var a = new double[v.Length];\n"
                    + "            double acc = x0;\n"
                    + "            for (int i = 0; i < v.Length; i++)\n            {\n"
                    + "                a[i] = " + e.Item1 + ";\n"
                    + "                acc = 0.5 * acc + " + e.Item2 + ";\n"
                    + "                if (v[i] > 0.5)\n                {\n                    a[i] *= " + e.Item3 + ";\n                }\n"
                    + "            }\n"
                    + "            double s = 0;\n"
                    + "            foreach (var w in a)\n            {\n                s += " + e.Item4 + ";\n            }\n"
                    + "            return s + acc;\n");

        /// <summary>Expressions whose values stay bounded and whose operations are smooth away from the branch points.</summary>
        private static Gen<string> Expression(int depth, params string[] variables) => Expression(depth, variables, variables.Where(v => v.StartsWith("x", StringComparison.Ordinal)).ToArray());

        /// <param name="branchOn">The inputs a conditional expression may compare with 0.5 (sampled away from it).</param>
        private static Gen<string> Expression(int depth, string[] variables, string[] branchOn)
        {
            var leaf = Gen.OneOf(Gen.OneOf(variables), Gen.OneOf("0.5", "1.25", "2.0", "-0.75"));
            if (depth == 0)
            {
                return leaf;
            }

            var sub = Expression(depth - 1, variables, branchOn);
            return Gen.Int[0, 15].SelectMany(choice => choice switch
            {
                0 or 1 => leaf,
                2 => sub.Select(a => "-(" + a + ")"),
                3 => sub.Select(a => "Math.Sin(" + a + ")"),
                4 => sub.Select(a => "Math.Cos(" + a + ")"),
                5 => sub.Select(a => "Math.Tanh(" + a + ")"),
                6 => sub.Select(a => "Math.Exp(Math.Sin(" + a + "))"),
                7 => sub.Select(a => "Math.Sqrt(1.0 + (" + a + ") * (" + a + "))"),
                8 => sub.Select(a => "Math.Log(2.0 + Math.Cos(" + a + "))"),
                9 => Gen.Select(sub, sub, (a, b) => "(" + a + " + " + b + ")"),
                10 => Gen.Select(sub, sub, (a, b) => "(" + a + " - " + b + ")"),
                11 => Gen.Select(sub, sub, (a, b) => a + " * " + b),
                12 => Gen.Select(sub, sub, (a, b) => "(" + a + ") / (2.0 + Math.Sin(" + b + "))"),
                13 => Gen.Select(sub, sub, (a, b) => "Math.Pow(1.5 + Math.Sin(" + a + "), Math.Atan(" + b + "))"),
                14 => Gen.Select(sub, sub, (a, b) => "Math.Atan2(" + a + ", 2.0 + Math.Cos(" + b + "))"),
                _ when branchOn.Length == 0 => sub,
                _ => Gen.Select(sub, sub, Gen.OneOf(branchOn), (a, b, x) => "(" + x + " > 0.5 ? " + a + " : " + b + ")"),
            });
        }
    }
}
