using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace GradGen.Emitting
{
    /// <summary>
    /// Hands out identifiers for one generated method that cannot clash with the user's parameter names: a user
    /// parameter called <c>step</c> or <c>value</c> must not be shadowed or redeclared.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> _used = new();

        public NameScope(IEnumerable<string> reserved)
        {
            foreach (var name in reserved)
            {
                _used.Add(name);
            }
        }

        /// <summary>An unused identifier: <paramref name="preferred"/> itself, or it with a number after it.</summary>
        public string Unique(string preferred)
        {
            var name = preferred;
            for (var suffix = 1; !_used.Add(name); suffix++)
            {
                name = preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Escape(name);
        }

        /// <summary>Prefixes <c>@</c> to a name that is a C# keyword, such as a parameter named <c>double</c>.</summary>
        public static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
