using System;
using System.Linq;
using System.Text;
using CsCheck;
using GradGen.Tests.Exact;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Jacobian
{
    /// <summary>
    /// Property: random programs of the first-order property tests (locals, a loop re-assigning a local, branches,
    /// Math functions), made vector-valued with several outputs, compiled through the generator inside the test:
    /// every row of <c>MJacobian</c> agrees with a sixth-order centered difference of that output, and the forward
    /// (J e_j) and reverse (e_i^T J) Jacobians agree to rounding. Four outputs of three inputs take forward mode in
    /// <c>MJacobian</c>, a tuple of two takes reverse mode.
    /// </summary>
    public class JacobianPropertyTests
    {
        private const int ProgramsPerCompilation = 3;

        [Fact]
        public void JacobianOfRandomProgramsAgreesWithAHighOrderFiniteDifferenceInBothModes()
        {
            var inputs = Gen.Double[-1.5, 1.5].Where(v => Math.Abs(v - 0.5) > 0.05).Array[3];
            Gen.Select(RandomProgramPropertyTests.Program.Array[ProgramsPerCompilation], inputs).Sample(
                (programs, x) => Check(programs, x),
                iter: 8,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(v => v.ToString("R"))) + ")");
        }

        /// <summary>Forward and reverse mode agree to rounding: within 1e-12 of the larger magnitude (or of 1).</summary>
        private static void Same(string what, double[] expected, double[] actual)
        {
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.True(
                    Math.Abs(expected[k] - actual[k]) <= 1e-12 * Math.Max(1, Math.Max(Math.Abs(expected[k]), Math.Abs(actual[k]))),
                    what + "[" + k + "]: " + expected[k].ToString("R") + " vs " + actual[k].ToString("R"));
            }
        }

        /// <summary>The program's result is output 0 of an array of four and of a tuple of two, beside its locals.</summary>
        private static void Check(string[] programs, double[] x)
        {
            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Programs\n    {\n");
            for (var i = 0; i < programs.Length; i++)
            {
                var body = programs[i].Replace("            return ", "            double r = ");
                source.Append("        [Differentiable]\n        public static double[] V").Append(i).Append("(double x0, double x1, double x2)\n        {\n")
                    .Append(body).Append("            return new double[] { r, t0 * x1, Math.Sin(t1), r * t0 };\n        }\n");
                source.Append("        [Differentiable]\n        public static (double a, double b) T").Append(i).Append("(double x0, double x1, double x2)\n        {\n")
                    .Append(body).Append("            return (r, t0 + t1 * x2);\n        }\n");
            }

            var type = GeneratorHarness.Run(source.Append("    }\n}\n").ToString()).Load().GetType("Demo.Programs")!;
            object[] Arguments(double[] point) => new object[] { point[0], point[1], point[2] };
            for (var i = 0; i < programs.Length; i++)
            {
                var vector = type.GetMethod("V" + i)!;
                var tuple = type.GetMethod("T" + i)!;
                Func<double[], double>[] outputs =
                {
                    p => ((double[])vector.Invoke(null, Arguments(p))!)[0],
                    p => ((double[])vector.Invoke(null, Arguments(p))!)[1],
                    p => ((double[])vector.Invoke(null, Arguments(p))!)[2],
                    p => ((double[])vector.Invoke(null, Arguments(p))!)[3],
                    p => (((double, double))tuple.Invoke(null, Arguments(p))!).Item1,
                    p => (((double, double))tuple.Invoke(null, Arguments(p))!).Item2,
                };
                var vectorJacobian = (double[,])type.GetMethod("V" + i + "Jacobian", new[] { typeof(double), typeof(double), typeof(double) })!.Invoke(null, Arguments(x))!;
                var tupleJacobian = (double[,])type.GetMethod("T" + i + "Jacobian", new[] { typeof(double), typeof(double), typeof(double) })!.Invoke(null, Arguments(x))!;
                for (var row = 0; row < 6; row++)
                {
                    var jacobian = row < 4 ? vectorJacobian : tupleJacobian;
                    var r = row < 4 ? row : row - 4;
                    FiniteDifferenceCheck.AssertAgrees((row < 4 ? "V" : "T") + i + " output " + r, outputs[row], x, Enumerable.Range(0, 3).Select(j => jacobian[r, j]).ToArray());
                }

                // The other mode for each: e_i^T J by VJP for V (MJacobian took forward mode), J e_j by JVP for T.
                var vjp = type.GetMethod("V" + i + "VectorJacobianProduct")!;
                for (var row = 0; row < 4; row++)
                {
                    var unit = new double[4];
                    unit[row] = 1;
                    var (g0, g1, g2) = ((double, double, double))vjp.Invoke(null, Arguments(x).Append(unit).ToArray())!;
                    Same("V" + i + " row " + row, new[] { vectorJacobian[row, 0], vectorJacobian[row, 1], vectorJacobian[row, 2] }, new[] { g0, g1, g2 });
                }

                var jvp = type.GetMethod("T" + i + "JacobianVectorProduct")!;
                for (var column = 0; column < 3; column++)
                {
                    var direction = new object[] { 0.0, 0.0, 0.0 };
                    direction[column] = 1.0;
                    var (a, b) = ((double, double))jvp.Invoke(null, Arguments(x).Concat(direction).ToArray())!;
                    Same("T" + i + " column " + column, new[] { tupleJacobian[0, column], tupleJacobian[1, column] }, new[] { a, b });
                }
            }
        }
    }
}
