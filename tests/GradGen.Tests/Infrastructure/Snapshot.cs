using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using GradGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Sdk;

namespace GradGen.Tests.Infrastructure
{
    /// <summary>
    /// Snapshot assertions with Verify's file conventions: <c>{Class}.{Method}#{HintName}.verified.cs</c> per
    /// generated source (first line <c>//HintName: ...</c>) and <c>{Class}.{Method}.verified.txt</c> for
    /// diagnostics. A mismatch writes <c>*.received.*</c> beside the snapshot and fails with a line diff; set
    /// GRADGEN_ACCEPT=1 to accept every received file as verified.
    /// </summary>
    internal static class Snapshot
    {
        private const string AcceptVariable = "GRADGEN_ACCEPT";
        private static readonly Regex GeneratorVersion = new("(GeneratedCodeAttribute\\(\"GradGen\", \")[^\"]*(\")", RegexOptions.Compiled);

        /// <summary>
        /// tests/GradGen.Tests/Snapshots, from the project file: caller file paths are mapped to <c>/_/</c> in CI's
        /// deterministic builds, so they only give the test class's name.
        /// </summary>
        internal static readonly string SnapshotDirectory = typeof(Snapshot).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "SnapshotDirectory").Value!;

        /// <summary>
        /// The kinds the exact derivatives are written as: what a test of a construct of exact differentiation
        /// captures, so that a new kind (a Hessian, a Jacobian) adds files there only if it is exact too.
        /// </summary>
        public static readonly IReadOnlyList<GeneratedMethodKind> ExactKinds = new[]
        {
            GeneratedMethodKind.Gradient, GeneratedMethodKind.ValueAndGradient, GeneratedMethodKind.AccumulateGradient, GeneratedMethodKind.DirectionalDerivative,
        };

        /// <summary>
        /// The kinds of the numeric derivative: <c>MRichardsonDiff</c>, the numeric <c>MGradient</c> that calls it, the
        /// numeric <c>MValueAndGradient</c> that calls <c>MGradient</c>, and <c>MCheckGradient</c>, which checks against
        /// the same extrapolation.
        /// </summary>
        public static readonly IReadOnlyList<GeneratedMethodKind> NumericKinds = new[]
        {
            GeneratedMethodKind.RichardsonDiff, GeneratedMethodKind.Gradient, GeneratedMethodKind.ValueAndGradient, GeneratedMethodKind.CheckGradient,
        };

        /// <summary>
        /// Compares each generated source with its snapshot: the whole file, or with <paramref name="kinds"/> one file
        /// per kind, <c>{Class}.{Method}#{HintName}.{Kind}.verified.cs</c>, holding that kind's methods as generated
        /// (the tape fields go with <c>Gradient</c>, whose sweeps they serve).
        /// </summary>
        /// <param name="withTypeHelpers">
        /// Whether the file per type of the helpers the generated members share (the Richardson tableau, the same in
        /// every type) is compared too; only TypeHelpersTests asks, so that it is not snapshotted once per test.
        /// </param>
        public static void Verify(GeneratorRun run, IReadOnlyList<GeneratedMethodKind>? kinds = null, bool withTypeHelpers = false, [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
        {
            var directory = SnapshotDirectory;
            var prefix = Path.GetFileNameWithoutExtension(callerFile) + "." + test;
            var failures = new List<string>();
            var expectedFiles = new HashSet<string>(StringComparer.Ordinal);

            foreach (var source in run.Sources.Where(s => withTypeHelpers || !GeneratorRun.IsTypeHelpers(s.HintName)).OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                var text = Scrub(source.SourceText.ToString());
                var name = prefix + "#" + Path.GetFileNameWithoutExtension(source.HintName);
                if (kinds is null)
                {
                    var file = Path.Combine(directory, name + ".verified.cs");
                    expectedFiles.Add(Path.GetFileName(file));
                    Compare(file, "//HintName: " + source.HintName + "\n" + text, failures);
                    continue;
                }

                var sections = SplitByKind(text);
                foreach (var kind in kinds)
                {
                    if (sections.TryGetValue(kind, out var section))
                    {
                        var file = Path.Combine(directory, name + "." + kind.Suffix + ".verified.cs");
                        expectedFiles.Add(Path.GetFileName(file));
                        Compare(file, "//HintName: " + source.HintName + "\n//Kind: " + kind.Suffix + "\n" + section, failures);
                    }
                }
            }

            var diagnostics = run.Diagnostics;
            if (diagnostics.Length > 0)
            {
                var file = Path.Combine(directory, prefix + ".verified.txt");
                expectedFiles.Add(Path.GetFileName(file));
                Compare(file, Describe(diagnostics), failures);
            }

            foreach (var stale in Directory.Exists(directory) ? Directory.GetFiles(directory, prefix + "[#.]*verified.*") : Array.Empty<string>())
            {
                if (!expectedFiles.Contains(Path.GetFileName(stale)) && IsOwnSnapshot(Path.GetFileName(stale), prefix))
                {
                    failures.Add("Snapshot " + Path.GetFileName(stale) + " is no longer produced; delete it.");
                }
            }

            if (failures.Count > 0)
            {
                throw new XunitException(string.Join("\n\n", failures));
            }
        }

        /// <summary>One line per diagnostic: id, severity, span and message, in source order.</summary>
        public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
            string.Join("\n", diagnostics
                .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => d.Id + " " + d.Severity + " " + Where(d.Location) + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))) + "\n";

