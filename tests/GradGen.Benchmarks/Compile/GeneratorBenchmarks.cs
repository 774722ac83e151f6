using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGen.Benchmarks.Compile
{
    /// <summary>
    /// What GradGen adds to a build and to the IDE, over 100 and 1,000 [Differentiable] methods in ten partial types
    /// (<see cref="SourceCorpus"/>). Two groups, each with its own baseline, so the Ratio column answers directly:
    /// <list type="bullet">
    /// <item>Generator: the compilation's own <c>GetDiagnostics()</c> (the baseline), the generator's first run (a
    /// fresh driver over a fresh compilation), its re-run after an edit that touches no [Differentiable] method (a
    /// file added), and DifferentiableAnalyzer, which the IDE runs beside it.</item>
    /// <item>Compile: emitting the project without GradGen's generated code (the baseline) and with it. A build
    /// with GradGen pays the generator's first run plus the second.</item>
    /// </list>
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class GeneratorBenchmarks
    {
        private const string Generator = nameof(Generator);
        private const string Compile = nameof(Compile);

        private IReadOnlyList<SyntaxTree> _trees = Array.Empty<SyntaxTree>();
        private IReadOnlyList<SyntaxTree> _treesWithGenerated = Array.Empty<SyntaxTree>();
        private IReadOnlyList<MetadataReference> _references = Array.Empty<MetadataReference>();
        private GeneratorDriver _warmDriver = null!;
        private Compilation _edited = null!;

        /// <summary>What the generator wrote in <see cref="Setup"/>.</summary>
        internal IReadOnlyList<SyntaxTree> GeneratedTrees { get; private set; } = Array.Empty<SyntaxTree>();

        [Params(100, 1_000)]
        public int Methods { get; set; } = 100;

        [GlobalSetup]
        public void Setup()
        {
            _trees = SourceCorpus.Create(Methods);
            _references = References();
            var driver = NewDriver().RunGeneratorsAndUpdateCompilation(NewCompilation(_trees), out var withGenerated, out _);
            _treesWithGenerated = withGenerated.SyntaxTrees.ToList();
            GeneratedTrees = driver.GetRunResult().GeneratedTrees;
            Check(driver.GetRunResult(), withGenerated);
        }

        [IterationSetup(Target = nameof(GeneratorRerunAfterUnrelatedEdit))]
        public void WarmDriver()
        {
            var compilation = NewCompilation(_trees);
            _warmDriver = NewDriver().RunGenerators(compilation);
            _edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Bench { public static class Unrelated { public static int Answer => 42; } }", path: "Unrelated.cs"));
        }

        [Benchmark(Baseline = true), BenchmarkCategory(Generator)]
        public int CompilerDiagnostics() => NewCompilation(_trees).GetDiagnostics().Length;

        [Benchmark, BenchmarkCategory(Generator)]
        public GeneratorDriver GeneratorRun() => NewDriver().RunGenerators(NewCompilation(_trees));

        [Benchmark, BenchmarkCategory(Generator)]
        public GeneratorDriver GeneratorRerunAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited);

        /// <summary>The IDE runs GradGen's analyzer too: it parses every [Differentiable] method again.</summary>
        [Benchmark, BenchmarkCategory(Generator)]
        public int AnalyzerDiagnostics() => NewCompilation(_trees)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

        [Benchmark(Baseline = true), BenchmarkCategory(Compile)]
        public bool CompileWithoutGradGen() => NewCompilation(_trees).Emit(Stream.Null).Success;

        [Benchmark, BenchmarkCategory(Compile)]
        public bool CompileGeneratedCodeToo() => NewCompilation(_treesWithGenerated).Emit(Stream.Null).Success;

        /// <summary>
        /// Times are of the intended work only: every method gets its own file (beside the one file per type of the
        /// helpers their members share) and an exact gradient (no GG0100
        /// fallback), and the project with the generated code compiles without errors.
        /// </summary>
        private void Check(GeneratorDriverRunResult run, Compilation withGenerated)
        {
            var methodFiles = run.GeneratedTrees.Count(tree => !tree.FilePath.EndsWith("GradGen-Helpers.g.cs", StringComparison.Ordinal));
            if (methodFiles != Methods)
            {
                throw new InvalidOperationException($"GradGen generated {methodFiles} files for {Methods} methods.");
            }

            var problems = withGenerated.GetDiagnostics()
                .Concat(NewCompilation(_trees).WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer())).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult())
                .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
                .ToList();
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("The corpus does not compile cleanly with GradGen: " + string.Join("; ", problems.Take(5)));
            }
        }

        private Compilation NewCompilation(IEnumerable<SyntaxTree> trees) =>
            CSharpCompilation.Create("Bench", trees, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        private static IReadOnlyList<MetadataReference> References() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
                .Append(typeof(DifferentiableAttribute).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToList();

        private static GeneratorDriver NewDriver() =>
            CSharpGeneratorDriver.Create(new DifferentiableGenerator());
    }
}
