using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GradGen.Benchmarks.Compile
{
    /// <summary>
    /// A project's worth of [Differentiable] methods in ten partial types, each type spread over files of ten
    /// methods (so 1,000 methods make 100 files and types of 100 methods, where per-type member scans show). The
    /// bodies cycle through four shapes that exercise the parser's paths: straight-line code with Math calls, the
    /// chained Rosenbrock loop, a softmax / cross-entropy over a matrix (nested loops, a local array), and a branch
    /// with an early return that calls another [Differentiable] method.
    /// </summary>
    internal static class SourceCorpus
    {
        public const int Types = 10;
        private const int MethodsPerFile = 10;

        public static IReadOnlyList<SyntaxTree> Create(int methods)
        {
            var trees = new List<SyntaxTree>();
            for (int first = 0; first < methods; first += MethodsPerFile)
            {
                var text = new StringBuilder();
                text.Append("using System;\nusing GradGen;\nnamespace Bench\n{\n    public static partial class ")
                    .Append(TypeOf(first)).Append("\n    {\n");
                for (int i = first; i < first + MethodsPerFile && i < methods; i++)
                {
                    text.Append(Method(i));
                }

                text.Append("    }\n}\n");
                trees.Add(CSharpSyntaxTree.ParseText(text.ToString(), path: "Functions" + first.ToString(CultureInfo.InvariantCulture) + ".cs"));
            }

            return trees;
        }

        /// <summary>The type that holds method <paramref name="i"/>: files go round the ten types in turn.</summary>
        private static string TypeOf(int i) => "Functions" + (i / MethodsPerFile % Types).ToString(CultureInfo.InvariantCulture);

        private static string Method(int i)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var c = (1 + i % 7).ToString(CultureInfo.InvariantCulture);
            return (i % 4) switch
            {
                0 => $$"""
                            [Differentiable]
                            public static double Line{{n}}(double a, double b, double c)
                            {
                                double u = a * b + Math.Sin(c) * {{c}};
                                double v = Math.Exp(-u * u) + Math.Sqrt(1 + b * b);
                                double w = u / v - Math.Log(1 + c * c);
                                return w * w + a * v;
                            }

                    """,
                1 => $$"""
                            [Differentiable]
                            public static double Rosenbrock{{n}}(double[] x)
                            {
                                double sum = 0;
                                for (int i = 0; i < x.Length - 1; i++)
                                {
                                    double a = x[i + 1] - x[i] * x[i];
                                    double b = {{c}} - x[i];
                                    sum += 100 * a * a + b * b;
                                }

                                return sum;
                            }

                    """,
                2 => $$"""
                            [Differentiable]
                            public static double Softmax{{n}}(double[,] w, [NoDerivative] double[] x, [NoDerivative] int label)
                            {
                                int outputs = w.GetLength(1);
                                var z = new double[outputs];
                                double total = 0;
                                for (int j = 0; j < outputs; j++)
                                {
                                    for (int k = 0; k < x.Length; k++)
                                    {
                                        z[j] += x[k] * w[k, j];
                                    }

                                    total += Math.Exp(z[j]);
                                }

                                return -Math.Log(Math.Exp(z[label]) / total + 1e-{{c}});
                            }

                    """,
                _ => $$"""
                            [Differentiable]
                            public static double Branch{{n}}(double x, double y)
                            {
                                if (x > y)
                                {
                                    return x * Math.Log(1 + y * y);
                                }

                                double d = y - x;
                                return d * d * 0.5 + {{TypeOf(i - 3)}}.Line{{(i - 3).ToString(CultureInfo.InvariantCulture)}}(x, y, {{c}});
                            }

                    """,
            };
        }
    }
}
