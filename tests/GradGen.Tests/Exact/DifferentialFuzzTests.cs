using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using System.Threading.Tasks;
using GradGen.Tests.Hardening;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// A differential fuzzer of the exact gradient's run-time semantics. Each random program
    /// <c>P(double[] x, [NoDerivative] double c)</c> mixes what the adversarial hunt of issue 20 needed: loops with
    /// loop-local integers that increment counters (int and long, up and down, through a conversion), counters used
    /// as indices, element writes of a local array at computed indices, a [NoDerivative] parameter re-assigned from
    /// the inputs and passed on, calls into a generic type and to extension methods (some of which write their array
    /// argument), helpers without [Differentiable] (a utility class calling a private helper, a local function of
    /// several statements; issue 14), Pow with a base or exponent of 0, foreach with a conversion, and (issue 14) a
    /// local array of arrays with rows of two lengths, written at computed indices, visited by foreach over its rows
    /// and passed to a callee, and arrays passed to a callee that takes ReadOnlySpans and slices one. Programs are compiled with the
    /// generator by the compiler, in batches. Where GradGen differentiates a program exactly (its gradient has a
    /// reverse sweep), the exact gradient must agree with forward mode and with a Richardson estimate
    /// (<see cref="DifferentialOracle"/>); at least half the programs must be exact, so that the fallback cannot hide a bug. Program <c>i</c> comes from seed <c>GRADGEN_DIFF_SEED + i</c>, so a failure
    /// replays with <c>GRADGEN_DIFF_SEED=&lt;its seed&gt; GRADGEN_DIFF_PROGRAMS=1</c>. The long run:
    /// <c>GRADGEN_DIFF_PROGRAMS=100000 dotnet test tests/GradGen.Tests --filter FullyQualifiedName~DifferentialFuzzTests</c>.
    /// </summary>
    [Collection(HeavyTests.Name)]
    public class DifferentialFuzzTests
    {
        private const int DefaultPrograms = 2000;
        private const int DefaultSeed = 20261129;
        private const int ProgramsPerCompilation = 100;
        private const int Inputs = 4;

        /// <summary>The callees the programs may use, declared once per compilation.</summary>
        internal const string Callees = @"
    public static partial class GW<T>
    {
        [Differentiable] public static double Read(double[] b) => b[0] * b[1] + Math.Sin(b[2]);
        [Differentiable] public static double Write(double[] b) { b[0] = b[0] * 0.5; return b[0] + b[1]; }
        [Differentiable] public static double Scale(double u, [NoDerivative] double k) => u * k;
        [Differentiable] public static double Square(double u) => u * u;
        [Differentiable] public static double JRead(double[][] b) => b[0][0] * b[1][2] + Math.Sin(b[1][0]) * b[0].Length;
        [Differentiable] public static double SDot(ReadOnlySpan<double> u, ReadOnlySpan<double> v) { var w = u[1..]; double s = 0; for (int i = 0; i < w.Length && i < v.Length; i++) s += w[i] * Math.Sin(v[i]); return s; }
    }

    public static partial class Ext
    {
        [Differentiable] public static double Dot3(this double[] w, double[] b) => w[0] * b[0] + w[1] * b[1] + w[2] * b[2];
        [Differentiable] public static double Scribble(this double[] w, double[] b) { b[0] = b[0] * w[0]; return b[0] + w[1]; }
    }

    public static class Help
    {
        public static double Soft(double u) { double e = Math.Exp(u); return Math.Log(1 + e); }
        public static double Sum3(double[] b) { double s = 0; for (int i = 0; i < 3; i++) { s += Twice(b[i]) * b[(i + 1) % b.Length]; } return s; }
        private static double Twice(double u) => 2 * u + Soft(u) * 0.25;
    }
";

        private readonly ITestOutputHelper _output;

        public DifferentialFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void ExactGradientsOfRandomProgramsAgreeWithForwardModeAndRichardson()
        {
            var programs = EnvironmentInt("GRADGEN_DIFF_PROGRAMS", DefaultPrograms);
            var seed = EnvironmentInt("GRADGEN_DIFF_SEED", DefaultSeed);
            var batches = Enumerable.Range(0, (programs + ProgramsPerCompilation - 1) / ProgramsPerCompilation)
                .Select(b => Enumerable.Range(b * ProgramsPerCompilation, Math.Min(ProgramsPerCompilation, programs - (b * ProgramsPerCompilation))).Select(i => unchecked(seed + i)).ToList())
                .ToList();
            var results = new BatchResult[batches.Count];
            Parallel.For(0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (b, state) =>
            {
                results[b] = RunBatch(batches[b]);
                if (results[b].Failure is not null)
                {
                    state.Stop();
                }
            });

            var done = results.Where(r => r is not null).ToList();
            var exact = done.Sum(r => r.Exact);
            _output.WriteLine(programs + " programs from seed " + seed + ": " + exact + " exact and checked, " + done.Sum(r => r.FellBack) + " fell back to the numeric gradient.");

            var failures = done.Where(r => r.Failure is not null).Select(r => r.Failure!).ToList();
            if (failures.Count > 0)
            {
                throw new XunitException(string.Join("\n\n", failures));
            }

            // The fuzzer must exercise the exact gradient, not only the fallback.
            Assert.True(programs < 50 || exact >= programs / 2, exact + " of " + programs + " programs were differentiated exactly");
        }

        /// <summary>Compiles one batch of programs together and checks each; stops at the first failure.</summary>
        private static BatchResult RunBatch(List<int> seeds)
        {
            var bodies = seeds.ToDictionary(s => s, Program);

            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n").Append(Callees)
                .Append("    public static partial class Programs\n    {\n");
            foreach (var s in seeds)
            {
                source.Append("        [Differentiable]\n        public static double ").Append(Name(s)).Append("(double[] x, [NoDerivative] double c)\n        {\n")
                    .Append(bodies[s]).Append("        }\n\n");
            }

            // The generator and the compiler only: no analyzer pass and no separate GetDiagnostics, which would bind
            // everything again. A program's exact gradient has a reverse sweep; its fallback has none.
            var compilation = GeneratorHarness.CreateCompilation(new[] { source.Append("    }\n}\n").ToString() });
            var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            using var image = new MemoryStream();
            var emit = output.Emit(image);
            if (!emit.Success)
            {
                return new BatchResult(0, 0, "Seeds " + seeds[0] + " to " + seeds[seeds.Count - 1] + ": the generated code does not compile:\n"
                    + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }

            image.Position = 0;
            var type = new AssemblyLoadContext("fuzz", isCollectible: true).LoadFromStream(image).GetType("Demo.Programs")!;
            var fallbacks = new HashSet<string>(driver.GetRunResult().Results.Single().GeneratedSources
                .Where(generated => generated.HintName.StartsWith("Demo.Programs.P", StringComparison.Ordinal) && !generated.SourceText.ToString().Contains("resultAdjoint", StringComparison.Ordinal))
                .Select(generated => generated.HintName.Substring("Demo.Programs.".Length).Replace(".g.cs", string.Empty)));
            var exact = 0;
            foreach (var s in seeds)
            {
                if (fallbacks.Contains(Name(s)))
                {
                    continue;
                }

                exact++;
                var problem = DifferentialOracle.Disagreement(type, Name(s), Point(s), roundsToFloat: bodies[s].Contains("(float ", StringComparison.Ordinal), new object[] { 1.25 });
                if (problem is not null)
                {
                    return new BatchResult(exact, fallbacks.Count, "Seed " + s + " (replay: GRADGEN_DIFF_SEED=" + s + " GRADGEN_DIFF_PROGRAMS=1)\n" + problem + "\n" + bodies[s]);
                }
            }

            return new BatchResult(exact, fallbacks.Count, null);
        }

        private sealed record BatchResult(int Exact, int FellBack, string? Failure);

        private static string Name(int seed) => "P" + ((uint)seed).ToString(CultureInfo.InvariantCulture);

        /// <summary>Inputs away from the integers (foreach converts to int) and from 0.5 (branches test x[q] &gt; 0.5).</summary>
        internal static double[] Point(int seed)
        {
            var random = new Random(unchecked(seed * 31 + 7));
            return Enumerable.Range(0, Inputs).Select(_ =>
            {
                double v;
                do
                {
                    v = (random.NextDouble() * 3) - 1.5;
                }
                while (Math.Abs(v - Math.Round(v)) < 0.15 || Math.Abs(v - 0.5) < 0.15);
                return v;
            }).ToArray();
        }

        /// <summary>
        /// A program body: locals, then statements, then a result that reads every accumulator. Every statement adds
        /// or mixes in a bounded amount (a Sin, Cos or Tanh of what it reads), so that no program's values explode
        /// through its loops: a difference quotient cannot judge a derivative of 1e17.
        /// </summary>
        private static string Program(int seed) => new ProgramWriter(new Random(seed)).Write();

        internal static int EnvironmentInt(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

        /// <summary>How a random program gives its value: the scalar of the gradient fuzzer, or m = 3 outputs (issue 13).</summary>
        internal enum OutputForm
        {
            /// <summary><c>double P(double[] x, [NoDerivative] double c)</c>.</summary>
            Scalar,

            /// <summary><c>double[]</c>, returned as <c>new double[] { ... }</c>.</summary>
            ArrayOfElements,

            /// <summary><c>double[]</c>, a local array filled element by element and returned.</summary>
            LocalArray,

            /// <summary><c>(double, double, double)</c>.</summary>
            Tuple,

            /// <summary><c>void</c>, writing into an [Output] array <c>y</c> after the parameters.</summary>
            OutputArray,
        }

        internal sealed class ProgramWriter
        {
            private static readonly string[] Accumulators = { "s0", "s1", "s2" };

            private readonly Random _random;
            private readonly StringBuilder _text = new();
            private readonly List<string> _loopLocals = new();
            private int _depth;
            private int _loops;

            public ProgramWriter(Random random) => _random = random;

            public string Write() => Write(OutputForm.Scalar);

            /// <summary>The body; for a vector-valued form its three outputs mix every accumulator, as the scalar result does.</summary>
            public string Write(OutputForm form)
            {
                Line("double Lf(double v, int k) => 0.5 * Math.Sin(v) + 0.01 * c * k;");
                Line("static double Lm(double v, int k) { double w = Math.Cos(v); return w * w + 0.1 * k; }");
                Line("double s0 = x[0];");
                Line("double s1 = 0.5 * x[1];");
                Line("double s2 = 0;");
                Line("int j = 0;");
                Line("long m = 7;");
                Line("int n = x.Length;");
                Line("double[] a = new double[3];");
                Line("a[0] = x[2]; a[1] = 0.25; a[2] = x[3] * x[0];");
                Line("double[][] g = new double[2][];");
                Line("g[0] = new double[2]; g[1] = new double[3];");
                Line("g[0][0] = x[1]; g[0][1] = 0.5; g[1][0] = x[3]; g[1][1] = x[0] * x[2]; g[1][2] = 0.25;");
                var count = _random.Next(2, 5);
                for (var i = 0; i < count; i++)
                {
                    Statement();
                }

                if (form == OutputForm.Scalar)
                {
                    Line("return s0 + s1 * " + Expression(1) + " - s2 + 0.5 * a[(j % 3 + 3) % 3] + 0.25 * g[1][(j % 3 + 3) % 3] + 0.125 * c;");
                    return _text.ToString();
                }

                var outputs = new[] { "s0 + 0.125 * c", "s1 * " + Expression(1), "0.5 * a[(j % 3 + 3) % 3] - s2 + 0.25 * g[1][(j % 3 + 3) % 3]" };
                switch (form)
                {
                    case OutputForm.ArrayOfElements:
                        Line("return new double[] { " + string.Join(", ", outputs) + " };");
                        break;
                    case OutputForm.Tuple:
                        Line("return (" + string.Join(", ", outputs) + ");");
                        break;
                    case OutputForm.LocalArray:
                        Line("double[] r = new double[3];");
                        for (var i = 0; i < outputs.Length; i++)
                        {
                            Line("r[" + i + "] = " + outputs[i] + ";");
                        }

                        Line("return r;");
                        break;
                    default:
                        for (var i = 0; i < outputs.Length; i++)
                        {
                            Line("y[" + i + "] = " + outputs[i] + ";");
                        }

                        break;
                }

                return _text.ToString();
            }

            private void Statement()
            {
                var choice = _random.Next(_depth < 2 ? 18 : 15);
                var target = Pick(Accumulators);
                switch (choice)
                {
                    case 0:
                        Line(target + " += Math.Sin(" + Expression(2) + ");");
                        break;
                    case 1:
                        Line(target + " = 0.5 * " + target + " + Math.Cos(" + Expression(2) + ");");
                        break;
                    case 2:
                        Line(target + " *= Math.Cos(" + Expression(1) + ");");
                        break;
                    case 3:
                        Line(Counter() + ";");
                        break;
                    case 4:
                        Line(target + " += x[" + Index("n") + "] * Math.Sin(" + Expression(1) + ");");
                        break;
                    case 5:
                        var slot = "a[" + Index("3") + "]";
                        Line(slot + " = 0.5 * " + slot + " + Math.Sin(" + Expression(1) + ");");
                        break;
                    case 6:
                        Line("c = c * Math.Tanh(" + Expression(1) + ");");
                        break;
                    case 7:
                        Line(target + " += " + Call() + ";");
                        break;
                    case 8:
                        Line(target + " += Math.Pow(" + Pick("x[0] - x[0]", "0.0 * x[1]", "Math.Sin(" + Expression(1) + ")") + ", " + Pick("0", "1", "2", "(j % 3 + 3) % 3", "(int)(m % 3)") + ");");
                        break;
                    case 9:
                        // An exponent of at least 2: below 1 the partial in the base is infinite at 0, and infinity
                        // times the base's zero derivative is NaN, in GradGen as in PyTorch and JAX.
                        var e = "x[" + _random.Next(Inputs) + "]";
                        Line(target + " += 0.25 * Math.Pow(" + Pick("0.0", "x[2] - x[2]") + ", 2.0 + " + e + " * " + e + ");");
                        break;
                    case 10:
                        var item = "v" + _loops++;
                        var conversion = Pick("double", "float", "int", "long");
                        Block("foreach (" + conversion + " " + item + " in x)", () => Line(target + " += 0.125 * " + item + " * Math.Cos(" + Expression(1) + ");"));
                        break;
                    case 11:
                        Line(target + " += 0.5 * a[" + Index("3") + "] * Math.Cos(" + Expression(1) + ");");
                        break;
                    case 12 when _random.Next(3) == 0:
                        Switch();
                        break;
                    case 12:
                        var tested = "x[" + _random.Next(Inputs) + "]";
                        Block("if (" + Pick(tested + " > 0.5", "double.IsNaN(Math.Log(" + tested + " - 0.5))", "double.IsFinite(Math.Log(" + tested + " - 0.5))") + ")", Statement, "else", Statement);
                        break;
                    case 13:
                        // Issue 14: an element of the local array of arrays g (rows of lengths 2 and 3) written at computed indices.
                        var cell = "g[" + Index("2") + "][" + Index("2") + "]";
                        Line(cell + " = 0.5 * " + cell + " + Math.Sin(" + Expression(1) + ");");
                        break;
                    case 14:
                        var row = "r" + _loops;
                        var value = "u" + _loops++;
                        Block("foreach (var " + row + " in g)", () => Block("foreach (double " + value + " in " + row + ")", () => Line(target + " += 0.125 * " + value + " * Math.Cos(" + Expression(1) + ");")));
                        break;
                    default:
                        Loop();
                        break;
                }
            }

            /// <summary>
            /// A switch statement (issue 14) over a counter or an input's side of 0.5: constant labels, a label pair,
            /// a relational pattern, and a default section ending in a block, each section ending in 'break'.
            /// </summary>
            private void Switch()
            {
                var input = "x[" + _random.Next(Inputs) + "]";
                Line("switch (" + Pick("(j % 4 + 4) % 4", "(int)(m % 3)", input + " > 0.5 ? 1 : 3") + ")");
                Line("{");
                _depth++;
                foreach (var labels in new[] { "case 0:", "case 1: case 2:", "case > 2 and < 4:" })
                {
                    Line(labels);
                    _depth++;
                    Statement();
                    Line("break;");
                    _depth--;
                }

                Line("default:");
                Block("", () =>
                {
                    Statement();
                    Line("break;");
                });
                _depth--;
                Line("}");
            }

            /// <summary>A for loop whose body declares loop-local values read by counters and indices.</summary>
            private void Loop()
            {
                var i = "i" + _loops++;
                var k = "k" + i.Substring(1);
                var w = "w" + i.Substring(1);
                Block("for (int " + i + " = 0; " + i + " < " + _random.Next(1, 5) + "; " + i + "++)", () =>
                {
                    Line("int " + k + " = " + i + " % 3 + 1;");
                    Line("double " + w + " = " + i + " % 2 + 1.5;");
                    _loopLocals.Add(k);
                    _loopLocals.Add("(int)" + w);
                    var count = _random.Next(1, 4);
                    for (var s = 0; s < count; s++)
                    {
                        Statement();
                    }

                    _loopLocals.Remove(k);
                    _loopLocals.Remove("(int)" + w);
                });
            }

            /// <summary>An integer change the reverse sweep undoes: by a loop-local, a conversion or a constant.</summary>
            private string Counter()
            {
                var by = _loopLocals.Count > 0 && _random.Next(3) > 0 ? Pick(_loopLocals.ToArray()) : Pick("1", "2");
                return _random.Next(4) switch
                {
                    0 => "j += " + by,
                    1 => "j -= " + by,
                    2 => "m += " + by,
                    _ => "j++",
                };
            }

            /// <summary>An index in [0, length) computed from the counters and loop-locals.</summary>
            private string Index(string length)
            {
                var terms = new List<string> { "j", "(int)(m % 5)" };
                terms.AddRange(_loopLocals);
                return "((" + Pick(terms.ToArray()) + " + " + Pick(terms.ToArray()) + ") % " + length + " + " + length + ") % " + length;
            }

            private string Call() => _random.Next(14) switch
            {
                6 => "GW<int>.JRead(g)",
                7 => "GW<int>.SDot(x, a)",
                8 => "GW<int>.SDot(a, x)",
                9 => "Help.Soft(" + Expression(1) + ")",
                10 => "Help.Sum3(x)",
                11 => "Help.Sum3(a)",
                12 => "Lm(" + Expression(1) + ", j)",
                0 => "GW<int>.Read(x)",
                1 => "GW<int>.Write(a)",
                2 => "GW<int>.Scale(Math.Sin(" + Expression(1) + "), c)",
                3 => "GW<long>.Square(Math.Sin(" + Expression(1) + "))",
                4 => "x.Dot3(a)",
                5 => "x.Scribble(a)",
                _ => "a.Dot3(x)",
            };

            private string Expression(int depth)
            {
                var leaves = new List<string> { "x[0]", "x[1]", "x[2]", "x[3]", "s0", "s1", "0.75", "c", "g[1][2]" };
                if (_loopLocals.Count > 0)
                {
                    leaves.Add("a[" + Index("3") + "]");
                    leaves.Add(Pick(_loopLocals.ToArray()));
                }

                if (depth == 0 || _random.Next(3) == 0)
                {
                    return Pick(leaves.ToArray());
                }

                var left = Expression(depth - 1);
                var right = Expression(depth - 1);
                // Issue 14's functions, each where it has no kink near the inputs (which keep 0.15 from 0.5 and the integers).
                var input = "x[" + _random.Next(Inputs) + "]";
                return _random.Next(13) switch
                {
                    0 => "(" + left + " + " + right + ")",
                    1 => "(" + left + " - " + right + ")",
                    2 => left + " * " + right,
                    3 => "Math.Exp(Math.Sin(" + left + "))",
                    4 => "(" + left + ") / (2.0 + Math.Sin(" + right + "))",
                    5 => "Math.Clamp(" + input + ", 0.5, 1.0) * " + left,
                    6 => "Math.FusedMultiplyAdd(Math.Sin(" + left + "), " + right + ", 0.25)",
                    7 => "Math.Log2(1.5 + Math.Sin(" + left + "))",
                    8 => "Math.CopySign(Math.Exp(Math.Sin(" + left + ")), " + input + " - 0.5)",
                    9 => "Math.ScaleB(Math.Sin(" + left + "), j % 3)",
                    10 => "(" + Pick("(j % 3)", input + " < 0.5 ? 0 : 2") + " switch { 0 => " + left + ", 1 or 2 => 0.5 * " + right + ", _ => Math.Sin(" + left + ") })",
                    11 => "Lf(" + left + ", j)",
                    _ => "Math.BitIncrement(" + left + ")",
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
