using System.Collections.Generic;
using System.Linq;
using GradGen.Emitting;
using GradGen.Model;

namespace GradGen.Differentiation
{
    /// <summary>
    /// A tape of the exact gradient: an array the forward sweep pushes onto inside loops and the reverse sweep pops
    /// from. Its buffer is kept in a <c>[ThreadStatic]</c> field of the method's type between calls, so that a call
    /// allocates nothing once the buffer is large enough. A call takes the buffer out of the field and puts it back
    /// when done; a nested call (one gradient inside another's sweep) finds the field empty and makes its own.
    /// </summary>
    internal sealed class Tape
    {
        /// <summary>Buffers larger than this many elements (8 MB of doubles) are not kept after a call.</summary>
        public const int LargestKept = 1 << 20;

        private const int FirstLength = 64;

        private readonly string _keyword;
        private readonly string? _field;

        private Tape(string keyword, string array, string top, string? field)
        {
            _keyword = keyword;
            Array = array;
            Top = top;
            _field = field;
        }

        /// <summary>The local holding the buffer.</summary>
        public string Array { get; }

        /// <summary>The local counting the values on the tape.</summary>
        public string Top { get; }

        /// <summary>Whether the sweeps push onto this tape at all.</summary>
        public bool IsUsed { get; set; }

        /// <summary>The tape of real values (doubles; floats are kept exactly as doubles).</summary>
        public static Tape ForValues(MethodModel method, NameScope names) =>
            new("double", names.Unique("valueTape"), names.Unique("valueTop"), KeepsBuffer(method) ? TapeFieldNames.For(method.Name, method.HintName.Contains("("), method.Parameters, TapeFieldNames.Value) : null);

        /// <summary>The tape of integers, booleans, branch decisions and iteration counts.</summary>
        public static Tape ForControl(MethodModel method, NameScope names) =>
            new("long", names.Unique("controlTape"), names.Unique("controlTop"), KeepsBuffer(method) ? TapeFieldNames.For(method.Name, method.HintName.Contains("("), method.Parameters, TapeFieldNames.Control) : null);

        /// <summary>Interfaces keep no buffer: a static field in one needs C# 8 and runtime support.</summary>
        public static bool KeepsBuffer(MethodModel method) => method.ContainingTypes.All(t => t.Keyword != "interface");

        /// <summary>The field declaration, written in the method's type when the sweeps use the tape.</summary>
        private static void DeclareField(IndentedWriter writer, string field, string keyword, bool nullable)
        {
            writer.WriteLine(MemberWriter.GeneratedCodeAttribute);
            writer.WriteLine("[global::System.ThreadStatic]");
            writer.WriteLine("[global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]");
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.WriteLine("private static " + keyword + "[]" + (nullable ? "?" : string.Empty) + " " + field + ";");
        }

        /// <summary>
        /// Declares, once each, the fields keeping the buffers of the tapes used: <c>MGradient</c> and
        /// <c>MAccumulateGradient</c> share them (a call takes the buffer out of the field, so sharing is safe).
        /// </summary>
        public static void DeclareFields(IndentedWriter writer, IEnumerable<Tape> tapes, bool nullable)
        {
            foreach (var tape in tapes.Where(t => t.IsUsed && t._field is not null).GroupBy(t => t._field).Select(g => g.First()))
            {
                writer.WriteLine();
                DeclareField(writer, tape._field!, tape._keyword, nullable);
            }
        }

        /// <summary>Takes the kept buffer (or makes one) and starts the tape empty.</summary>
        public void Open(IndentedWriter writer)
        {
            if (_field is null)
            {
                writer.WriteLine(_keyword + "[] " + Array + " = new " + _keyword + "[" + Text(FirstLength) + "];");
            }
            else
            {
                writer.WriteLine(_keyword + "[] " + Array + " = " + _field + " ?? new " + _keyword + "[" + Text(FirstLength) + "];");
                writer.WriteLine(_field + " = null;");
            }

            writer.WriteLine("int " + Top + " = 0;");
        }

        /// <summary>Makes room for <paramref name="count"/> more values: once per loop iteration, before its pushes.</summary>
        public void Reserve(IndentedWriter writer, int count)
        {
            var needed = count == 1 ? Top : Top + " + " + Text(count);
            using (writer.OpenBlock("if (" + needed + " " + (count == 1 ? "==" : ">") + " " + Array + ".Length)"))
            {
                writer.WriteLine("global::System.Array.Resize(ref " + Array + ", 2 * " + Array + ".Length" + (count > FirstLength ? " + " + Text(count) : string.Empty) + ");");
            }
        }

        private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary><c>tape[top++] = value;</c></summary>
        public string Push(string value) => Array + "[" + Top + "++] = " + value + ";";

        /// <summary><c>tape[--top]</c></summary>
        public string Pop() => Array + "[--" + Top + "]";

        /// <summary>Puts the buffer back for the next call on this thread, unless it grew very large.</summary>
        public void Close(IndentedWriter writer)
        {
            if (_field is not null)
            {
                writer.WriteLine(_field + " = " + Array + ".Length <= " + Text(LargestKept) + " ? " + Array + " : null;");
            }
        }
    }
}
