using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GradGen.Benchmarks.Compile
{
    /// <summary>
    /// What GradGen adds to a build: the generator's run over 10, 100 and 1,000 [Differentiable] methods, beside
    /// the same compilation's own GetDiagnostics(), and the re-run after an edit that touches no such method.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private IReadOnlyList<SyntaxTree> _trees = Array.Empty<SyntaxTree>();
        private IReadOnlyList<MetadataReference> _references = Array.Empty<MetadataReference>();
        private GeneratorDriver _warmDriver = null!;
        private Compilation _edited = null!;

        [Params(10, 100, 1_000)]
        public int Methods { get; set; } = 10;

        [GlobalSetup]
        public void Setup()
        {
            _trees = SourceCorpus.Create(Methods);
            _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
                .Append(typeof(DifferentiableAttribute).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToList();
        }

        [IterationSetup(Target = nameof(GeneratorRerunAfterUnrelatedEdit))]
        public void WarmDriver()
        {
            var compilation = NewCompilation();
            _warmDriver = NewDriver().RunGenerators(compilation);
            _edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Bench { public static class Unrelated { public static int Answer => 42; } }"));
        }

        [Benchmark(Baseline = true)]
        public int CompilerDiagnostics() => NewCompilation().GetDiagnostics().Length;

        [Benchmark]
        public GeneratorDriver GeneratorRun() => NewDriver().RunGenerators(NewCompilation());

        [Benchmark]
        public GeneratorDriver GeneratorRerunAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited);

        private Compilation NewCompilation() =>
            CSharpCompilation.Create("Bench", _trees, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        private static GeneratorDriver NewDriver() =>
            CSharpGeneratorDriver.Create(new DifferentiableGenerator());
    }
}
