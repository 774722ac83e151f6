using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Benchmarks.Compile
{
    /// <summary>
    /// How much code GradGen writes for <see cref="SourceCorpus"/>, per [Differentiable] method and per generated
    /// member kind (the method's name with the [Differentiable] method's name taken off: <c>Gradient</c>,
    /// <c>AccumulateHessianVectorProduct</c>, ...), split into XML documentation and code: what the user's compile
    /// pays for (dotnet run ... -- generator-size 1000).
    /// </summary>
    internal static class GeneratedCodeSize
    {
        /// <summary>The corpus' method names: a word and a number (<c>Line12</c>, <c>Rosenbrock13</c>).</summary>
        private static readonly Regex OwnName = new("^[A-Z][a-z]+[0-9]+", RegexOptions.CultureInvariant);

        public static void Run(string[] args)
        {
            int methods = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
            var benchmarks = new GeneratorBenchmarks { Methods = methods };
            benchmarks.Setup();
            var trees = benchmarks.GeneratedTrees;

            var byKind = new SortedDictionary<string, Size>(StringComparer.Ordinal);
            var total = new Size();
            foreach (var tree in trees)
            {
                var text = tree.GetText().ToString();
                total = total.Add(new Size(1, Lines(text), text.Length, DocumentationLines(text), DocumentationBytes(text)));
                foreach (var member in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is MethodDeclarationSyntax or FieldDeclarationSyntax))
                {
                    var kind = member is MethodDeclarationSyntax method ? OwnName.Replace(method.Identifier.Text, string.Empty) : "(tape fields)";
                    var full = member.ToFullString();
                    var size = new Size(1, Lines(full), full.Length, DocumentationLines(full), DocumentationBytes(full));
                    byKind[kind] = byKind.TryGetValue(kind, out var sum) ? sum.Add(size) : size;
                }
            }

            Console.WriteLine(FormattableString.Invariant($"{methods} methods, {trees.Count} generated files: per method {(double)total.Lines / methods:F0} lines, {total.Bytes / 1024.0 / methods:F1} KB ({100.0 * total.DocumentationBytes / total.Bytes:F0}% of the bytes XML documentation)"));
            Console.WriteLine("| member kind | overloads per method | lines per method | bytes per method | of which documentation |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (kind, size) in byKind.OrderByDescending(pair => pair.Value.Bytes))
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"| {kind} | {(double)size.Count / methods:F2} | {(double)size.Lines / methods:F1} | {(double)size.Bytes / methods:F0} | {100.0 * size.DocumentationBytes / size.Bytes:F0}% |"));
            }
        }

        private static int Lines(string text) => text.Count(c => c == '\n');

        private static int DocumentationLines(string text) =>
            text.Split('\n').Count(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal));

        private static int DocumentationBytes(string text) =>
            text.Split('\n').Where(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal)).Sum(line => line.Length + 1);

        private readonly record struct Size(int Count, int Lines, int Bytes, int DocumentationLines, int DocumentationBytes)
        {
            public Size Add(Size other) => new(Count + other.Count, Lines + other.Lines, Bytes + other.Bytes, DocumentationLines + other.DocumentationLines, DocumentationBytes + other.DocumentationBytes);
        }
    }
}
