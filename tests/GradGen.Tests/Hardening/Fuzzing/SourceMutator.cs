using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GradGen.Tests.Hardening.Fuzzing
{
    /// <summary>
    /// Breaks source text the way an editor and a careless user do: typing stops half way, tokens go missing or
    /// appear, attribute arguments are wrong, types do not exist, names change case. Deterministic for a seed.
    /// </summary>
    internal sealed class SourceMutator
    {
        // No __arglist: in a record's parameter list it crashes Roslyn 4.11 itself (SynthesizedRecordPropertySymbol), before GradGen runs.
        private static readonly string[] Tokens =
        {
            ";", "{", "}", "(", ")", "[", "]", ",", ".", "=", "=>", "?", "!", "<", ">", "<T>", "*", "&", ":", "::",
            "ref", "out", "in", "params", "this", "static", "partial", "public", "private", "readonly", "unsafe", "async",
            "abstract", "virtual", "override", "extern", "new", "const", "fixed",
            "double", "float", "int", "string", "object", "dynamic", "var", "void", "decimal", "double[]", "float[,]",
            "double?", "double*", "System.Double", "global::System.Double", "T", "Unknown", "Span<double>", "(double, double)",
            "class", "struct", "record", "interface", "enum", "delegate", "namespace", "using", "where", "get", "set",
            "[Differentiable]", "[NoDerivative]", "[GradGen.Differentiable]", "[Differentiable, Differentiable]",
            "Differentiable", "NoDerivative", "GradGen", "Step", "Step = ", "1e-4", "0", "-1", "double.NaN", "1e400",
            "\"", "'", "/*", "*/", "//", "#if X", "#endif", "#region", "#nullable disable", "@", "\\u0041",
            "x", "F", "f", "step", "value", "original", "nameof", "Math", "System", "Object", "Tuple",
        };

        private static readonly string[] AttributeVariants =
        {
            "[Differentiable(Step = \"x\")]", "[Differentiable(1.0)]", "[Differentiable(Step = double.NaN)]",
            "[Differentiable(Step = 1 / 0)]", "[Differentiable(Step = Unknown)]", "[Differentiable(Step = 1, Step = 2)]",
            "[Differentiable(Other = 2)]", "[Differentiable(Step = new double[0])]", "[Differentiable, Differentiable]",
            "[Differentiable(Step = -0.0)]", "[Differentiable(Step = 1e-400)]", "[Differentiable(Step = (float)1)]",
            "[Differentiable(Step: 1)]", "[Differentiable(Step = double.PositiveInfinity)]", "[Differentiable(Step = 0)]",
            "[Differentiable(Step = 1e-4m)]", "[Differentiable(Step = default)]", "[Differentiable(Step = null)]",
            "[Differentiable(Step = nameof(Step))]", "[Differentiable()]", "[Differentiable(Step =)]", "[Differentiable(]",
            "[return: Differentiable]", "[method: Differentiable]", "[Differentiable][NoDerivative]", "[NoDerivative]",
            "[global::GradGen.DifferentiableAttribute(Step = 2.5e-3)]", "[Differentiable(Step = int.MaxValue)]",
        };

        private static readonly string[] TypeVariants =
        {
            "Unknown", "doubel", "Vector<double>", "double*", "System.Double", "Span<double>", "double[][]", "double?",
            "object", "T", "int", "decimal", "dynamic", "float", "double[,,,]", "(double, double)", "ref double",
            "global::System.Single", "Double", "Tuple<double>", "Math", "System", "Object", "GradGen", "void",
        };

        private static readonly string[] LookAlikeAttributes =
        {
            "namespace GradGen { public sealed class DifferentiableAttribute : System.Attribute { public double[] Step { get; set; } } }",
            "namespace GradGen { public sealed class DifferentiableAttribute : System.Attribute { public DifferentiableAttribute(int a) { } public object Step; } }",
            "namespace GradGen { public sealed class DifferentiableAttribute : System.Attribute { public string Step { get; set; } } }",
            "namespace GradGen { public class DifferentiableAttribute { } }",
            "namespace GradGen { public sealed class NoDerivativeAttribute : System.Attribute { public NoDerivativeAttribute(System.Type t) { } } }",
            "namespace GradGen { public static class Differentiable { } }",
            "namespace Other { public class GradGen { } public class Math { } public class Object { } public class Double { } }",
            "public partial class Net { public static double SquaredGradient(double x) => 0; public int FForwardDiff; }",
            "namespace Demo { public static partial class Net { [GradGen.Differentiable] public static double f(double x) => x; } }",
            "namespace Demo { public static partial class NET { [GradGen.Differentiable] public static double F(double x) => x; } }",
        };

        /// <summary>Valid [NoDerivative] parameters of every kind; {0} is the name, often one already in use.</summary>
        private static readonly string[] ExtraParameters =
        {
            "[NoDerivative] ref int {0}", "[NoDerivative] in double {0}", "[NoDerivative] ref readonly double {0}",
            "[NoDerivative] string? {0}", "[NoDerivative] System.Func<double, double> {0}", "[NoDerivative] (int a, string b) {0}",
            "[NoDerivative] System.ReadOnlySpan<double> {0}", "[NoDerivative] object {0}", "[NoDerivative] dynamic {0}",
            "[NoDerivative] double[]? {0}", "[NoDerivative] int[][] {0}", "[NoDerivative] System.Collections.Generic.List<double> {0}",
            "double {0}", "float[] {0}", "double[,] {0}",
        };

        private readonly Random _random;

        public SourceMutator(int seed) => _random = new Random(seed);

        public string Mutate(string source)
        {
            var count = 1 + _random.Next(3);
            for (var i = 0; i < count; i++)
            {
                source = MutateOnce(source);
            }

            return source;
        }

        public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private string MutateOnce(string source)
        {
            switch (_random.Next(12))
            {
                case 0: return source.Substring(0, _random.Next(source.Length + 1));
                case 1: return DeleteToken(source);
                case 2: return InsertToken(source);
                case 3: return ReplaceToken(source);
                case 4: return DuplicateLines(source);
                case 5: return ReplaceFirstOf(source, "[Differentiable", AttributeVariants, wholeAttribute: true);
                case 6: return ReplaceFirstOf(source, _random.Next(2) == 0 ? "double" : "float", TypeVariants, wholeAttribute: false);
                case 7: return RenameIdentifier(source);
                case 8: return source + "\n" + Pick(LookAlikeAttributes) + "\n";
                case 9: return SwapLines(source);
                case 10: return AddParameter(source);
                default: return DeleteToken(DeleteToken(source));
            }
        }

        private List<(int Start, int End)> TokenSpans(string source) =>
            SyntaxFactory.ParseTokens(source)
                .Where(token => token.Span.Length > 0)
                .Select(token => (token.SpanStart, token.Span.End))
                .ToList();

        private string DeleteToken(string source)
        {
            var spans = TokenSpans(source);
            if (spans.Count == 0)
            {
                return source;
            }

            var (start, end) = Pick(spans);
            return source.Remove(start, end - start);
        }

        private string InsertToken(string source)
        {
            var spans = TokenSpans(source);
            var at = spans.Count == 0 ? 0 : (_random.Next(2) == 0 ? Pick(spans).Start : Pick(spans).End);
            return source.Insert(at, " " + Pick(Tokens) + " ");
        }

        private string ReplaceToken(string source)
        {
            var spans = TokenSpans(source);
            if (spans.Count == 0)
            {
                return Pick(Tokens);
            }

            var (start, end) = Pick(spans);
            return source.Substring(0, start) + Pick(Tokens) + source.Substring(end);
        }

        private string DuplicateLines(string source)
        {
            var lines = source.Split('\n').ToList();
            var start = _random.Next(lines.Count);
            var length = 1 + _random.Next(Math.Min(8, lines.Count - start));
            lines.InsertRange(start + length, lines.GetRange(start, length));
            return string.Join("\n", lines);
        }

        private string SwapLines(string source)
        {
            var lines = source.Split('\n');
            int a = _random.Next(lines.Length), b = _random.Next(lines.Length);
            (lines[a], lines[b]) = (lines[b], lines[a]);
            return string.Join("\n", lines);
        }

        /// <summary>Replaces one occurrence of <paramref name="marker"/> (with the rest of its attribute, when asked).</summary>
        private string ReplaceFirstOf(string source, string marker, IReadOnlyList<string> variants, bool wholeAttribute)
        {
            var occurrences = new List<int>();
            for (var at = source.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = source.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                occurrences.Add(at);
            }

            if (occurrences.Count == 0)
            {
                return source;
            }

            var start = Pick(occurrences);
            var end = start + marker.Length;
            if (wholeAttribute)
            {
                var close = source.IndexOf(']', start);
                end = close < 0 ? source.Length : close + 1;
            }

            return source.Substring(0, start) + Pick(variants) + source.Substring(end);
        }

        /// <summary>Adds a parameter to a [Differentiable] method, named after an identifier of the source or a fresh one.</summary>
        private string AddParameter(string source)
        {
            var attribute = source.IndexOf("[Differentiable", StringComparison.Ordinal);
            var close = attribute < 0 ? -1 : source.IndexOf(']', attribute);
            var open = close < 0 ? -1 : source.IndexOf('(', close);
            if (open < 0)
            {
                return source;
            }

            var identifiers = SyntaxFactory.ParseTokens(source).Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText).ToList();
            var name = identifiers.Count > 0 && _random.Next(2) == 0 ? Pick(identifiers) : "extra";
            return source.Insert(open + 1, string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(ExtraParameters), name) + ", ");
        }

        /// <summary>Gives an identifier another name: changed case, a generated method's name, a keyword, a clash.</summary>
        private string RenameIdentifier(string source)
        {
            var identifiers = SyntaxFactory.ParseTokens(source).Where(token => token.IsKind(SyntaxKind.IdentifierToken)).ToList();
            if (identifiers.Count == 0)
            {
                return source;
            }

            var token = Pick(identifiers);
            var name = token.ValueText;
            var renamed = _random.Next(6) switch
            {
                0 => name.ToUpperInvariant(),
                1 => name.ToLowerInvariant(),
                2 => name + Pick(new[] { "Gradient", "ForwardDiff", "CenteredDiff" }),
                3 => "@" + Pick(new[] { "double", "class", "return", "step" }),
                4 => name + "\\u203F",
                _ => Pick(identifiers).ValueText,
            };
            var builder = new StringBuilder(source);
            builder.Remove(token.SpanStart, token.Span.Length).Insert(token.SpanStart, renamed);
            return builder.ToString();
        }
    }
}
