using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// The MSBuild property GradGenDefaultStep sets the step of every method whose attribute gives none;
    /// [Differentiable(Step = ...)] overrides it; an invalid value is reported as GG0010.
    /// </summary>
    public class ProjectDefaultStepTests
    {
        private const string Source = """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static double Square(double x) => x * x;

                [Differentiable(Step = 1e-2)]
                public static double CoarseSquare(double x) => x * x;
            }
            """;

        [Fact]
        public void ProjectDefaultAppliesWhereTheAttributeGivesNoStep()
        {
            var run = Run(Source, "1e-6");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }

        [Fact]
        public void GeneratedDefaultsUseTheResolvedSteps()
        {
            var net = Run(Source, "1e-3").Load().GetType("Demo.Net")!;

            // Forward difference of x² at 4 is 8 + h: the default argument carries h.
            Assert.Equal(8.001, Invoke(net, "SquareForwardDiff", 4.0, Type.Missing), 9);
            Assert.Equal(8.01, Invoke(net, "CoarseSquareForwardDiff", 4.0, Type.Missing), 9);
            Assert.Equal(8.0001, Invoke(net, "SquareForwardDiff", 4.0, 1e-4), 9);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  ")]
        public void UnsetPropertyMeansGradGensDefault(string? value)
        {
            var run = Run(Source, value);
            Assert.Empty(run.Diagnostics);
            Assert.Contains("double step = 0.0001)", SquareSource(run));
        }

        [Fact]
        public void ValueIsReadInTheInvariantCultureWhateverTheMachines()
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            try
            {
                var run = Run(Source, " 0.001 ");
                Assert.Empty(run.Diagnostics);
                Assert.Contains("double step = 0.001)", SquareSource(run));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-1e-6")]
        [InlineData("NaN")]
        [InlineData("Infinity")]
        [InlineData("1e400")]
        [InlineData("0,001")]
        [InlineData("fast")]
        public void InvalidValueIsReportedAndGradGensDefaultUsed(string value)
        {
            var run = Run(Source, value);

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Empty(run.AnalyzerDiagnostics);
            Assert.Equal("GG0010", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(Location.None, diagnostic.Location);
            Assert.Contains("'" + value + "'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Contains("double step = 0.0001)", SquareSource(run));
        }

        [Fact]
        public void SameValueInNewOptionsRegeneratesNothing()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { Source });
            var driver = GeneratorHarness.CreateDriver(properties: Properties("1e-6")).RunGenerators(compilation);

            var second = driver.WithUpdatedAnalyzerConfigOptions(Properties("1e-6")).RunGenerators(compilation).GetRunResult();

            var steps = second.Results.Single().TrackedSteps;
            Assert.All(
                steps[TrackingNames.EmitOptions].Concat(steps[TrackingNames.MethodsWithOptions]).SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        }

        [Fact]
        public void ChangedValueRegeneratesWithTheNewStep()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { Source });
            var driver = GeneratorHarness.CreateDriver(properties: Properties("1e-6")).RunGenerators(compilation);

            var second = driver.WithUpdatedAnalyzerConfigOptions(Properties("1e-5")).RunGenerators(compilation).GetRunResult();

            var square = second.Results.Single().GeneratedSources.Single(s => s.HintName == "Demo.Net.Square.g.cs");
            Assert.Contains("double step = 1E-05)", square.SourceText.ToString());
        }

        private static GeneratorRun Run(string source, string? defaultStep) =>
            GeneratorHarness.Run(GeneratorHarness.CreateCompilation(new[] { source }), Properties(defaultStep));

        private static ProjectProperties Properties(string? defaultStep) =>
            new(defaultStep is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["GradGenDefaultStep"] = defaultStep });

        private static string SquareSource(GeneratorRun run) =>
            run.Sources.Single(s => s.HintName == "Demo.Net.Square.g.cs").SourceText.ToString();

        private static double Invoke(Type type, string name, params object[] arguments) =>
            (double)type.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == arguments.Length).Invoke(null, arguments)!;
    }
}
