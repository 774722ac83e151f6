using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text;
using System.Threading.Tasks;
using GradGen.Tests.Hardening;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;
using static GradGen.Tests.Exact.DifferentialFuzzTests;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// The differential fuzzer of <see cref="DifferentialFuzzTests"/> for vector-valued methods (issue 13): the same
    /// random bodies end in three outputs, as a <c>double[]</c> of listed elements, a local array, a tuple or an
    /// [Output] array. Where GradGen differentiates a program exactly, its Jacobian is computed three ways and must
    /// agree: by forward mode (<c>MJacobianVectorProduct</c> along each unit vector), by reverse mode
    /// (<c>MVectorJacobianProduct</c> of each unit cotangent) and by <c>MJacobian</c>, to rounding; and each entry with a
    /// Richardson estimate of the output. The inputs must come back unchanged, the [Output] array must hold the
    /// method's value after every generated member, and an array cotangent of the wrong length must be refused.
    /// Program <c>i</c> comes from seed <c>GRADGEN_DIFF_SEED + i</c>; <c>GRADGEN_DIFF_VECTOR_PROGRAMS</c> sets how many.
    /// </summary>
    [Collection(HeavyTests.Name)]
    public class VectorDifferentialFuzzTests
    {
        private const int DefaultPrograms = 400;
        private const int DefaultSeed = 20261130;
        private const int ProgramsPerCompilation = 100;
        private const int Outputs = 3;
        private const double C = 1.25;

        private static readonly OutputForm[] Forms = { OutputForm.ArrayOfElements, OutputForm.LocalArray, OutputForm.Tuple, OutputForm.OutputArray };

        private readonly ITestOutputHelper _output;

        public VectorDifferentialFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void ExactJacobiansOfRandomProgramsAgreeForwardReverseAndRichardson()
        {
            var programs = EnvironmentInt("GRADGEN_DIFF_VECTOR_PROGRAMS", DefaultPrograms);
            var seed = EnvironmentInt("GRADGEN_DIFF_SEED", DefaultSeed);
            var batches = Enumerable.Range(0, (programs + ProgramsPerCompilation - 1) / ProgramsPerCompilation)
                .Select(b => Enumerable.Range(b * ProgramsPerCompilation, Math.Min(ProgramsPerCompilation, programs - (b * ProgramsPerCompilation))).Select(i => unchecked(seed + i)).ToList())
                .ToList();
            var results = new (int Exact, int FellBack, string? Failure)[batches.Count];
            Parallel.For(0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (b, state) =>
            {
                results[b] = RunBatch(batches[b]);
                if (results[b].Failure is not null)
                {
                    state.Stop();
                }
            });

            var exact = results.Sum(r => r.Exact);
            _output.WriteLine(programs + " vector-valued programs from seed " + seed + ": " + exact + " exact and checked, " + results.Sum(r => r.FellBack) + " fell back to the numeric Jacobian.");
            var failures = results.Where(r => r.Failure is not null).Select(r => r.Failure!).ToList();
            if (failures.Count > 0)
            {
                throw new XunitException(string.Join("\n\n", failures));
            }

            Assert.True(programs < 50 || exact >= programs / 2, exact + " of " + programs + " programs were differentiated exactly");
        }

        private static OutputForm FormOf(int seed) => Forms[(int)((uint)seed % (uint)Forms.Length)];

        private static string Name(int seed) => "V" + ((uint)seed).ToString(CultureInfo.InvariantCulture);

        private static (int Exact, int FellBack, string? Failure) RunBatch(List<int> seeds)
        {
            var bodies = seeds.ToDictionary(s => s, s => new ProgramWriter(new Random(s)).Write(FormOf(s)));
            var source = new StringBuilder("using System;\nusing GradGen;\nnamespace Demo\n{\n").Append(Callees)
                .Append("    public static partial class Programs\n    {\n");
            foreach (var s in seeds)
            {
                var form = FormOf(s);
                var returns = form switch
                {
                    OutputForm.Tuple => "(double, double, double)",
                    OutputForm.OutputArray => "void",
                    _ => "double[]",
                };
                source.Append("        [Differentiable]\n        public static ").Append(returns).Append(' ').Append(Name(s))
                    .Append("(double[] x, [NoDerivative] double c").Append(form == OutputForm.OutputArray ? ", [Output] double[] y" : string.Empty).Append(")\n        {\n")
                    .Append(bodies[s]).Append("        }\n\n");
            }

            var compilation = GeneratorHarness.CreateCompilation(new[] { source.Append("    }\n}\n").ToString() });
            var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            using var image = new MemoryStream();
            var emit = output.Emit(image);
            if (!emit.Success)
            {
                return (0, 0, "Seeds " + seeds[0] + " to " + seeds[seeds.Count - 1] + ": the generated code does not compile:\n"
                    + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }

            image.Position = 0;
            var type = new AssemblyLoadContext("vector-fuzz", isCollectible: true).LoadFromStream(image).GetType("Demo.Programs")!;

            // An exact Jacobian has a reverse sweep in its u^T J; a numeric one differences instead.
            var exactNames = new HashSet<string>(driver.GetRunResult().Results.Single().GeneratedSources
                .Where(generated => generated.HintName.StartsWith("Demo.Programs.V", StringComparison.Ordinal) && generated.SourceText.ToString().Contains("Reverse sweep", StringComparison.Ordinal))
                .Select(generated => generated.HintName.Substring("Demo.Programs.".Length).Replace(".g.cs", string.Empty)));
            var exact = 0;
            foreach (var s in seeds.Where(s => exactNames.Contains(Name(s))))
            {
                exact++;
                var problem = Disagreement(type, Name(s), FormOf(s), Point(s), roundsToFloat: bodies[s].Contains("(float ", StringComparison.Ordinal));
                if (problem is not null)
                {
                    return (exact, seeds.Count - exactNames.Count, "Seed " + s + " (replay: GRADGEN_DIFF_SEED=" + s + " GRADGEN_DIFF_VECTOR_PROGRAMS=1)\n" + problem + "\n" + bodies[s]);
                }
            }

            return (exact, seeds.Count - exact, null);
        }

        /// <summary>Null when the three exact Jacobians agree with each other and with Richardson, else what disagrees.</summary>
        private static string? Disagreement(Type type, string name, OutputForm form, double[] x, bool roundsToFloat)
        {
            var hasOutput = form == OutputForm.OutputArray;
            var extra = hasOutput ? 1 : 0;
            var method = Method(type, name, 2 + extra);
            var jvp = Method(type, name + "JacobianVectorProduct", 3 + extra);
            var vjp = Method(type, name + "VectorJacobianProduct", 3 + extra);
            var jacobianMethod = Method(type, name + "Jacobian", 2 + extra);

            // Arguments: x (a copy), c, and for the [Output] form a fresh y full of a sentinel; returns the outputs.
            double[] Value(double[] p)
            {
                var arguments = Arguments(p, hasOutput);
                var result = method.Invoke(null, arguments);
                return AsArray(hasOutput ? arguments[2] : result);
            }

            var value = Value(x);
            var n = x.Length;
            var forward = new double[Outputs, n];
            var reverse = new double[Outputs, n];
            for (var k = 0; k < n; k++)
            {
                var unit = new double[n];
                unit[k] = 1;
                var arguments = Arguments(x, hasOutput).Append(unit).ToArray();
                var product = AsArray(jvp.Invoke(null, arguments));
                if (Unchanged(arguments[0], x) is { } changed)
                {
                    return name + ": MJacobianVectorProduct " + changed;
                }

                if (hasOutput && Mismatch((double[])arguments[2], value) is { } wrong)
                {
                    return name + ": MJacobianVectorProduct left " + wrong + " in the [Output] array";
                }

                for (var i = 0; i < Outputs; i++)
                {
                    forward[i, k] = product[i];
                }
            }

            for (var i = 0; i < Outputs; i++)
            {
                var weights = new double[Outputs];
                weights[i] = 1;
                object cotangent = form == OutputForm.Tuple ? (weights[0], weights[1], weights[2]) : weights;
                var arguments = Arguments(x, hasOutput).Append(cotangent).ToArray();
                var row = (double[])vjp.Invoke(null, arguments)!;
                if (Unchanged(arguments[0], x) is { } changed)
                {
                    return name + ": MVectorJacobianProduct " + changed;
                }

                if (hasOutput && Mismatch((double[])arguments[2], value) is { } wrong)
                {
                    return name + ": MVectorJacobianProduct left " + wrong + " in the [Output] array";
                }

                for (var k = 0; k < n; k++)
                {
                    reverse[i, k] = row[k];
                }
            }

            if (form != OutputForm.Tuple && !RefusesCotangentOfLength(vjp, x, hasOutput, Outputs + 1))
            {
                return name + ": MVectorJacobianProduct took a cotangent of " + (Outputs + 1) + " elements for " + Outputs + " outputs";
            }

            if (form != OutputForm.Tuple && !RefusesCotangentOfLength(vjp, x, hasOutput, Outputs - 1))
            {
                return name + ": MVectorJacobianProduct took a cotangent of " + (Outputs - 1) + " elements for " + Outputs + " outputs";
            }

            var jacobianArguments = Arguments(x, hasOutput);
            var jacobian = (double[,])jacobianMethod.Invoke(null, jacobianArguments)!;
            if (hasOutput && Mismatch((double[])jacobianArguments[2], value) is { } left)
            {
                return name + ": MJacobian left " + left + " in the [Output] array";
            }

            for (var i = 0; i < Outputs; i++)
            {
                var output = i;
                var rowScale = Math.Max(1, Math.Abs(value[i]));
                for (var k = 0; k < n; k++)
                {
                    rowScale = Math.Max(rowScale, Math.Abs(reverse[i, k]));
                }

                for (var k = 0; k < n; k++)
                {
                    if (!(Math.Abs(forward[i, k] - reverse[i, k]) <= 1e-11 * rowScale))
                    {
                        return Describe(name, x, i, k, "reverse mode", reverse[i, k], "forward mode", forward[i, k], null);
                    }

                    if (!(Math.Abs(jacobian[i, k] - reverse[i, k]) <= 1e-11 * rowScale))
                    {
                        return Describe(name, x, i, k, "MJacobian", jacobian[i, k], "reverse mode", reverse[i, k], null);
                    }

                    var tolerance = roundsToFloat ? DifferentialOracle.FloatRichardsonTolerance : DifferentialOracle.RichardsonTolerance;
                    var (estimate, error) = DifferentialOracle.Richardson(p => Value(p)[output], x, k, roundsToFloat ? 6 : 12);
                    if (!(Math.Abs(estimate - reverse[i, k]) <= (tolerance * Math.Max(rowScale, Math.Abs(estimate))) + (4 * error)))
                    {
                        return Describe(name, x, i, k, "reverse mode", reverse[i, k], "Richardson", estimate, error);
                    }
                }
            }

            return null;
        }

        private static bool RefusesCotangentOfLength(MethodInfo vjp, double[] x, bool hasOutput, int length)
        {
            try
            {
                vjp.Invoke(null, Arguments(x, hasOutput).Append(new double[length]).ToArray());
                return false;
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
            {
                return true;
            }
        }

        private static object[] Arguments(double[] x, bool hasOutput) => hasOutput
            ? new object[] { x.Clone(), C, Enumerable.Repeat(-7.5, Outputs).ToArray() }
            : new object[] { x.Clone(), C };

        private static double[] AsArray(object? value) => value switch
        {
            double[] array => array,
            ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => Convert.ToDouble(tuple[i], CultureInfo.InvariantCulture)).ToArray(),
            _ => throw new InvalidOperationException("Unexpected output " + value),
        };

        private static string? Unchanged(object argument, double[] x) => ((double[])argument).SequenceEqual(x) ? null : "changed its input";

        private static string? Mismatch(double[] written, double[] value) =>
            written.SequenceEqual(value) ? null : "(" + string.Join(", ", written.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + ") instead of the method's value";

        private static MethodInfo Method(Type type, string name, int parameters) =>
            type.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters);

        private static string Describe(string name, double[] x, int i, int k, string what, double got, string reference, double expected, double? error) =>
            name + ": J[" + i + ", " + k + "] " + what + " " + got.ToString("R", CultureInfo.InvariantCulture) + " vs " + reference + " "
            + expected.ToString("R", CultureInfo.InvariantCulture)
            + (error is { } e ? " (its error estimate " + e.ToString("E2", CultureInfo.InvariantCulture) + ")" : string.Empty)
            + " at x = (" + string.Join(", ", x.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + ")";
    }
}
