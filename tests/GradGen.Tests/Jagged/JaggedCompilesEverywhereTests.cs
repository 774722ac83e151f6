using GradGen.Tests.Hardening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests.Jagged
{
    /// <summary>
    /// The code generated for arrays of arrays (issue 14, item 3) compiles with no error and no warning from C# 7.3 to
    /// latest, in every nullable context: its lambdas (<c>Array.ConvertAll(x, row =&gt; ...)</c>) take parameter names
    /// no local or parameter has, which C# 7.3 requires, here beside a parameter and a local named <c>row</c>.
    /// </summary>
    public class JaggedCompilesEverywhereTests
    {
        private const string Shapes = """
            using GradGen;

            namespace Demo
            {
                internal class Array { }

                internal static partial class Jagged
                {
                    [Differentiable] internal static double Sum(double[][] x) { double s = 0; foreach (var r in x) { foreach (var v in r) { s += v * v; } } return s; }
                    [Differentiable] internal static float Rows(float[][] row, [NoDerivative] double[][] data, float k) { float s = k; for (int i = 0; i < row.Length; i++) { for (int j = 0; j < row[i].Length; j++) { s += row[i][j] * (float)data[i][j]; } } return s; }
                    [Differentiable] internal static double Local(double[] x, [NoDerivative] int row) { var t = new double[x.Length][]; for (int i = 0; i < x.Length; i++) { t[i] = new double[i + 1]; t[i][0] = x[i] * row; } return Sum(t) + Sum(t) * x[0]; }
                    [Differentiable] internal static double Passes(double[][] x, [NoDerivative] double[][] c) { return Sum(x) * Dot(x, c) + Dot(c, c); }
                    [Differentiable] internal static double Dot(double[][] a, double[][] b) { double s = 0; for (int i = 0; i < a.Length; i++) { for (int j = 0; j < a[i].Length; j++) { s += a[i][j] * b[i][j]; } } return s; }
                }
            }
            """;

        [Theory]
        [MemberData(nameof(CompilesEverywhereTests.Settings), MemberType = typeof(CompilesEverywhereTests))]
        public void ArraysOfArraysCompileWithWarningsAsErrors(LanguageVersion version, NullableContextOptions nullable) =>
            CompilesEverywhereTests.AssertCompilesCleanly(Shapes, version, nullable, expectedFiles: 5);
    }
}
