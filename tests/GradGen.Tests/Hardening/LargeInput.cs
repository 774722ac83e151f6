using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GradGen.Tests.Hardening
{
    /// <summary>Many [Differentiable] methods of every shape, spread over partial classes and files.</summary>
    internal static class LargeInput
    {
        /// <summary>Shapes GradGen differentiates exactly, so that the project has no diagnostics at all.</summary>
        private static readonly string[] Shapes =
        {
            "public static double M{0}(double x) => x * x + {0};",
            "public static double M{0}(double a, double b) => a * b + {0};",
            "public static double M{0}(double[] x) => x[0] * {0};",
            "public static double M{0}(double[,] w, [NoDerivative] double[] t) => w[0, 0] * t[0] + {0};",
            "public static float M{0}(float[] x, float k) => k * x[0];",
            "public static double M{0}(double[] w, double bias, [NoDerivative] string label) => w[0] * bias + {0};",
        };

        /// <summary>One file holding <paramref name="methods"/> methods.</summary>
        public static string Source(int methods) => Sources(methods, files: 1).Single();

        /// <summary><paramref name="methods"/> methods spread over <paramref name="files"/> files, each with a partial class of its own.</summary>
        public static IReadOnlyList<string> Sources(int methods, int files = 10) =>
            Enumerable.Range(0, files).Select(file =>
            {
                var builder = new StringBuilder("using GradGen;\nnamespace Scale\n{\n    public static partial class Functions" + file + "\n    {\n");
                for (var i = file; i < methods; i += files)
                {
                    builder.Append("        [Differentiable]\n        ").AppendFormat(System.Globalization.CultureInfo.InvariantCulture, Shapes[i % Shapes.Length], i).Append('\n');
                }

                return builder.Append("    }\n}\n").ToString();
            }).ToList();
    }
}
