using System.Text;

namespace GradGen.Model
{
    /// <summary>
    /// The names of the private static fields that keep an exact gradient's tape buffers: <c>gradGenValueTape_M</c>
    /// and <c>gradGenControlTape_M</c>, with the parameter types after the name for an overloaded method (as in its
    /// file name), so that overloads, each in a file of its own, do not clash. Parsing checks them for collisions.
    /// </summary>
    internal static class TapeFieldNames
    {
        public const string Value = "Value";
        public const string Control = "Control";

        public static string For(string methodName, string hintName, string kind)
        {
            var name = new StringBuilder("gradGen" + kind + "Tape_" + methodName.TrimStart('@'));
            var open = hintName.LastIndexOf('(');
            if (open >= 0)
            {
                foreach (var c in hintName.Substring(open))
                {
                    name.Append(char.IsLetterOrDigit(c) ? c : '_');
                }
            }

            return name.ToString().TrimEnd('_');
        }
    }
}
