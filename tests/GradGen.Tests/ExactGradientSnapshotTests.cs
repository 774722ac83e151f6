using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// One snapshot per construct family of the exact gradient, so a reviewer sees the adjoint code each produces;
    /// each must also compile cleanly in the consumer.
    /// </summary>
    public class ExactGradientSnapshotTests
    {
        /// <summary>The example in docs/exact-gradients.md.</summary>
        [Fact]
        public void DocumentationExample() => VerifyClean("""
            public static double Norm(double[] x)
            {
                double s = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    s += x[i] * x[i];
                }

                return Math.Sqrt(s);
            }
            """);

        [Fact]
        public void StraightLine() => VerifyClean("""
            public static double F(double x, double y)
            {
                double a = x * y;
                a += Math.Sin(x) / y;
                return a - x;
            }
            """);

        [Fact]
        public void Branches() => VerifyClean("""
            public static double F(double x, double y)
            {
                double r = x;
                if (x > y)
                {
                    r = x * y;
                }
                else if (x < 0)
                {
                    return -x;
                }

                return y > 0 ? r * y : r;
            }
            """);

        [Fact]
        public void ForLoop() => VerifyClean("""
            public static double F(double[] x)
            {
                double s = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    s += x[i] * x[i];
                }

                return s;
            }
            """);

        [Fact]
        public void WhileLoop() => VerifyClean("""
            public static double F(double x)
            {
                double p = 1;
                int k = 0;
                while (k < 5)
                {
                    p *= x;
                    k++;
                }

                return p;
            }
            """);

        /// <summary>
        /// What the reverse sweep keeps: nothing for the running sum or the counter (undone by subtracting), the
        /// loop-local a and b computed again from x and i, and the overwritten p on the value tape.
        /// </summary>
        [Fact]
        public void WhatTheReverseSweepKeeps() => VerifyClean("""
            public static double F(double[] x)
            {
                double sum = 0;
                double p = 1;
                for (int i = 0; i < x.Length - 1; i++)
                {
                    double a = x[i + 1] - x[i] * x[i];
                    double b = 1 - x[i];
                    sum += 100 * a * a + b * b;
                    p = p * Math.Cos(x[i]);
                }

                return sum + p;
            }
            """);

        [Fact]
        public void ForEachOverAMatrix() => VerifyClean("""
            public static double F(double[,] m)
            {
                double s = 0;
                foreach (var v in m)
                {
                    s += v * v;
                }

                return s;
            }
            """);

        [Fact]
        public void DoLoop() => VerifyClean("""
            public static double F(double a)
            {
                double y = a;
                int k = 0;
                do
                {
                    y = 0.5 * (y + a / y);
                    k++;
                }
                while (k < 10);
                return y;
            }
            """);

        [Fact]
        public void ForEachLoop() => VerifyClean("""
            public static double F(double[] x)
            {
                double s = 0;
                foreach (var v in x)
                {
                    s += v * v;
                }

                return s;
            }
            """);

        [Fact]
        public void BreakContinueAndEarlyReturn() => VerifyClean("""
            public static double F(double[] x)
            {
                double s = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    if (i == 1)
                    {
                        continue;
                    }

                    if (x[i] > 100)
                    {
                        break;
                    }

                    if (x[i] < -100)
                    {
                        return s;
                    }

                    s += x[i];
                }

                return s * s;
            }
            """);

        [Fact]
        public void ArraysOfAnyRank() => VerifyClean("""
            public static double F(double[,] w, [NoDerivative] double[] x, double[,,] c)
            {
                double s = 0;
                for (int i = 0; i < w.GetLength(0); i++)
                {
                    for (int j = 0; j < w.GetLength(1); j++)
                    {
                        s += w[i, j] * x[j] * c[i, j, 0];
                    }
                }

                return s;
            }
            """);

        [Fact]
        public void LocalArrays() => VerifyClean("""
            public static double F(double[] x)
            {
                var y = new double[x.Length];
                var m = new double[2, 2];
                for (int i = 0; i < x.Length; i++)
                {
                    y[i] = x[i] * x[i];
                    y[i] *= 2;
                }

                m[0, 1] = y[0];
                return m[0, 1] * y[x.Length - 1];
            }
            """);

        [Fact]
        public void MathFunctions() => VerifyClean("""
            public static double F(double x, double y)
            {
                return Math.Exp(Math.Sin(x)) + Math.Log(y) + Math.Pow(x, y) + Math.Atan2(y, x) + Math.Sqrt(x * x + 1)
                    + Math.Abs(x) + Math.Max(x, y) + Math.Floor(y) + Math.Log(x, 2) + Math.Tanh(y) + Math.PI;
            }
            """);

        [Fact]
        public void FloatsAndMathF() => VerifyClean("""
            public static float F(float x, float[] v) => MathF.Cos(x) * v[0] + (float)Math.Sqrt(v[1]);
            """);

        [Fact]
        public void FallbackToTheCenteredDifference()
        {
            var run = GeneratorHarness.Run(Wrap("""
                public static double F(double x)
                {
                    try
                    {
                        return x * x;
                    }
                    finally
                    {
                    }
                }
                """));
            Assert.Equal("GG0100", Assert.Single(run.Diagnostics).Id);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }

        [Fact]
        public void CSharp73WithNullableDisabledCompiles()
        {
            var compilation = GeneratorHarness.CreateCompilation(
                new[] { Wrap("""
                    public static double F(double[] x, double y)
                    {
                        double s = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] > y)
                            {
                                s += x[i] * y;
                            }
                        }

                        return s;
                    }
                    """) },
                GeneratorHarness.ParseOptions(LanguageVersion.CSharp7_3),
                Microsoft.CodeAnalysis.NullableContextOptions.Disable);
            var run = GeneratorHarness.Run(compilation);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }

        /// <summary>A C# 7.3 compilation unit (block-scoped namespace) around the members.</summary>
        internal static string Wrap(string members) =>
            "using System;\nusing GradGen;\nnamespace Demo\n{\n    public static partial class Net\n    {\n        [Differentiable]\n"
            + members.Replace("[Differentiable]", string.Empty) + "\n    }\n}\n";

        /// <summary>Issue 18: an array field read as a constant, double's Exp, Asinh, and a tuple deconstruction.</summary>
        [Fact]
        public void FirstHourConstructs() => VerifyClean("""
            public static double F(double[] x)
            {
                double s = 0;
                for (int i = 0; i < Weights.Length; i++)
                {
                    var (a, b) = (Weights[i] * x[i], double.Exp(x[i]));
                    s += a * b + Math.Asinh(a);
                }

                return s;
            }

            private static readonly double[] Weights = { 0.5, -1.0, 2.0 };
            """);

        private static void VerifyClean(string members, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run(Wrap(members));
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds, test: test);
        }
    }
}
