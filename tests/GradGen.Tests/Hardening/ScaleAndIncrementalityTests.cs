using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// A project with a thousand [Differentiable] methods compiles, and edits that do not touch them regenerate
    /// nothing: in the IDE the generator runs on every keystroke.
    /// </summary>
    [Collection(HeavyTests.Name)]
    public class ScaleAndIncrementalityTests : IClassFixture<ScaleAndIncrementalityTests.ThousandMethods>
    {
        private const int Methods = 1000;

        private readonly ThousandMethods _project;

        public ScaleAndIncrementalityTests(ThousandMethods project) => _project = project;

        private static readonly string[] TrackedSteps = typeof(DifferentiableGenerator).Assembly
            .GetType("GradGen.TrackingNames")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!)
            .ToArray();

        /// <summary>Types whose instances keep a compilation alive, or change on every edit, and so defeat caching.</summary>
        private static readonly Type[] ForbiddenInModels =
            { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(Location), typeof(SemanticModel), typeof(AttributeData) };

        [Fact]
        public void ThousandMethodsGenerateAndCompile()
        {
            var result = _project.Driver.GetRunResult();
            GeneratorAssert.DidNotFail(result);
            Assert.Empty(result.Diagnostics);
            var generated = result.Results.Single().GeneratedSources;
            Assert.Equal(Methods, generated.Count(source => !GeneratorRun.IsTypeHelpers(source.HintName)));

            // Every declaration and body bound, as a build does before it writes IL.
            var generatedTrees = generated.Select(source => source.SyntaxTree).ToHashSet();
            var problems = _project.Compilation.AddSyntaxTrees(generatedTrees).GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && generatedTrees.Contains(d.Location.SourceTree!)))
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        }

        [Fact]
        public void AddingAnUnrelatedFileRegeneratesNothing() =>
            AssertNothingRegenerated(compilation => compilation.AddSyntaxTrees(
                CSharpSyntaxTree.ParseText("namespace Scale { public class Unrelated { public int Count { get; set; } } }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Unrelated.cs")));

        [Fact]
        public void AddingACommentAboveTheMethodsRegeneratesNothing() =>
            AssertNothingRegenerated(compilation =>
            {
                var tree = compilation.SyntaxTrees.First();
                return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// A comment that moves every method down a line.\n")));
            });

        [Fact]
        public void EditingAnUnrelatedMethodBodyRegeneratesNothing() =>
            AssertNothingRegenerated(compilation =>
            {
                var tree = compilation.SyntaxTrees.First();
                var text = tree.GetText().ToString().Replace("public static partial class Functions0\n    {\n", "public static partial class Functions0\n    {\n        public static int Helper() => 42;\n", StringComparison.Ordinal);
                return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
            });

        [Fact]
        public void RenamingOneMethodReemitsThatMethodOnly()
        {
            var tree = _project.Compilation.SyntaxTrees.ElementAt(5);
            var text = tree.GetText().ToString();
            Assert.Contains(" M5(", text, StringComparison.Ordinal);
            var edited = _project.Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(" M5(", " Renamed5(", StringComparison.Ordinal))));

            var result = _project.Driver.RunGenerators(edited).GetRunResult().Results.Single();
            var reemitted = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
                .Count(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.Equal(1, reemitted);
            Assert.Contains(result.GeneratedSources, source => source.HintName == "Scale.Functions5.Renamed5.g.cs");
            Assert.DoesNotContain(result.GeneratedSources, source => source.HintName == "Scale.Functions5.M5.g.cs");
        }

        [Fact]
        public void NoModelHoldsASymbolSyntaxOrCompilation()
        {
            var driver = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.CreateCompilation(LargeInput.Sources(60).Append("""
                using GradGen;
                namespace Scale;
                public static partial class WithErrors
                {
                    [Differentiable(Step = -1)] public static double Bad(double x) => x;
                    [Differentiable] public static double F(double x) => x;
                    [Differentiable] public static double f(double x) => x;
                }
                public class NotPartial { [Differentiable] public static double G(double x) => x; }
                public static partial class Custom
                {
                    public static double Erf(double x) => x;
                    [DerivativeOf(nameof(Erf))] public static (double value, double dx) ErfDerivative(double x) => (x, 1);
                    [Differentiable] public static double UsesHelper(double x) => Square(x);
                    private static double Square(double v) { double s = v * v; return s; }
                }
                """)));
            var steps = driver.GetRunResult().Results.Single().TrackedSteps;
            Assert.All(TrackedSteps, name => Assert.True(steps.ContainsKey(name), "step " + name + " did not run"));

            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (var name in TrackedSteps)
            {
                foreach (var output in steps[name].SelectMany(step => step.Outputs))
                {
                    AssertHoldsNothingForbidden(output.Value, name, visited);
                }
            }

            Assert.Contains(visited, item => item.GetType().Name == "MethodModel");
            Assert.Contains(visited, item => item.GetType().Name == "DiagnosticInfo");
        }

        private void AssertNothingRegenerated(Func<Compilation, Compilation> edit)
        {
            var driver = _project.Driver.RunGenerators(edit(_project.Compilation));
            var result = driver.GetRunResult().Results.Single();

            GeneratorAssert.DidNotFail(driver.GetRunResult());
            foreach (var name in TrackedSteps.Where(result.TrackedSteps.ContainsKey))
            {
                var changed = result.TrackedSteps[name]
                    .SelectMany(step => step.Outputs)
                    .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    .ToList();
                Assert.True(changed.Count == 0, "step " + name + " has " + changed.Count + " outputs " + string.Join(", ", changed.Select(o => o.Reason).Distinct()));
            }

            var emitted = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs)
                .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                .ToList();
            Assert.Empty(emitted);
            Assert.Equal(Methods, result.GeneratedSources.Count(source => !GeneratorRun.IsTypeHelpers(source.HintName)));
        }

        /// <summary>
        /// A thousand methods, generated once and shared: generation parses every generated file, and a full build
        /// of them is the slowest thing this suite does. Documentation is parsed, as in a build without a doc file.
        /// </summary>
        public sealed class ThousandMethods
        {
            public ThousandMethods()
            {
                var parseOptions = GeneratorHarness.ParseOptions().WithDocumentationMode(DocumentationMode.Parse);
                Compilation = GeneratorHarness.CreateCompilation(LargeInput.Sources(Methods, files: 100), parseOptions);
                Driver = GeneratorHarness.CreateDriver(parseOptions).RunGenerators(Compilation);
            }

            public CSharpCompilation Compilation { get; }

            public GeneratorDriver Driver { get; }
        }

        /// <summary>Walks fields of a pipeline value, and the elements of collections, down to strings and primitives.</summary>
        private static void AssertHoldsNothingForbidden(object? value, string path, HashSet<object> visited)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
            {
                return;
            }

            var type = value.GetType();
            var forbidden = ForbiddenInModels.FirstOrDefault(f => f.IsAssignableFrom(type));
            Assert.True(forbidden is null, path + " holds a " + type.FullName + " (" + forbidden?.Name + ")");
            if (!type.IsValueType && !visited.Add(value))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    AssertHoldsNothingForbidden(item, path + "[" + index++ + "]", visited);
                }
            }

            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    AssertHoldsNothingForbidden(field.GetValue(value), path + "." + field.Name, visited);
                }
            }
        }
    }
}
