using System.Collections.Generic;
using GradGen.Model.Body;

namespace GradGen.Model.Sweep
{
    /// <summary>
    /// The reverse-mode program of a body, as data: what <c>AdjointTransform</c> returns and <c>ProgramPrinter</c>
    /// prints. The forward sweep runs the body keeping what the reverse sweep needs (on tapes, in locals); the
    /// reverse sweep runs the steps backwards, restoring values and accumulating adjoints by the chain rule.
    /// </summary>
    /// <param name="Setup">Clearing destinations, declaring every local, opening the tapes.</param>
    /// <param name="Forward">The forward sweep.</param>
    /// <param name="Value">The local that keeps the method's value once the forward sweep is done.</param>
    /// <param name="ValueType">The method's return type.</param>
    /// <param name="Result">The local the forward sweep assigns the returned value to.</param>
    /// <param name="Reverse">The reverse sweep, ending with putting the tapes' buffers back.</param>
    /// <param name="Finish">Writing the adjoints of the scalar parameters to their destinations.</param>
    /// <param name="Tapes">The tapes the sweeps use; the type declares a field for each one that keeps its buffer.</param>
    /// <param name="Identifiers">The C# name of each variable of the body.</param>
    internal sealed record SweepProgram(
        EquatableArray<ProgramStatement> Setup,
        EquatableArray<ProgramStatement> Forward,
        string Value,
        BodyType ValueType,
        string Result,
        EquatableArray<ProgramStatement> Reverse,
        EquatableArray<ProgramStatement> Finish,
        EquatableArray<TapeModel> Tapes,
        IReadOnlyDictionary<string, string> Identifiers);

    /// <summary>
    /// A tape: an array the forward sweep pushes onto inside loops and the reverse sweep pops from, of
    /// <see cref="Element"/> (double for real values, long for integers, booleans, decisions and counts).
    /// </summary>
    /// <param name="Array">The local holding the buffer.</param>
    /// <param name="Top">The local counting the values on the tape.</param>
    /// <param name="Field">The <c>[ThreadStatic]</c> field keeping the buffer between calls; null where none is kept (interfaces).</param>
    internal sealed record TapeModel(BodyType Element, string Array, string Top, string? Field)
    {
        /// <summary>Buffers larger than this many elements (8 MB of doubles) are not kept after a call.</summary>
        public const int LargestKept = 1 << 20;

        /// <summary>The length of a new buffer.</summary>
        public const int FirstLength = 64;
    }

    /// <summary>A statement of a derivative program: the statements of a body and what the sweeps add to them.</summary>
    internal abstract record ProgramStatement;

    /// <summary>
    /// <c>double x = value;</c>, <c>var x = value;</c> when <see cref="Inferred"/>, or with no value the zero of its
    /// type (<c>double[,] a = new double[0, 0];</c>).
    /// </summary>
    internal sealed record DeclareStatement(string Name, BodyType Type, int Rank, BodyExpression? Value = null, bool Inferred = false, ArrayLayout Layout = ArrayLayout.Rectangular) : ProgramStatement;

    /// <summary><c>target = value;</c></summary>
    internal sealed record SetStatement(BodyExpression Target, BodyExpression Value) : ProgramStatement;

    /// <summary><c>target += value;</c></summary>
    internal sealed record AddStatement(BodyExpression Target, BodyExpression Value) : ProgramStatement;

    /// <summary>
    /// <c>target += a + b - c;</c>: the terms an array element's adjoint receives from one expression, added in one
    /// statement so that the element is read and written once; the sum is rounded once for a float destination.
    /// </summary>
    internal sealed record AddSumStatement(BodyExpression Target, EquatableArray<BodyExpression> Terms, bool RoundToFloat) : ProgramStatement;

    /// <summary><c>counter++;</c></summary>
    internal sealed record IncrementStatement(BodyExpression Target) : ProgramStatement;

    /// <summary>A call for its effect, such as a callee's <c>MAccumulateGradient</c>.</summary>
    internal sealed record CallStatement(BodyExpression Call) : ProgramStatement;

    /// <summary>
    /// Sets every element of an array to zero: of each row of an array of arrays, visited as <see cref="Row"/>, when
    /// <see cref="Layout"/> is <see cref="ArrayLayout.Jagged"/>.
    /// </summary>
    internal sealed record ClearStatement(BodyExpression Array, ArrayLayout Layout = ArrayLayout.Rectangular, string? Row = null) : ProgramStatement;

    /// <summary>
    /// <c>a[i] = new double[m];</c> for a row of a local array of arrays, and the same for its adjoint row where it has
    /// one, in the forward sweep. A row created a second time would take the values the reverse sweep reads with
    /// it, so the program throws instead (<see cref="Message"/>).
    /// </summary>
    internal sealed record AllocateRowStatement(BodyExpression Row, NewArrayExpression Value, BodyExpression? AdjointRow, string Message) : ProgramStatement;

    /// <summary><c>if</c>, with an <c>else</c> block (perhaps empty) unless <see cref="Else"/> is null.</summary>
    internal sealed record IfElseStatement(BodyExpression Condition, EquatableArray<ProgramStatement> Then, EquatableArray<ProgramStatement>? Else) : ProgramStatement;

    /// <summary><c>while</c>, or <c>do ... while</c> when <see cref="TestsAfterBody"/>.</summary>
    internal sealed record WhileStatement(BodyExpression Condition, EquatableArray<ProgramStatement> Body, bool TestsAfterBody) : ProgramStatement;

    /// <summary><c>for (counter = start; counter &gt; 0; counter--)</c>, starting from the counter's value when <see cref="Start"/> is null.</summary>
    internal sealed record CountDownStatement(BodyExpression Counter, BodyExpression? Start, EquatableArray<ProgramStatement> Body) : ProgramStatement;

    /// <summary>Takes the kept buffer (or makes one) and starts the tape empty.</summary>
    internal sealed record OpenTapeStatement(TapeModel Tape) : ProgramStatement;

    /// <summary>Makes room for <see cref="Count"/> more values: once per loop iteration, before its pushes.</summary>
    internal sealed record ReserveStatement(TapeModel Tape, int Count) : ProgramStatement;

    /// <summary>Pushes a value onto the tape.</summary>
    internal sealed record PushStatement(TapeModel Tape, BodyExpression Value) : ProgramStatement;

    /// <summary>Puts the buffer back for the next call on this thread, unless it grew very large.</summary>
    internal sealed record CloseTapeStatement(TapeModel Tape) : ProgramStatement;

    /// <summary><c>if (failsWhen) throw new ArgumentException(message, parameter);</c></summary>
    internal sealed record ArgumentCheckStatement(BodyExpression FailsWhen, string Parameter, string Message) : ProgramStatement;

    /// <summary>A line of explanation for the reader of the generated code.</summary>
    internal sealed record CommentStatement(string Text) : ProgramStatement;

    /// <summary>An empty line between the parts of the program.</summary>
    internal sealed record BlankLineStatement : ProgramStatement;

    /// <summary>The value on top of the tape, taken off it.</summary>
    internal sealed record PopExpression(TapeModel Tape) : BodyExpression(Tape.Element);

    /// <summary><c>ref variable</c>: an argument the callee adds into.</summary>
    internal sealed record RefExpression(BodyExpression Operand) : BodyExpression(Operand.Type);
}
