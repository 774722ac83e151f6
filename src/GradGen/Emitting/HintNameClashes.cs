using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// The methods whose readable hint names clash. Roslyn compares hint names ignoring case and throws on a
    /// repeat, which fails the whole generator (CS8785), so clashes that valid code can produce must be resolved:
    /// methods <c>F</c> and <c>f</c>, overloads whose parameter types share a short name (<c>A.Foo</c> and
    /// <c>B.Foo</c>), identifiers that differ only in characters the file name sanitizes away. The first method of
    /// a clash, in a stable order, keeps its name; the others get <c>.2</c>, <c>.3</c>, ... before <c>.g.cs</c>
    /// (no identifier is a number, so these cannot clash again).
    /// </summary>
    internal sealed record HintNameClashes(EquatableArray<MethodModel> Methods)
    {
        private const string Extension = ".g.cs";

        public static HintNameClashes Find(ImmutableArray<MethodModel> methods)
        {
            var clashing = methods
                .GroupBy(method => method.HintName, StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Skip(1).Any())
                .SelectMany(group => group)
                .Distinct()
                .OrderBy(method => method.HintName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(method => method.HintName, StringComparer.Ordinal)
                .ThenBy(StableKey, StringComparer.Ordinal);
            return new HintNameClashes(clashing.ToEquatableArray());
        }

        /// <summary>Whether <paramref name="method"/> is emitted here, under a resolved name, instead of its own.</summary>
        public bool Contains(MethodModel method) =>
            Methods.Any(other => string.Equals(other.HintName, method.HintName, StringComparison.OrdinalIgnoreCase));

        /// <summary>Every clashing method once, with a hint name no other generated file has.</summary>
        public IEnumerable<(string HintName, MethodModel Method)> WithUniqueNames()
        {
            var index = 0;
            for (var i = 0; i < Methods.Count; i++)
            {
                var method = Methods[i];
                var firstOfItsName = i == 0 || !string.Equals(Methods[i - 1].HintName, method.HintName, StringComparison.OrdinalIgnoreCase);
                index = firstOfItsName ? 1 : index + 1;
                yield return (index == 1 ? method.HintName : Numbered(method.HintName, index), method);
            }
        }

        /// <summary>
        /// Files of other kinds (a type's helpers, a helper's copy) in a stable order, with the second and later of a
        /// name that differs only in case renamed by <paramref name="rename"/> with their number (2, 3, ...).
        /// </summary>
        public static ImmutableArray<T> Numbered<T>(IEnumerable<T> ordered, Func<T, string> hintName, Func<T, int, T> rename)
        {
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var result = ImmutableArray.CreateBuilder<T>();
            foreach (var item in ordered)
            {
                var name = hintName(item);
                seen[name] = seen.TryGetValue(name, out var count) ? count + 1 : 1;
                result.Add(seen[name] == 1 ? item : rename(item, seen[name]));
            }

            return result.ToImmutable();
        }

        /// <summary><c>N.T.F.g.cs</c> as <c>N.T.F.2.g.cs</c>, or with <paramref name="ending"/> for another ending than <c>.g.cs</c>.</summary>
        public static string Numbered(string hintName, int index, string ending = Extension) =>
            hintName.Substring(0, hintName.Length - ending.Length) + "." + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ending;

        /// <summary>Orders methods of one name by what tells them apart: where they are and what they take.</summary>
        private static string StableKey(MethodModel method) =>
            method.Namespace + "|" + string.Join(".", method.ContainingTypes.Select(type => type.Keyword + " " + type.Name)) + "|" + method.Name
            + "(" + string.Join(", ", method.Parameters.Select(parameter => parameter.Modifier + parameter.Type + " " + parameter.Name)) + ")";
    }
}
