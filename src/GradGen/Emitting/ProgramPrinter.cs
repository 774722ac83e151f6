using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Prints a derivative program (<see cref="SweepProgram"/>) as C#: the one place that knows how its statements,
    /// tapes included, are spelled.
    /// </summary>
    internal sealed class ProgramPrinter
    {
        private readonly IndentedWriter _writer;
        private readonly ExpressionWriter _expressions;

        private ProgramPrinter(IndentedWriter writer, IReadOnlyDictionary<string, string> identifiers)
        {
            _writer = writer;
            _expressions = new ExpressionWriter(name => identifiers.TryGetValue(name, out var identifier) ? identifier : name);
        }

        /// <summary>Prints the sweeps and returns the name of the local holding the method's value.</summary>
        public static string Write(IndentedWriter writer, SweepProgram program)
        {
            var printer = new ProgramPrinter(writer, program.Identifiers);
            printer.Block(program.Setup);
            printer.Block(program.Forward);
            printer.Block(program.Reverse);
            printer.Block(program.Finish);
            return program.Value;
        }

        /// <summary>
        /// Declares, once each, the fields keeping the buffers of the tapes: <c>MGradient</c> and
        /// <c>MAccumulateGradient</c> share them (a call takes the buffer out of the field, so sharing is safe).
        /// </summary>
        public static void DeclareTapeFields(IndentedWriter writer, IEnumerable<TapeModel> tapes, bool nullable)
        {
            foreach (var tape in tapes.Where(t => t.Field is not null).GroupBy(t => t.Field).Select(g => g.First()))
            {
                writer.WriteLine();
                writer.WriteLine(MemberWriter.GeneratedCodeAttribute);
                writer.WriteLine("[global::System.ThreadStatic]");
                writer.WriteLine("[global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]");
                writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                writer.WriteLine("private static " + tape.Element.Keyword() + "[]" + (nullable ? "?" : string.Empty) + " " + tape.Field + ";");
            }
        }

        private void Block(IEnumerable<ProgramStatement> statements)
        {
            foreach (var statement in statements)
            {
                Statement(statement);
            }
        }

        private void Statement(ProgramStatement statement)
        {
            switch (statement)
            {
                case DeclareStatement { Value: null } declare:
                    _writer.WriteLine(BodyPrinter.Declaration(declare.Type, declare.Rank, declare.Name, declare.Layout));
                    break;
                case DeclareStatement declare:
                    var type = declare.Inferred ? "var" : declare.Type.Keyword() + (declare.Rank == 0 ? string.Empty : declare.Layout == Model.ArrayLayout.Jagged ? "[][]" : "[" + new string(',', declare.Rank - 1) + "]");
                    _writer.WriteLine(type + " " + declare.Name + " = " + Text(declare.Value!) + ";");
                    break;
                case SetStatement set:
                    _writer.WriteLine(Text(set.Target) + " = " + Text(set.Value) + ";");
                    break;
                case AddStatement add:
                    _writer.WriteLine(Text(add.Target) + " += " + Text(add.Value) + ";");
                    break;
                case AddSumStatement sum:
                    _writer.WriteLine(Text(sum.Target) + " += " + Sum(sum.Terms, sum.RoundToFloat) + ";");
                    break;
                case IncrementStatement increment:
                    _writer.WriteLine(Text(increment.Target) + "++;");
                    break;
                case CallStatement call:
                    _writer.WriteLine(Text(call.Call) + ";");
                    break;
                case ClearStatement { Layout: Model.ArrayLayout.Jagged } clear:
                    using (_writer.OpenBlock("foreach (" + clear.Array.Type.Keyword() + "[] " + clear.Row + " in " + Text(clear.Array) + ")"))
                    {
                        _writer.WriteLine("global::System.Array.Clear(" + clear.Row + ", 0, " + clear.Row + ".Length);");
                    }

                    break;
                case ClearStatement { Layout: Model.ArrayLayout.Span or Model.ArrayLayout.ReadOnlySpan } clear:
                    _writer.WriteLine(Text(clear.Array) + ".Clear();");
                    break;
                case ClearStatement clear:
                    var array = Text(clear.Array);
                    _writer.WriteLine("global::System.Array.Clear(" + array + ", 0, " + array + ".Length);");
                    break;
                case AllocateRowStatement row:
                    var primalRow = Text(row.Row);
                    using (_writer.OpenBlock("if (" + primalRow + " != null)"))
                    {
                        _writer.WriteLine("throw new global::System.InvalidOperationException(\"" + row.Message + "\");");
                    }

                    _writer.WriteLine(primalRow + " = " + Text(row.Value) + ";");
                    if (row.AdjointRow is { } adjointRow)
                    {
                        _writer.WriteLine(Text(adjointRow) + " = " + Text(row.Value with { Type = BodyType.Double }) + ";");
                    }

                    break;
                case IfElseStatement @if:
                    using (_writer.OpenBlock("if (" + Text(@if.Condition) + ")"))
                    {
                        Block(@if.Then);
                    }

                    if (@if.Else is { } @else)
                    {
                        using (_writer.OpenBlock("else"))
                        {
                            Block(@else);
                        }
                    }

                    break;
                case WhileStatement loop:
                    var condition = Text(loop.Condition);
                    using (loop.TestsAfterBody ? _writer.OpenBlock("do", "} while (" + condition + ");") : _writer.OpenBlock("while (" + condition + ")"))
                    {
                        Block(loop.Body);
                    }

                    break;
                case CountDownStatement countDown:
                    var counter = Text(countDown.Counter);
                    var start = countDown.Start is { } value ? counter + " = " + Text(value) : string.Empty;
                    using (_writer.OpenBlock("for (" + start + "; " + counter + " > 0; " + counter + "--)"))
                    {
                        Block(countDown.Body);
                    }

                    break;
                case OpenTapeStatement open:
                    OpenTape(open.Tape);
                    break;
                case ReserveStatement reserve:
                    Reserve(reserve.Tape, reserve.Count);
                    break;
                case PushStatement push:
                    _writer.WriteLine(push.Tape.Array + "[" + push.Tape.Top + "++] = " + Text(push.Value) + ";");
                    break;
                case CloseTapeStatement { Tape.Field: { } field } close:
                    _writer.WriteLine(field + " = " + close.Tape.Array + ".Length <= " + Number(TapeModel.LargestKept) + " ? " + close.Tape.Array + " : null;");
                    break;
                case CloseTapeStatement:
                    break;
                case ArgumentCheckStatement check:
                    ArrayCode.WriteArgumentCheck(_writer, Text(check.FailsWhen), check.Parameter, check.Message);
                    break;
                case CommentStatement comment:
                    _writer.WriteLine("// " + comment.Text);
                    break;
                case BlankLineStatement:
                    _writer.WriteLine();
                    break;
                default:
                    throw new InvalidOperationException("Unknown program statement " + statement.GetType().Name);
            }
        }

        private string Text(BodyExpression expression) => _expressions.Text(expression);

        /// <summary><c>a + b - c</c> in the order met; the sum is taken in double and rounded once for a float destination.</summary>
        private string Sum(IEnumerable<BodyExpression> expressions, bool roundToFloat)
        {
            var terms = expressions.Select(_expressions.Write).ToList();
            var sum = terms[0].At(Code.Additive);
            foreach (var term in terms.Skip(1))
            {
                var text = term.At(Code.Unary);
                sum += text.StartsWith("-", StringComparison.Ordinal) && term.Precedence == Code.Unary
                    ? " - " + text.Substring(1)
                    : " + " + term.At(Code.Additive + 1);
            }

            var total = new Code(sum, terms.Count == 1 ? terms[0].Precedence : Code.Additive);
            return roundToFloat ? "(float)" + total.At(Code.Primary) : total.Text;
        }

        private void OpenTape(TapeModel tape)
        {
            var keyword = tape.Element.Keyword();
            if (tape.Field is null)
            {
                _writer.WriteLine(keyword + "[] " + tape.Array + " = new " + keyword + "[" + Number(TapeModel.FirstLength) + "];");
            }
            else
            {
                _writer.WriteLine(keyword + "[] " + tape.Array + " = " + tape.Field + " ?? new " + keyword + "[" + Number(TapeModel.FirstLength) + "];");
                _writer.WriteLine(tape.Field + " = null;");
            }

            _writer.WriteLine("int " + tape.Top + " = 0;");
        }

        private void Reserve(TapeModel tape, int count)
        {
            var needed = count == 1 ? tape.Top : tape.Top + " + " + Number(count);
            using (_writer.OpenBlock("if (" + needed + " " + (count == 1 ? "==" : ">") + " " + tape.Array + ".Length)"))
            {
                _writer.WriteLine("global::System.Array.Resize(ref " + tape.Array + ", 2 * " + tape.Array + ".Length" + (count > TapeModel.FirstLength ? " + " + Number(count) : string.Empty) + ");");
            }
        }

        private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
    }
}
