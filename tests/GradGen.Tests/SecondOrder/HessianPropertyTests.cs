using System;
using System.Linq;
using System.Text;
using CsCheck;
using GradGen.Tests.Exact;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.SecondOrder
{
    /// <summary>
    /// Property: for the random programs of <see cref="RandomProgramPropertyTests"/> and <see cref="LoopProgramPropertyTests"/>
    /// (locals, loops, nested loops, branches, conditional expressions, local arrays, Math functions), compiled with
    /// <c>[Differentiable(Hessian = true)]</c>, the exact H v agrees with the centered difference of the exact
    /// gradient along v within that difference's own error (estimated from two steps, extrapolated by Richardson),
    /// <c>MHessian</c> is symmetric and its product with v is H v.
    /// </summary>
    public class HessianPropertyTests
    {
        private const int ProgramsPerCompilation = 4;

        private static Gen<double[]> Inputs(int n) => Gen.Double[-1.5, 1.5].Where(v => Math.Abs(v - 0.5) > 0.05).Array[n];

        [Fact]
        public void StraightLineAndBranchingPrograms()
        {
            Gen.Select(RandomProgramPropertyTests.Program.Array[ProgramsPerCompilation], Inputs(3), Inputs(3)).Sample(
                (programs, x, v) => Check(programs, x, v, "double x0, double x1, double x2", p => new object[] { p[0], p[1], p[2] }, TupleToArray),
                iter: 8,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(v => v.ToString("R"))) + ")");
        }

        [Fact]
        public void NestedLoopPrograms()
        {
            Gen.Select(LoopProgramPropertyTests.LoopProgram.Array[ProgramsPerCompilation], Inputs(3), Inputs(3)).Sample(
                (programs, x, v) => Check(programs, x, v, "double x0, double x1, double x2", p => new object[] { p[0], p[1], p[2] }, TupleToArray),
                iter: 6,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(v => v.ToString("R"))) + ")");
        }

        [Fact]
        public void ProgramsOverArrays()
        {
            Gen.Select(RandomProgramPropertyTests.ArrayProgram.Array[ProgramsPerCompilation], Inputs(4), Inputs(4)).Sample(
                (programs, x, v) => Check(programs, x, v, "double[] v, double x0", p => new object[] { p.Take(3).ToArray(), p[3] }, ArrayAndScalarToArray),
                iter: 6,
                threads: 1,
                print: sample => string.Join("\n\n", sample.Item1) + "\nat (" + string.Join(", ", sample.Item2.Select(v => v.ToString("R"))) + ")");
        }

        private static double[] TupleToArray(object result)
        {
            var (a, b, c) = ((double, double, double))result;
            return new[] { a, b, c };
        }

        private static double[] ArrayAndScalarToArray(object result)
        {
            var (a, b) = ((double[], double))result;
            return a.Append(b).ToArray();
        }

        private static void Check(string[] programs, double[] x, double[] v, string parameters, Func<double[], object[]> arguments, Func<object, double[]> flatten)
        {
            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Programs\n    {\n");
            for (var i = 0; i < programs.Length; i++)
            {
                source.Append("        [Differentiable(Hessian = true)]\n        public static double P").Append(i).Append("(" + parameters + ")\n        {\n")
                    .Append(programs[i]).Append("        }\n");
            }

            var type = GeneratorHarness.Run(source.Append("    }\n}\n").ToString()).Load().GetType("Demo.Programs")!;
            var n = x.Length;
            for (var i = 0; i < programs.Length; i++)
            {
                var gradientMethod = type.GetMethods().Single(m => m.Name == "P" + i + "Gradient" && m.GetParameters().Length == arguments(x).Length);
                double[] Gradient(double[] p) => flatten(gradientMethod.Invoke(null, arguments(p))!);
                var product = type.GetMethods().Single(m => m.Name == "P" + i + "HessianVectorProduct" && m.ReturnType != typeof(void));
                var hv = flatten(product.Invoke(null, arguments(x).Concat(arguments(v)).ToArray())!);

                double[] Difference(double step) =>
                    Gradient(x.Zip(v, (a, b) => a + step * b).ToArray()).Zip(Gradient(x.Zip(v, (a, b) => a - step * b).ToArray()), (u, d) => (u - d) / (2 * step)).ToArray();

                var coarse = Difference(1e-3);
                var fine = Difference(5e-4);
                var scale = Math.Max(1, hv.Max(Math.Abs));
                for (var k = 0; k < n; k++)
                {
                    var richardson = (4 * fine[k] - coarse[k]) / 3;
                    var error = Math.Abs(fine[k] - coarse[k]) + 1e-8 * scale;
                    Assert.True(
                        Math.Abs(hv[k] - richardson) <= error,
                        "P" + i + ": (Hv)[" + k + "] exact " + hv[k].ToString("R") + " vs difference of the gradient " + richardson.ToString("R") + " (error allowed " + error.ToString("E2") + ") at x = (" + string.Join(", ", x.Select(a => a.ToString("R"))) + "), v = (" + string.Join(", ", v.Select(a => a.ToString("R"))) + ")\n" + programs[i]);
                }

                var hessian = (double[,])type.GetMethods().Single(m => m.Name == "P" + i + "Hessian" && m.ReturnType == typeof(double[,])).Invoke(null, arguments(x))!;
                for (var r = 0; r < n; r++)
                {
                    var row = 0.0;
                    for (var c = 0; c < n; c++)
                    {
                        Assert.True(Math.Abs(hessian[r, c] - hessian[c, r]) <= 1e-10 * scale, "P" + i + ": H not symmetric at " + r + ", " + c);
                        row += hessian[r, c] * v[c];
                    }

                    Assert.True(Math.Abs(row - hv[r]) <= 1e-11 * scale * (1 + v.Max(Math.Abs)), "P" + i + ": (H v)[" + r + "] " + row.ToString("R") + " vs " + hv[r].ToString("R"));
                }
            }
        }
    }
}
