using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGen.Tests.Infrastructure
{
    /// <summary>Runs the generator in process over source text, as the compiler would.</summary>
    internal static class GeneratorHarness
    {
        private static readonly MetadataReference AttributesReference =
            MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location);

        public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
            new(version, DocumentationMode.Diagnose);

        public static CSharpCompilation CreateCompilation(
            IEnumerable<string> sources,
            CSharpParseOptions? parseOptions = null,
            NullableContextOptions nullable = NullableContextOptions.Enable)
        {
            parseOptions ??= ParseOptions();
            var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: "Input" + index + ".cs"));
            return CSharpCompilation.Create(
                "Tests",
                trees,
                Net80.References.All.Append(AttributesReference),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, deterministic: true));
        }

        public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null, ProjectProperties? properties = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new DifferentiableGenerator().AsSourceGenerator() },
                parseOptions: parseOptions ?? ParseOptions(),
                optionsProvider: properties ?? ProjectProperties.None,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator once; returns its result and the compilation with the generated sources added.</summary>
        public static GeneratorRun Run(params string[] sources) => Run(CreateCompilation(sources));

        /// <summary>
        /// Runs the generator once in a project that sets <paramref name="properties"/> (MSBuild properties), then
        /// GradGen's analyzer over the result, as a build does.
        /// </summary>
        public static GeneratorRun Run(CSharpCompilation compilation, ProjectProperties? properties = null)
        {
            properties ??= ProjectProperties.None;
            var driver = CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options, properties)
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var analyzerDiagnostics = output
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, properties))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            return new GeneratorRun(driver.GetRunResult(), output, analyzerDiagnostics);
        }
    }

    internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> AnalyzerDiagnostics)
    {
        /// <summary>What the generator itself reports: only problems with the project's settings.</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        /// <summary>Everything GradGen reports, from its generator and its analyzer: what the user sees.</summary>
        public ImmutableArray<Diagnostic> Diagnostics => GeneratorDiagnostics.AddRange(AnalyzerDiagnostics);

        public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

        /// <summary>The files of the [Differentiable] methods (and of their helpers' copies), without the one file per type of the helpers their generated members share.</summary>
        public IReadOnlyList<GeneratedSourceResult> MethodSources => Sources.Where(source => !IsTypeHelpers(source.HintName)).ToList();

        /// <summary>Whether a generated file is the one per type that declares the helpers its methods' members share (the Richardson tableau).</summary>
        public static bool IsTypeHelpers(string hintName) => hintName.EndsWith("GradGen-Helpers.g.cs", StringComparison.Ordinal);

        /// <summary>
        /// Every error of the compilation with the generated code in it, and every warning in generated code
        /// (the test inputs themselves may lack XML docs).
        /// </summary>
        public IReadOnlyList<Diagnostic> CompilationProblems =>
            Output.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error
                    || (d.Severity == DiagnosticSeverity.Warning && Sources.Any(s => s.SyntaxTree == d.Location.SourceTree)))
                .ToList();

        public void AssertGeneratedCodeCompiles()
        {
            var problems = CompilationProblems;
            if (problems.Count > 0)
            {
                throw new Xunit.Sdk.XunitException("The generated code does not compile cleanly:\n" + string.Join("\n", problems)
                    + "\n\n" + string.Join("\n\n", Sources.Select(s => s.SourceText.ToString())));
            }
        }

        /// <summary>Emits the compilation and loads it, so the generated code can be run.</summary>
        public System.Reflection.Assembly Load()
        {
            AssertGeneratedCodeCompiles();
            using var stream = new MemoryStream();
            var emit = Output.Emit(stream);
            if (!emit.Success)
            {
                throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
            }

            var context = new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true);
            stream.Position = 0;
            return context.LoadFromStream(stream);
        }
    }
}
