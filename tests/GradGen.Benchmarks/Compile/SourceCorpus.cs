using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GradGen.Benchmarks.Compile
{
    /// <summary>A project's worth of [Differentiable] methods: ten per partial class, a mix of shapes.</summary>
    internal static class SourceCorpus
    {
        public static IReadOnlyList<SyntaxTree> Create(int methods)
        {
            var trees = new List<SyntaxTree>();
            for (int first = 0; first < methods; first += 10)
            {
                var text = new StringBuilder();
                text.Append("using System;\nusing GradGen;\nnamespace Bench\n{\n    public static partial class Functions")
                    .Append(first.ToString(CultureInfo.InvariantCulture)).Append("\n    {\n");
                for (int i = first; i < first + 10 && i < methods; i++)
                {
                    text.Append(Method(i));
                }

                text.Append("    }\n}\n");
                trees.Add(CSharpSyntaxTree.ParseText(text.ToString(), path: "Functions" + first + ".cs"));
            }

            return trees;
        }

        private static string Method(int i)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            return (i % 3) switch
            {
                0 => "        [Differentiable]\n        public static double Dot" + n + "(double[] w, [NoDerivative] double[] x)\n        {\n            double s = 0;\n            for (int k = 0; k < w.Length; k++) { s += w[k] * x[k]; }\n            return Math.Tanh(s * " + n + ");\n        }\n",
                1 => "        [Differentiable(Step = 1e-6)]\n        public static double Poly" + n + "(double a, double b) => a * a * b + " + n + " * b;\n",
                _ => "        [Differentiable]\n        public static float Energy" + n + "(float[,] q, float k) => k * q[0, 0] * q[0, 0];\n",
            };
        }
    }
}
