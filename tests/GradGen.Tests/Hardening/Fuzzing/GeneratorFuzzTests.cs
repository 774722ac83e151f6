using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GradGen.Tests.Hardening.Fuzzing
{
    /// <summary>
    /// Drives the generator, and GradGen's analyzer, over mutated real code and asserts that they never throw, fresh or after an edit of
    /// code it has already seen, and that where the mutated code compiles and GradGen reports nothing, the
    /// generated code compiles too. Case <c>i</c> uses seed <c>GRADGEN_FUZZ_SEED + i</c>, so a failure is replayed
    /// with <c>GRADGEN_FUZZ_SEED=&lt;its seed&gt; GRADGEN_FUZZ_CASES=1</c>. The long run:
    /// <c>GRADGEN_FUZZ_CASES=100000 dotnet test tests/GradGen.Tests --filter FullyQualifiedName~GeneratorFuzzTests</c>.
    /// </summary>
    [Collection(HeavyTests.Name)]
    public class GeneratorFuzzTests
    {
        private const int DefaultCases = 3000;
        private const int DefaultSeed = 20261128;
        private const int FailuresToReport = 3;

        private static readonly LanguageVersion[] LanguageVersions =
            { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp10, LanguageVersion.Latest };

        private static readonly NullableContextOptions[] NullableOptions =
            { NullableContextOptions.Enable, NullableContextOptions.Disable, NullableContextOptions.Annotations };

        private static readonly MetadataReference AttributesReference =
            MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location);

        /// <summary>One empty compilation per reference set and nullable option, so references bind once.</summary>
        private static readonly ConcurrentDictionary<(References, NullableContextOptions), CSharpCompilation> BaseCompilations = new();

        /// <summary>A driver that has already run on the unmutated corpus entry, to exercise incremental updates.</summary>
        private static readonly ConcurrentDictionary<(int, FuzzOptions), Lazy<GeneratorDriver>> WarmDrivers = new();

        private readonly ITestOutputHelper _output;

        public GeneratorFuzzTests(ITestOutputHelper output) => _output = output;

        private enum References
        {
            /// <summary>The runtime (System.Runtime, System.Collections for the exact gradient's stacks, and the netstandard facade: fast) and GradGen's attributes.</summary>
            Full,

            /// <summary>The attributes assembly is missing: <c>[Differentiable]</c> does not bind.</summary>
            NoAttributes,

            /// <summary>Nothing but the attributes: no corlib, so <c>double</c> itself is an error type.</summary>
            NoRuntime,
        }

        private readonly record struct FuzzOptions(LanguageVersion Language, NullableContextOptions Nullable, References References);

        [Fact]
        public void GeneratorNeverFailsOnMutatedCode()
        {
            var cases = EnvironmentInt("GRADGEN_FUZZ_CASES", DefaultCases);
            var seed = EnvironmentInt("GRADGEN_FUZZ_SEED", DefaultSeed);
            var failures = new ConcurrentBag<(int Seed, string Report)>();
            var checkedCompiles = 0;

            Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, state) =>
            {
                var caseSeed = unchecked(seed + i);
                var report = RunCase(caseSeed, ref checkedCompiles);
                if (report is not null)
                {
                    failures.Add((caseSeed, report));
                    if (failures.Count >= FailuresToReport)
                    {
                        state.Stop();
                    }
                }
            });

            _output.WriteLine(cases + " cases from seed " + seed + "; " + checkedCompiles + " compiled cleanly and were checked for clean generated code.");
            if (!failures.IsEmpty)
            {
                throw new XunitException(string.Join("\n\n", failures.OrderBy(f => f.Seed).Take(FailuresToReport).Select(f =>
                    "Seed " + f.Seed + " (replay: GRADGEN_FUZZ_SEED=" + f.Seed + " GRADGEN_FUZZ_CASES=1)\n" + f.Report)));
            }
        }

        /// <summary>
        /// Types each corpus entry in, a few characters at a time, then deletes it again from the end, with one
        /// driver throughout: the IDE's sequence of half-typed states, each run against the state before it.
        /// </summary>
        [Fact]
        public void GeneratorNeverFailsWhileCodeIsTypedAndDeleted()
        {
            const int CharactersPerKeystroke = 11;
            var options = new FuzzOptions(LanguageVersion.Latest, NullableContextOptions.Enable, References.Full);
            var parseOptions = new CSharpParseOptions(options.Language, DocumentationMode.Diagnose);
            Parallel.For(0, FuzzCorpus.Sources.Count, index =>
            {
                var source = FuzzCorpus.Sources[index];
                var lengths = Enumerable.Range(0, (source.Length / CharactersPerKeystroke) + 1).Select(step => Math.Min(source.Length, step * CharactersPerKeystroke)).ToList();
                var driver = CreateDriver(parseOptions);
                foreach (var length in lengths.Concat(Enumerable.Reverse(lengths)))
                {
                    var prefix = source.Substring(0, length);
                    var compilation = BaseCompilation(options).AddSyntaxTrees(CSharpSyntaxTree.ParseText(prefix, parseOptions, path: "Typed.cs"));
                    driver = driver.RunGenerators(compilation);
                    var failure = GeneratorAssert.Failure(driver.GetRunResult());
                    if (failure is not null)
                    {
                        throw new XunitException("Corpus entry " + index + " failed at length " + length + ": " + failure + "\n--- source ---\n" + prefix);
                    }
                }
            });
        }

        /// <summary>Runs one case; returns what went wrong, with the options and the mutated source, or null.</summary>
        private static string? RunCase(int caseSeed, ref int checkedCompiles)
        {
            var mutator = new SourceMutator(caseSeed);
            var corpusIndex = caseSeed.GetHashCode() % FuzzCorpus.Sources.Count;
            corpusIndex = corpusIndex < 0 ? -corpusIndex : corpusIndex;
            var options = new FuzzOptions(
                mutator.Pick(LanguageVersions),
                mutator.Pick(NullableOptions),
                mutator.Pick(new[] { References.Full, References.Full, References.Full, References.NoAttributes, References.NoRuntime }));
            var source = mutator.Mutate(FuzzCorpus.Sources[corpusIndex]);
            var describe = "Options: " + options + ", corpus entry " + corpusIndex + "\n--- mutated source ---\n" + source + "\n---";

            try
            {
                var parseOptions = new CSharpParseOptions(options.Language, DocumentationMode.Diagnose);
                var tree = CSharpSyntaxTree.ParseText(source, parseOptions, path: "Fuzz.cs");
                var compilation = BaseCompilation(options).AddSyntaxTrees(tree);

                // Even cases run a fresh driver, as a command-line build does; odd cases a driver that has already
                // seen the unmutated code, as the IDE does on every keystroke.
                var driver = caseSeed % 2 == 0
                    ? CreateDriver(parseOptions)
                    : WarmDrivers.GetOrAdd((corpusIndex, options), key => new Lazy<GeneratorDriver>(() => WarmUp(key.Item1, key.Item2))).Value;
                driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
                var failure = GeneratorAssert.Failure(driver.GetRunResult());
                if (failure is not null)
                {
                    return (caseSeed % 2 == 0 ? "Fresh run" : "Run after an edit") + " failed: " + failure + "\n" + describe;
                }

                // The analyzer costs as much as the generator: it runs on the odd cases, which model the IDE.
                var (analyzerFailure, analyzerDiagnostics) = caseSeed % 2 == 0 ? (null, ImmutableArray<Diagnostic>.Empty) : RunAnalyzer(compilation);
                if (analyzerFailure is not null)
                {
                    return "The analyzer failed: " + analyzerFailure + "\n" + describe;
                }

                if (options.References == References.Full
                    && !GeneratorAssert.Problems(generatorDiagnostics.Concat(analyzerDiagnostics)).Any()
                    && !tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
                    && !compilation.GetDeclarationDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
                    && compilation.GetDiagnostics() is var inputDiagnostics
                    && !inputDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    System.Threading.Interlocked.Increment(ref checkedCompiles);

                    // A warning the input already has (a struct named 'record': CS8860) is the user's, repeated, not GradGen's.
                    var inputWarnings = new HashSet<string>(inputDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id));
                    var generatedTrees = new HashSet<SyntaxTree>(output.SyntaxTrees.Skip(1));
                    var problems = output.GetDiagnostics()
                        .Where(d => d.Severity == DiagnosticSeverity.Error
                            || (d.Severity == DiagnosticSeverity.Warning && generatedTrees.Contains(d.Location.SourceTree!) && !inputWarnings.Contains(d.Id)))
                        .ToList();
                    if (problems.Count > 0)
                    {
                        return "The input compiles and GradGen reported nothing, but the output does not compile:\n"
                            + string.Join("\n", problems) + "\n" + describe;
                    }
                }
            }
            catch (Exception exception)
            {
                return "Exception: " + exception + "\n" + describe;
            }

            return null;
        }

        /// <summary>
        /// GradGen's analyzer reports each method's problems and runs in every build as the generator does, so it
        /// must never throw either (AD0001).
        /// </summary>
        private static (string? Failure, ImmutableArray<Diagnostic> Diagnostics) RunAnalyzer(Compilation compilation)
        {
            Exception? thrown = null;
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, _, _) => thrown ??= exception,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            return (thrown?.ToString() ?? diagnostics.FirstOrDefault(d => d.Id == "AD0001")?.ToString(), diagnostics);
        }

        private static GeneratorDriver WarmUp(int corpusIndex, FuzzOptions options)
        {
            var parseOptions = new CSharpParseOptions(options.Language, DocumentationMode.Diagnose);
            var tree = CSharpSyntaxTree.ParseText(FuzzCorpus.Sources[corpusIndex], parseOptions, path: "Fuzz.cs");
            return CreateDriver(parseOptions).RunGenerators(BaseCompilation(options).AddSyntaxTrees(tree));
        }

        private static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions) =>
            CSharpGeneratorDriver.Create(
                new[] { new DifferentiableGenerator().AsSourceGenerator() },
                parseOptions: parseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

        private static CSharpCompilation BaseCompilation(FuzzOptions options) =>
            BaseCompilations.GetOrAdd((options.References, options.Nullable), key => CSharpCompilation.Create(
                "Fuzz",
                Array.Empty<SyntaxTree>(),
                key.Item1 switch
                {
                    // System.Memory: the code generated for span parameters checks overlaps with MemoryExtensions, which
                    // every project that can declare a span references (the SDK's reference pack, or the System.Memory package).
                    References.Full => new[] { Net80.References.SystemRuntime, Net80.References.SystemCollections, Net80.References.netstandard, Net80.References.SystemMemory, AttributesReference },
                    References.NoAttributes => new[] { Net80.References.SystemRuntime, Net80.References.SystemCollections, Net80.References.netstandard },
                    _ => new[] { AttributesReference },
                },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: key.Item2, allowUnsafe: true)));

        private static int EnvironmentInt(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
