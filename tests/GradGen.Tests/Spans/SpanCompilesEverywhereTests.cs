using GradGen.Tests.Hardening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests.Spans
{
    /// <summary>
    /// The code generated for span parameters (issue 14, item 2) compiles with no error and no warning from C# 7.3
    /// (spans are C# 7.2's; ranges <c>x[a..b]</c> C# 8's, so they appear from C# 8 on) to latest, in every nullable context.
    /// </summary>
    public class SpanCompilesEverywhereTests
    {
        private const string Shapes = """
            using System;
            using GradGen;

            namespace Demo
            {
                internal static partial class Spans
                {
                    [Differentiable] internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) { s += a[i] * b[i]; } return s; }
                    [Differentiable] internal static float Sum(Span<float> x, float k, [NoDerivative] ReadOnlySpan<double> w) { float s = k; foreach (var v in x) { s += v * (float)w[0]; } return s; }
                    [Differentiable] internal static double Slices(ReadOnlySpan<double> x, [NoDerivative] double[] c) { var head = x.Slice(0, 2); var tail = x.Slice(2); double s = head[0] * tail[tail.Length - 1]; foreach (var v in tail) { s += v; } return s + Dot(x.Slice(1, 2), c) + Dot(head, tail.Slice(0, 2)); }
                    [Differentiable] internal static double Mixed(double[] a, ReadOnlySpan<double> x, double b) { return Dot(a, x) * b; }
                }
            }
            """;

        private const string Ranges = """
            using System;
            using GradGen;

            namespace Demo
            {
                internal static partial class Ranges
                {
                    [Differentiable] internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) { s += a[i] * b[i]; } return s; }
                    [Differentiable] internal static double Halves(ReadOnlySpan<double> x) { var first = x[..2]; var rest = x[2..^1]; return Dot(first, rest[..2]) + Dot(x[1..3], x[^2..]); }
                }
            }
            """;

        [Theory]
        [MemberData(nameof(CompilesEverywhereTests.Settings), MemberType = typeof(CompilesEverywhereTests))]
        public void SpansCompileWithWarningsAsErrors(LanguageVersion version, NullableContextOptions nullable) =>
            CompilesEverywhereTests.AssertCompilesCleanly(Shapes, version, nullable, expectedFiles: 4);

        [Theory]
        [MemberData(nameof(CompilesEverywhereTests.Settings), MemberType = typeof(CompilesEverywhereTests))]
        public void RangesCompileWithWarningsAsErrorsFromCSharp8(LanguageVersion version, NullableContextOptions nullable)
        {
            if (version >= LanguageVersion.CSharp8)
            {
                CompilesEverywhereTests.AssertCompilesCleanly(Ranges, version, nullable, expectedFiles: 2);
            }
        }
    }
}
