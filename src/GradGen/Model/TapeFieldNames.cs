using System.Collections.Generic;
using System.Text;

namespace GradGen.Model
{
    /// <summary>
    /// The names of the private static fields that keep an exact gradient's tape buffers: <c>gradGenValueTape_M</c>
    /// and <c>gradGenControlTape_M</c>. An overloaded method adds its parameter types, fully qualified and with their
    /// modifiers (<c>gradGenValueTape_M_doubleArray2</c> for <c>M(double[,])</c>), so that overloads, each in a file
    /// of its own, never clash. Parsing checks them against the type's own members.
    /// </summary>
    internal static class TapeFieldNames
    {
        public const string Value = "Value";
        public const string Control = "Control";

        /// <param name="isOverloaded">Whether the type has other methods of this name (the hint name then lists the parameter types).</param>
        public static string For(string methodName, bool isOverloaded, IEnumerable<ParameterModel> parameters, string kind)
        {
            var name = new StringBuilder("gradGen" + kind + "Tape_" + methodName.TrimStart('@'));
            if (!isOverloaded)
            {
                return name.ToString();
            }

            foreach (var parameter in parameters)
            {
                name.Append('_');
                Append(name, parameter.ArgumentModifier.Trim());
                if (parameter.ArgumentModifier.Length > 0)
                {
                    name.Append('_');
                }

                Append(name, parameter.Type.Replace("global::", string.Empty).Replace("?", string.Empty));
            }

            return name.ToString();
        }

        /// <summary>Letters and digits as they are; <c>[,]</c> as <c>Array2</c>; any other character as <c>_</c>.</summary>
        private static void Append(StringBuilder name, string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '[')
                {
                    var rank = 1;
                    for (i++; i < text.Length && text[i] != ']'; i++)
                    {
                        rank += text[i] == ',' ? 1 : 0;
                    }

                    name.Append("Array").Append(rank > 1 ? rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
                }
                else
                {
                    name.Append(char.IsLetterOrDigit(text[i]) ? text[i] : '_');
                }
            }
        }
    }
}