        private static string Where(Location location)
        {
            var span = location.GetLineSpan();
            return span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")-("
                + (span.EndLinePosition.Line + 1) + "," + (span.EndLinePosition.Character + 1) + ")";
        }

        /// <summary>The generated members of each kind, in file order, as generated (documentation included).</summary>
        private static Dictionary<GeneratedMethodKind, string> SplitByKind(string text)
        {
            var sections = new Dictionary<GeneratedMethodKind, StringBuilder>();
            var members = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes()
                .Where(node => node is MethodDeclarationSyntax or FieldDeclarationSyntax);
            foreach (var member in members)
            {
                var kind = member is MethodDeclarationSyntax method
                    ? GeneratedMethodKind.All.Where(k => method.Identifier.ValueText.EndsWith(k.Suffix, StringComparison.Ordinal)).OrderByDescending(k => k.Suffix.Length).FirstOrDefault()
                    : GeneratedMethodKind.Gradient;
                if (kind is null)
                {
                    continue;   // a member of no kind: the flattened method of a method that takes structs (__MLeaves)
                }

                if (!sections.TryGetValue(kind, out var section))
                {
                    sections[kind] = section = new StringBuilder();
                }

                section.Append(section.Length == 0 ? member.ToFullString().TrimStart('\n') : member.ToFullString());
            }

            return sections.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        }

        private static bool IsOwnSnapshot(string file, string prefix)
        {
            var rest = file.Substring(prefix.Length);
            return rest.StartsWith("#", StringComparison.Ordinal) || rest == ".verified.txt";
        }

        private static string Scrub(string text) => GeneratorVersion.Replace(text.Replace("\r\n", "\n"), "$1{version}$2");

        private static void Compare(string verifiedFile, string actual, List<string> failures)
        {
            var receivedFile = verifiedFile.Replace(".verified.", ".received.");
            var expected = File.Exists(verifiedFile) ? File.ReadAllText(verifiedFile).Replace("\r\n", "\n") : null;
            if (expected == actual)
            {
                File.Delete(receivedFile);
                return;
            }

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(verifiedFile)!);
                File.WriteAllText(verifiedFile, actual, new UTF8Encoding(false));
                File.Delete(receivedFile);
                return;
            }

            File.WriteAllText(receivedFile, actual, new UTF8Encoding(false));
            failures.Add(expected is null
                ? "New snapshot " + Path.GetFileName(receivedFile) + " written; review it and accept with " + AcceptVariable + "=1."
                : "Snapshot " + Path.GetFileName(verifiedFile) + " differs (received file written):\n" + LineDiff(expected, actual));
        }

        private static string LineDiff(string expected, string actual)
        {
            var diff = InlineDiffBuilder.Diff(expected, actual);
            var builder = new StringBuilder();
            foreach (var line in diff.Lines)
            {
                switch (line.Type)
                {
                    case ChangeType.Inserted: builder.Append("+ ").AppendLine(line.Text); break;
                    case ChangeType.Deleted: builder.Append("- ").AppendLine(line.Text); break;
                }
            }

            return builder.ToString();
        }
    }
}
