using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using System.Threading.Tasks;
using GradGen.Tests.Exact;
using GradGen.Tests.Hardening;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GradGen.Tests.Structs
{
    /// <summary>
    /// The differential fuzzer of <see cref="DifferentialFuzzTests"/> over struct programs (issue 19). Each random body
    /// works on a <c>Vec2</c> local <c>u</c>, a local array <c>qs</c> of two <c>Vec2</c>, and a nested struct <c>w</c>:
    /// field reads and writes, <c>new</c>, <c>with</c>, swaps through struct assignments, <c>?:</c> of structs,
    /// <c>foreach</c>, loops and branches, and calls through hidden flattened copies (a struct's member of several
    /// statements, struct results of several statements of the struct and of another type). It is compiled twice: as <c>A(double[] x, c)</c>, which builds <c>u</c> and
    /// the array from <c>x</c> (checked by <see cref="DifferentialOracle"/>: reverse against forward mode and
    /// Richardson), and as <c>B(Vec2 u, Vec2[] ps, c)</c>, whose struct-shaped gradient must equal A's to rounding and
    /// agree with B's own forward mode. Program <c>i</c> comes from seed <c>GRADGEN_STRUCT_DIFF_SEED + i</c>;
    /// <c>GRADGEN_STRUCT_DIFF_PROGRAMS</c> sets how many.
    /// </summary>
    [Collection(HeavyTests.Name)]
    public class StructDifferentialFuzzTests
    {
        private const int DefaultPrograms = 300;
        private const int DefaultSeed = 19190;
        private const int ProgramsPerCompilation = 50;

        private const string Types = @"
    public partial record struct Vec2(double X, double Y)
    {
        [Differentiable]
        public double Twist(double a)
        {
            double r = X * Math.Cos(a) - Y;
            return r * Math.Sin(Y + a);
        }

        [Differentiable]
        public static Vec2 Turn(Vec2 p, double a)
        {
            double cos = Math.Cos(a), sin = Math.Sin(a);
            return new Vec2(cos * p.X - sin * p.Y, sin * p.X + cos * p.Y);
        }
    }

    public static partial class Shapes
    {
        [Differentiable]
        public static Vec2 Mix(Vec2 a, Vec2 b, double t)
        {
            double k = 0.5 + 0.25 * Math.Sin(t);
            return new Vec2(a.X + k * (b.X - a.X), a.Y * k + b.Y);
        }
    }

    public struct Body
    {
        public Vec2 P;
        public double C;
    }
";

        private readonly ITestOutputHelper _output;

        public StructDifferentialFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void ExactGradientsOfRandomStructProgramsAgreeWithForwardModeRichardsonAndTheFlatProgram()
        {
            var programs = EnvironmentInt("GRADGEN_STRUCT_DIFF_PROGRAMS", DefaultPrograms);
            var seed = EnvironmentInt("GRADGEN_STRUCT_DIFF_SEED", DefaultSeed);
            var batches = Enumerable.Range(0, (programs + ProgramsPerCompilation - 1) / ProgramsPerCompilation)
                .Select(b => Enumerable.Range(b * ProgramsPerCompilation, Math.Min(ProgramsPerCompilation, programs - (b * ProgramsPerCompilation))).Select(i => unchecked(seed + i)).ToList())
                .ToList();
            var results = new (int Exact, string? Failure)[batches.Count];
            Parallel.For(0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b => results[b] = RunBatch(batches[b]));

            var exact = results.Sum(r => r.Exact);
            _output.WriteLine(programs + " struct programs from seed " + seed + ": " + exact + " exact and checked.");
            var failures = results.Where(r => r.Failure is not null).Select(r => r.Failure!).ToList();
            if (failures.Count > 0)
            {
                throw new XunitException(string.Join("\n\n", failures));
            }

            // Every construct the programs use is differentiated exactly: a fallback is a regression.
            Assert.Equal(programs, exact);
        }

        private static (int Exact, string? Failure) RunBatch(List<int> seeds)
        {
            var bodies = seeds.ToDictionary(s => s, s => new ProgramWriter(new Random(s)).Write());
            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n").Append(Types).Append("    public static partial class Programs\n    {\n");
            foreach (var s in seeds)
            {
                source.Append("        [Differentiable]\n        public static double A").Append(Name(s)).Append("(double[] x, [NoDerivative] double c)\n        {\n")
                    .Append("            Vec2 u = new Vec2(x[0], x[1]);\n")
                    .Append("            Vec2[] ps = new Vec2[2];\n")
                    .Append("            ps[0] = new Vec2(x[2], x[3]);\n")
                    .Append("            ps[1] = new Vec2(x[4], x[5]);\n")
                    .Append(bodies[s]).Append("        }\n\n");
                source.Append("        [Differentiable]\n        public static double B").Append(Name(s)).Append("(Vec2 u, Vec2[] ps, [NoDerivative] double c)\n        {\n")
                    .Append(bodies[s]).Append("        }\n\n");
            }

            var compilation = GeneratorHarness.CreateCompilation(new[] { source.Append("    }\n}\n").ToString() });
            var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            using var image = new MemoryStream();
            var emit = output.Emit(image);
            if (!emit.Success)
            {
                var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                var first = seeds.FirstOrDefault(s => errors.Any(e => e.Location.SourceTree?.FilePath.Contains("." + "B" + Name(s) + ".", StringComparison.Ordinal) == true
                    || e.Location.SourceTree?.FilePath.Contains("." + "A" + Name(s) + ".", StringComparison.Ordinal) == true));
                return (0, "Seeds " + seeds[0] + " to " + seeds[seeds.Count - 1] + ": the generated code does not compile:\n"
                    + string.Join("\n", errors.Take(5)) + (first == 0 ? string.Empty : "\nSeed " + first + ":\n" + bodies[first]));
            }

            var generated = driver.GetRunResult().Results.Single().GeneratedSources;
            var fallbacks = generated.Where(g => !g.SourceText.ToString().Contains("resultAdjoint", StringComparison.Ordinal)).Select(g => g.HintName).ToList();
            image.Position = 0;
            var assembly = new AssemblyLoadContext("structfuzz", isCollectible: true).LoadFromStream(image);
            var type = assembly.GetType("Demo.Programs")!;
            var vec2 = assembly.GetType("Demo.Vec2")!;
            var exact = 0;
            foreach (var s in seeds)
            {
                if (fallbacks.Any(hint => hint.Contains("." + "A" + Name(s) + ".", StringComparison.Ordinal) || hint.Contains("." + "B" + Name(s) + ".", StringComparison.Ordinal)))
                {
                    return (exact, "Seed " + s + " fell back to a numeric gradient:\n" + bodies[s]);
                }

                var x = Point(s);
                var problem = DifferentialOracle.Disagreement(type, "A" + Name(s), x, new object[] { 1.25 }) ?? StructShaped(type, vec2, "B" + Name(s), "A" + Name(s), x);
                if (problem is not null)
                {
                    return (exact, "Seed " + s + " (replay: GRADGEN_STRUCT_DIFF_SEED=" + s + " GRADGEN_STRUCT_DIFF_PROGRAMS=1)\n" + problem + "\n" + bodies[s]);
                }

                exact++;
            }

            return (exact, null);
        }

        /// <summary>B's gradient, a (Vec2, Vec2[]) of partials, against A's over the same leaves; B's forward mode against it.</summary>
        private static string? StructShaped(Type type, Type vec2, string b, string a, double[] x)
        {
            object Vec(double px, double py) => Activator.CreateInstance(vec2, px, py)!;
            double Get(object v, string field) => (double)vec2.GetProperty(field)!.GetValue(v)!;
            object Points(double[] p)
            {
                var array = Array.CreateInstance(vec2, 2);
                array.SetValue(Vec(p[2], p[3]), 0);
                array.SetValue(Vec(p[4], p[5]), 1);
                return array;
            }

            double[] Leaves(object u, Array ps) => new[] { Get(u, "X"), Get(u, "Y"), Get(ps.GetValue(0)!, "X"), Get(ps.GetValue(0)!, "Y"), Get(ps.GetValue(1)!, "X"), Get(ps.GetValue(1)!, "Y") };

            var flat = (double[])type.GetMethod(a + "Gradient", new[] { typeof(double[]), typeof(double) })!.Invoke(null, new object[] { x.Clone(), 1.25 })!;
            var tuple = type.GetMethods().Single(m => m.Name == b + "Gradient" && m.GetParameters().Length == 3).Invoke(null, new[] { Vec(x[0], x[1]), Points(x), 1.25 })!;
            var shaped = Leaves(tuple.GetType().GetField("Item1")!.GetValue(tuple)!, (Array)tuple.GetType().GetField("Item2")!.GetValue(tuple)!);
            var scale = Math.Max(1, flat.Select(Math.Abs).Max());
            for (var k = 0; k < flat.Length; k++)
            {
                if (!(Math.Abs(shaped[k] - flat[k]) <= 1e-12 * scale))
                {
                    return b + ": struct-shaped partial " + k + " is " + shaped[k].ToString("R", CultureInfo.InvariantCulture) + ", the flat program's " + flat[k].ToString("R", CultureInfo.InvariantCulture);
                }
            }

            var direction = new[] { 0.3, -0.7, 0.2, 0.9, -0.4, 0.6 };
            var directional = (double)type.GetMethods().Single(m => m.Name == b + "DirectionalDerivative").Invoke(null, new[] { Vec(x[0], x[1]), Points(x), 1.25, Vec(direction[0], direction[1]), Points(direction) })!;
            var dot = shaped.Select((g, k) => g * direction[k]).Sum();
            return Math.Abs(directional - dot) <= 1e-11 * Math.Max(scale, Math.Abs(dot)) ? null : b + ": forward mode " + directional.ToString("R", CultureInfo.InvariantCulture) + " vs the gradient's " + dot.ToString("R", CultureInfo.InvariantCulture);
        }

        private static string Name(int seed) => "Q" + ((uint)seed).ToString(CultureInfo.InvariantCulture);

        /// <summary>Inputs away from 0.5, which the branches test.</summary>
        private static double[] Point(int seed)
        {
            var random = new Random(unchecked(seed * 31 + 7));
            return Enumerable.Range(0, 6).Select(_ =>
            {
                double v;
                do
                {
                    v = (random.NextDouble() * 3) - 1.5;
                }
                while (Math.Abs(v - 0.5) < 0.15);
                return v;
            }).ToArray();
        }

        private static int EnvironmentInt(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

        /// <summary>A body over <c>u</c> and <c>ps</c>: a local copy <c>qs</c> of the array, a nested struct <c>w</c>, statements, a result.</summary>
        private sealed class ProgramWriter
        {
            private readonly Random _random;
            private readonly StringBuilder _text = new();
            private int _depth;
            private int _loops;

            public ProgramWriter(Random random) => _random = random;

            public string Write()
            {
                Line("Vec2[] qs = new Vec2[ps.Length];");
                Line("for (int i = 0; i < ps.Length; i++) { qs[i] = ps[i]; }");
                Line("Body w = new Body { P = new Vec2(u.Y, 0.5), C = c };");
                Line("double s0 = u.X;");
                Line("double s1 = 0;");
                Line("int j = 0;");
                var count = _random.Next(2, 6);
                for (var i = 0; i < count; i++)
                {
                    Statement();
                }

                Line("return s0 + s1 * " + Expression(1) + " + u.X - u.Y * w.C + qs[0].Y + w.P.Y + qs[1].X;");
                return _text.ToString();
            }

            private void Statement()
            {
                var slot = "qs[(j % 2 + 2) % 2]";
                var accumulator = Pick("s0", "s1");
                switch (_random.Next(_depth < 2 ? 15 : 12))
                {
                    case 0:
                        Line(accumulator + " += Math.Sin(" + Expression(2) + ");");
                        break;
                    case 1:
                        Line("u = new Vec2(u.Y, Math.Sin(" + Expression(2) + "));");
                        break;
                    case 2:
                        Line("u = u with { X = 0.5 * u.X + Math.Cos(" + Expression(1) + ") };");
                        break;
                    case 3:
                        Line(slot + " = new Vec2(Math.Sin(" + Expression(1) + "), 0.5 * " + slot + ".X);");
                        break;
                    case 4:
                        Line(Pick("w.P.X += Math.Sin(" + Expression(1) + ");", "w.C *= Math.Cos(" + Expression(1) + ");", "w.P = w.P with { Y = Math.Tanh(" + Expression(1) + ") };"));
                        break;
                    case 5:
                        Line("j++;");
                        break;
                    case 6:
                        var t = "t" + _loops++;
                        Line("Vec2 " + t + " = " + Pick("u.X > 0.5", "w.C > 1", "qs[1].Y < 0.5") + " ? u : qs[1];");
                        Line(accumulator + " += " + t + ".Y * Math.Cos(" + t + ".X);");
                        break;
                    case 7:
                        Line(Pick("qs[0] = qs[1] with { Y = qs[0].Y };", "u = qs[1];", "qs[1] = new Vec2(qs[1].Y, qs[1].X);"));
                        break;
                    case 8:
                        Line(slot + ".Y = 0.5 * " + slot + ".Y + Math.Sin(" + Expression(1) + ");");
                        break;
                    case 9:
                        // A struct's member of several statements, through its flattened copy.
                        Line(accumulator + " += " + Pick("u", "qs[1]", slot, "w.P") + ".Twist(" + Expression(1) + ");");
                        break;
                    case 10:
                        // A struct result of several statements, one copy per field.
                        Line(Pick("u", slot) + " = Vec2.Turn(" + Pick("u", "qs[0]", "w.P") + ", " + Expression(1) + ");");
                        break;
                    case 11:
                        // A struct result of another type, read by field and passed on.
                        Line(Pick(accumulator + " += Shapes.Mix(qs[0], u, " + Expression(1) + ").Y;", "w.P = Shapes.Mix(Vec2.Turn(u, s1), qs[1], " + Expression(1) + ");"));
                        break;
                    case 12:
                        var v = "v" + _loops++;
                        Block("foreach (Vec2 " + v + " in qs)", () => Line(accumulator + " += 0.25 * " + v + ".X * Math.Cos(" + v + ".Y + " + Expression(1) + ");"));
                        break;
                    case 13:
                        Block("if (" + Pick("u.X > 0.5", "qs[0].Y > 0.5", "w.P.X < 0.5") + ")", Statement, "else", Statement);
                        break;
                    default:
                        var i = "i" + _loops++;
                        Block("for (int " + i + " = 0; " + i + " < " + _random.Next(1, 4) + "; " + i + "++)", () =>
                        {
                            Line("qs[" + i + " % 2].Y = 0.5 * qs[" + i + " % 2].Y + Math.Sin(" + Expression(1) + ");");
                            Statement();
                        });
                        break;
                }
            }

            private string Expression(int depth)
            {
                var leaves = new[] { "u.X", "u.Y", "qs[0].X", "qs[1].Y", "qs[(j % 2 + 2) % 2].X", "w.P.X", "w.P.Y", "w.C", "s0", "s1", "0.75", "c" };
                if (depth == 0 || _random.Next(3) == 0)
                {
                    return Pick(leaves);
                }

                var left = Expression(depth - 1);
                var right = Expression(depth - 1);
                return _random.Next(5) switch
                {
                    0 => "(" + left + " + " + right + ")",
                    1 => "(" + left + " - " + right + ")",
                    2 => left + " * " + right,
                    3 => "Math.Exp(Math.Sin(" + left + "))",
                    _ => "(" + left + ") / (2.0 + Math.Sin(" + right + "))",
                };
            }

            private string Pick(params string[] options) => options[_random.Next(options.Length)];

            private void Block(string header, Action body, string? elseHeader = null, Action? elseBody = null)
            {
                Line(header);
                Line("{");
                _depth++;
                body();
                _depth--;
                Line("}");
                if (elseHeader is not null)
                {
                    Line(elseHeader);
                    Line("{");
                    _depth++;
                    elseBody!();
                    _depth--;
                    Line("}");
                }
            }

            private void Line(string text) => _text.Append(' ', 12 + (4 * _depth)).Append(text).Append('\n');
        }
    }
}
