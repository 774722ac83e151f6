using System.Linq;
using System.Text;
using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>
    /// File names for generated sources: <c>Namespace.Outer.Inner.Method.g.cs</c>, with the parameter types added
    /// for overloaded methods so that the names stay unique and do not change from build to build.
    /// </summary>
    internal static class HintNames
    {
        public static string For(IMethodSymbol method, string @namespace, System.Collections.Generic.IEnumerable<string> typeParts)
        {
            var builder = new StringBuilder();
            if (@namespace.Length > 0)
            {
                builder.Append(@namespace).Append('.');
            }

            foreach (var part in typeParts)
            {
                builder.Append(part).Append('.');
            }

            builder.Append(method.Name);
            if (method.ContainingType?.GetMembers(method.Name).OfType<IMethodSymbol>().Skip(1).Any() == true)
            {
                builder.Append('(').Append(string.Join(",", method.Parameters.Select(p => TypeNames.ForSignature(p.Type)))).Append(')');
            }

            return Sanitize(builder.ToString()) + ".g.cs";
        }

        /// <summary>
        /// The file of the helpers shared by the generated members of a type's methods (<see cref="TypeHelpersModel"/>):
        /// <c>-</c> is in no identifier, so no method's file has this name. Null where the method needs none
        /// (<see cref="TypeHelpersModel.HasTableau"/>).
        /// </summary>
        public static TypeHelpersModel? TypeHelpersOf(MethodModel method)
        {
            if (!TypeHelpersModel.HasTableau(method))
            {
                return null;
            }

            var builder = new StringBuilder();
            if (method.Namespace.Length > 0)
            {
                builder.Append(method.Namespace).Append('.');
            }

            foreach (var type in method.ContainingTypes)
            {
                builder.Append(type.FileNamePart).Append('.');
            }

            return new TypeHelpersModel(method.Namespace, method.ContainingTypes, Sanitize(builder.ToString()) + "GradGen-Helpers.g.cs");
        }

        /// <summary>Keeps characters that are valid in a file name on every operating system.</summary>
        private static string Sanitize(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var character in name)
            {
                switch (character)
                {
                    case '<': builder.Append('{'); break;
                    case '>': builder.Append('}'); break;
                    case ' ': case '?': break;
                    default:
                        builder.Append(char.IsLetterOrDigit(character) || "._,()[]{}`-".IndexOf(character) >= 0 ? character : '_');
                        break;
                }
            }

            return builder.ToString();
        }
    }
}
