using System.Globalization;
using System.Linq;
using GradGen.Tests.Hardening;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests.GenericMath
{
    /// <summary>
    /// The code generated for generic-math methods (issue 14, item 6) compiles with no error and no warning in every
    /// nullable context from C# 11, the first with static abstract interface members; before it, the compiler refuses
    /// the method's own body and GradGen reports GG0008 and generates nothing.
    /// </summary>
    public class GenericMathCompilesEverywhereTests
    {
        private const string Shapes = """
            using System.Numerics;
            using GradGen;

            namespace Demo
            {
                internal static partial class Generic
                {
                    [Differentiable] internal static T Wave<T>(T x, T y) where T : IFloatingPointIeee754<T> { return T.Sin(x) * T.Exp(y) + x * x / T.CreateChecked(2); }
                    [Differentiable] internal static T Norm<T>(T[] x, [NoDerivative] T[] w) where T : IFloatingPointIeee754<T> { T s = T.Zero; for (int i = 0; i < x.Length; i++) { s = s * T.Cos(x[i]) + w[i] * x[i]; } return T.Sqrt(s * s + T.One); }
                    [Differentiable] internal static T Grid<T>(T[,] m, T k) where T : IBinaryFloatingPointIeee754<T> { T s = k; foreach (var v in m) { s += T.Max(v, T.Zero) * T.Log(k * k + T.E); } return s; }
                    [Differentiable(Gradient = GradientMethod.Numeric)] internal static T Numeric<T>(T x) where T : struct, IFloatingPointIeee754<T> { return T.Tanh(x); }
                    [Differentiable] internal static T Stepped<T>(T x) where T : IFloatingPointIeee754<T> { T step = x * x; step = step + x; return step; }
                    [Differentiable] internal static T Named<T>(T step, T value) where T : IFloatingPointIeee754<T> { return step * value; }
                    [Differentiable] internal static T Calls<T>(T a, T[] x) where T : IBinaryFloatingPointIeee754<T> { return Wave(a, x[0]) + Norm(x, x) * Grid(new T[,] { { a } }, a); }
                }

                internal partial class Instance<TTag>
                {
                    private readonly double _k = 2;
                    [Differentiable] internal TNumber Cube<TNumber>(TNumber x) where TNumber : IFloatingPointIeee754<TNumber> { return T(x) * x * x * TNumber.CreateChecked(_k); }
                    private static TNumber T<TNumber>(TNumber x) where TNumber : IFloatingPointIeee754<TNumber> { return x; }
                }
            }
            """;

        [Theory]
        [MemberData(nameof(CompilesEverywhereTests.Settings), MemberType = typeof(CompilesEverywhereTests))]
        public void GenericMathCompilesWithWarningsAsErrorsFromCSharp11(LanguageVersion version, NullableContextOptions nullable)
        {
            if (version >= LanguageVersion.CSharp11)
            {
                CompilesEverywhereTests.AssertCompilesCleanly(Shapes, version, nullable, expectedFiles: 8);
                return;
            }

            var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(new[] { Shapes }, GeneratorHarness.ParseOptions(version), nullable));
            GeneratorAssert.DidNotFail(run.Result);
            Assert.Empty(run.Sources);
            Assert.Equal(8, run.Diagnostics.Count(d => d.Id == "GG0008" && d.GetMessage(CultureInfo.InvariantCulture).Contains("which need C# 11", System.StringComparison.Ordinal)));
            Assert.All(run.Diagnostics, d => Assert.Equal("GG0008", d.Id));
        }
    }
}
