using System.Collections.Generic;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// Generated code compiles with no error and no warning in every consumer set-up GradGen supports: C# 7.3 to
    /// latest, nullable enable, disable and annotations, warnings as errors at the highest warning level, overflow
    /// checking, and user code that declares its own types named after the ones generated code uses.
    /// </summary>
    public class CompilesEverywhereTests
    {
        /// <summary>Every shape of generated code, in C# 7.3 syntax, in types that are not public (no docs required).</summary>
        private const string Shapes = """
            using GradGen;

            namespace Demo
            {
                internal static partial class Net
                {
                    [Differentiable] internal static double Squared(double x) { return x * x; }
                    [Differentiable(Step = 1e-7)] internal static double F(double a, double b) { return a * a + a * b; }
                    [Differentiable] internal static double F(double[] x) { return x[0] * x[1]; }
                    [Differentiable] internal static double Loss(double[,] w, [NoDerivative] double[] x, [NoDerivative] double[] t) { return w[0, 0] * x[0] + t[0]; }
                    [Differentiable] internal static double Affine(double[,] w, double bias, [NoDerivative] string label) { return w[0, 0] + bias + label.Length; }
                    [Differentiable] internal static float Energy(float[] x, float k, double c) { return k * x[0] * x[0] + (float)c; }
                    [Differentiable] internal static double Sum(double[,,] cube) { return cube[0, 0, 0]; }
                    [Differentiable] internal static double Norm2(this double[] v, [NoDerivative] ref int calls, [NoDerivative] in double scale) { calls++; return scale * v[0]; }
                    [Differentiable] internal static double Clash(double[] step, double value, double stepGradient, [NoDerivative] int original, [NoDerivative] int @double) { return step[0] * value + stepGradient + original + @double; }
                    [Differentiable] internal static double Tapes(double[] x) { double s = 0; double p = 1; for (int i = 0; i < x.Length; i++) { p = p * x[i]; if (x[i] > 0) { s += p * p; } } return s; }
                    [Differentiable] internal static double Tapes(double[,] x, [NoDerivative] long n) { double y = x[0, 0]; long k = 0; while (k < n) { bool big = y > 1; y = big ? y * 0.5 : y * y; k += 1; } return y; }
                    [Differentiable] internal static double Seeded(double[] seed, double seedGradient) { return seed[0] * seedGradient; }
                    [Differentiable] internal static double Over(double x) { return x * x; }
                    [Differentiable] internal static double Over(double x, double y) { return x * y; }
                    [Differentiable] internal static double Defaults(double x, double s = 2.0, [NoDerivative] int n = 3, [NoDerivative] Mode mode = Mode.B, [NoDerivative] float f = 0.5f) { return s * x * n + f; }
                    [Differentiable] internal static double Switched(double x, [NoDerivative] int k, [NoDerivative] Mode mode) { switch (k) { case 0: return x; case 1: case 2: return x * x; } switch (mode) { case Mode.B: return -x; default: return System.Math.Clamp(x, 0.0, 1.0) + Near(x); } double Near(double v) => System.Math.BitIncrement(v); }
                    [Differentiable] internal static (double x, float y) Polar(double r, float theta) { return (r * System.Math.Cos(theta), (float)(r * System.Math.Sin(theta))); }
                    [Differentiable] internal static float[] Scaled(float[] x, double k, [NoDerivative] int n) { float[] y = new float[x.Length]; for (int i = 0; i < n; i++) { y[i] = (float)(k * x[i]); } return y; }
                    [Differentiable] internal static void Lorenz(double[] u, [NoDerivative] double sigma, [Output] double[] du) { du[0] = sigma * (u[1] - u[0]); du[1] = u[0] * u[1]; }
                    [Differentiable] internal static double CallsVector(float[] x, double k) { var y = Scaled(x, k, x.Length); return y[0] * k; }
                    [Differentiable] internal static double PassesArrays(double[] x, float[] f, double[,] m) { double[] z = new double[2]; z[0] = x[0] * x[1]; return F(z) + F(x) + Energy(f, 2f, x[1]) + Sum(new double[1, 1, 1]) * 0 + Affine(m, x[0], "a") + Seeded(x, z[0]) + Clash(x, 1.0, x[1], 0, 0); }
                }

                internal enum Mode { A, B }

                internal partial struct Spring
                {
                    internal double K { get; set; }
                    [Differentiable] internal double Energy(double x) { return 0.5 * K * x * x; }
                    [Differentiable] internal double Chain(double x) { double y = x; for (int k = 0; k < 3; k++) { y = y * y * K; } return y; }
                    [Differentiable] internal double Helped(double[] x) { return Soft(x[0]) + Util.Dot(x, x); }
                    private double Soft(double v) { double e = System.Math.Exp(K * v); return System.Math.Log(1 + e); }
                }

                internal static class Util
                {
                    internal static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) { s += a[i] * b[i]; } return s; }
                }

                internal partial class Outer<T> where T : class
                {
                    internal partial class Inner<TKey, TValue>
                    {
                        [Differentiable] internal static double Cube(double x, [NoDerivative] T tag) { return x * x * x; }
                        [Differentiable] internal double Scaled(double[] x, [NoDerivative] TKey key) { return x[0]; }
                        [Differentiable] internal static double Local(double x, [NoDerivative] T tag) { return Twice(x); double Twice(double v) { double w = 2 * v; return w * v; } }
                    }
                }
            }

            internal static partial class InTheGlobalNamespace
            {
                [Differentiable] internal static double G(float[,] x) { return x[0, 0]; }
            }
            """;

        /// <summary>
        /// Types named like the ones generated code uses, where they would capture an unqualified name: in the
        /// method's own namespace, and as members of its own type. A class named GradGen in another namespace.
        /// </summary>
        private const string HostileNames = """
            namespace Demo
            {
                internal class Math { }
                internal class System { }
                internal class Tuple { }
                internal class Double { }
                internal class Single { }
                internal class Object { }
                internal class ArgumentNullException { }
                internal class ArgumentException { }
                internal class GeneratedCodeAttribute : global::System.Attribute { }
                internal class CodeDom { }
                internal class ComponentModel { }
                internal class EditorBrowsableAttribute : global::System.Attribute { }
                internal class EditorBrowsableState { }
                internal class GradGen { }
                internal class ThreadStatic { }
                internal class ThreadStaticAttribute : global::System.Attribute { }
                internal class Diagnostics { }
                internal class Array { }

                internal static partial class Hostile
                {
                    internal class Math { }
                    private class ValueTuple { }
                    private static int System = 0;
                    private static int Object = System;
                    private static string nameof(object value) { return Object.ToString(global::System.Globalization.CultureInfo.InvariantCulture); }
                    private static new int ReferenceEquals(object a, object b) { return nameof(a).Length + nameof(b).Length; }

                    [global::GradGen.Differentiable] internal static double Dot(double[] w, double bias, [global::GradGen.NoDerivative] double[] x) { return w[0] * x[0] + bias; }
                    [global::GradGen.Differentiable] internal static double Scale(double[,] w, [global::GradGen.NoDerivative] Math m) { return w[0, 0]; }
                    [global::GradGen.Differentiable] internal static double Looped(double[] x) { double p = 1; for (int i = 0; i < x.Length; i++) { p = p * x[i]; } return p; }
                    [global::GradGen.Differentiable] internal static double CallsDot(double[] w, [global::GradGen.NoDerivative] double[] x) { return Dot(w, 1.0, x) * Dot(x, w[0], x); }
                }
            }

            namespace Other
            {
                internal partial class GradGen
                {
                    [global::GradGen.Differentiable] internal static double Square(double[] x) { return x[0] * x[0]; }
                }
            }
            """;

        public static IEnumerable<object[]> Settings() =>
            from version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp10, LanguageVersion.Latest }
            from nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable, NullableContextOptions.Annotations }
            where version >= LanguageVersion.CSharp8 || nullable == NullableContextOptions.Disable
            select new object[] { version, nullable };

        [Theory]
        [MemberData(nameof(Settings))]
        public void EveryShapeCompilesWithWarningsAsErrors(LanguageVersion version, NullableContextOptions nullable) =>
            AssertCompilesCleanly(Shapes, version, nullable, expectedFiles: 31);

        [Theory]
        [MemberData(nameof(Settings))]
        public void UserTypesNamedLikeGeneratedNamesCaptureNothing(LanguageVersion version, NullableContextOptions nullable) =>
            AssertCompilesCleanly(HostileNames, version, nullable, expectedFiles: 5);

        internal static void AssertCompilesCleanly(string source, LanguageVersion version, NullableContextOptions nullable, int expectedFiles)
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { source }, GeneratorHarness.ParseOptions(version), nullable);
            compilation = compilation.WithOptions(compilation.Options
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
                .WithWarningLevel(9999)
                .WithOverflowChecks(true));
            var run = GeneratorHarness.Run(compilation);

            GeneratorAssert.DidNotFail(run.Result);
            Assert.Empty(GeneratorAssert.Problems(run.Diagnostics));
            Assert.Equal(expectedFiles, run.MethodSources.Count);
            var inputProblems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(inputProblems.Count == 0, "the test input itself is not clean:\n" + string.Join("\n", inputProblems));
            run.AssertGeneratedCodeCompiles();
        }
    }
}
