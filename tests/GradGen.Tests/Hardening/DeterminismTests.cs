using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GradGen.Tests.Hardening.Fuzzing;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// The same input gives byte-identical output, in the same order, on every run and under every culture: decimal
    /// commas (de-DE, fr-FR) and the Turkish dotless i (tr-TR) break naive formatting and casing.
    /// </summary>
    public class DeterminismTests
    {
        /// <summary>Every corpus shape, plus steps whose text depends on number formatting and a hint-name clash.</summary>
        private static readonly string[] Sources = FuzzCorpus.Sources.Concat(new[]
        {
            """
            using GradGen;
            namespace Istanbul.Iİıi;
            public static partial class Işık
            {
                [Differentiable(Step = 1.5e-3)] public static double Index(double[] items, double iota) => items[0] * iota;
                [Differentiable(Step = 0.1)] public static float INDEX(float i) => i;
                [Differentiable(Step = 123456.789)] public static double index(double[,] I) => I[0, 0];
                [Differentiable(Step = -2.5)] public static double Invalid(double x) => x;
            }
            """,
        }).ToArray();

        [Fact]
        public void TwoRunsGiveByteIdenticalOutputInTheSameOrder()
        {
            var first = Generate(Sources);
            var second = Generate(Sources);
            Assert.Equal(first, second);
        }

        [Theory]
        [InlineData("de-DE")]
        [InlineData("tr-TR")]
        [InlineData("fr-FR")]
        public void OutputDoesNotDependOnTheCurrentCulture(string culture)
        {
            var invariant = WithCulture(CultureInfo.InvariantCulture, () => Generate(Sources));
            var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => Generate(Sources));
            Assert.Equal(invariant, local);
            Assert.Contains(local.Files, file => file.Text.Contains("0.0015", StringComparison.Ordinal));
        }

        [Fact]
        public void OrderOfSourceFilesDoesNotChangeAnyGeneratedFile()
        {
            var forward = Generate(Sources);
            var backward = Generate(Sources.Reverse().ToArray());
            Assert.Equal(
                forward.Files.OrderBy(file => file.HintName, StringComparer.Ordinal),
                backward.Files.OrderBy(file => file.HintName, StringComparer.Ordinal));
        }

        private static T WithCulture<T>(CultureInfo culture, Func<T> action)
        {
            var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                return action();
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
                CultureInfo.CurrentUICulture = previous == previousUi ? previous : previousUi;
            }
        }

        private static Output Generate(string[] sources)
        {
            var run = GeneratorHarness.Run(sources);
            GeneratorAssert.DidNotFail(run.Result);
            return new Output(
                run.Sources.Select(source => new GeneratedFile(source.HintName, Convert.ToHexString(Encoding.UTF8.GetBytes(source.SourceText.ToString())), source.SourceText.ToString())).ToList(),
                // The analyzer runs concurrently, so its diagnostics come in any order; the compiler sorts them.
                run.Diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(d => d, StringComparer.Ordinal).ToList());
        }

        private sealed record GeneratedFile(string HintName, string Bytes, string Text);

        /// <summary>Files in the order the generator added them, and its diagnostics.</summary>
        private sealed record Output(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Diagnostics)
        {
            public bool Equals(Output? other) =>
                other is not null && Files.SequenceEqual(other.Files) && Diagnostics.SequenceEqual(other.Diagnostics);

            public override int GetHashCode() => Files.Count;
        }
    }
}
