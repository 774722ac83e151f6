using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// One step of the body with its control flow lowered to <c>if</c> and loops, annotated with what the forward
    /// sweep keeps for the reverse sweep. Both sweeps walk the same steps, so what one pushes the other pops.
    /// </summary>
    internal abstract class SweepStep
    {
        /// <summary>Loop-local values the reverse sweep computes again just before reversing this step.</summary>
        public List<AssignStep> Recomputes { get; } = new();
    }

    /// <summary>
    /// How the reverse sweep gets back a value the forward sweep overwrote: not at all when no reverse step reads
    /// it, by undoing an integer increment, else from a tape inside loops or a local of its own outside them.
    /// </summary>
    internal enum KeepIn
    {
        Nothing,
        Local,
        Tape,
        Inverse,
        Recompute,
    }

    /// <summary><c>target = value</c>; <see cref="Keep"/> says how the reverse sweep gets the overwritten value back.</summary>
    internal sealed class AssignStep : SweepStep
    {
        public AssignStep(string target, EquatableArray<BodyExpression> indices, BodyExpression value, bool overwrites, bool inLoop, bool isOnlyAssignment)
        {
            Target = target;
            Indices = indices;
            Value = value;
            Overwrites = overwrites;
            InLoop = inLoop;
            IsOnlyAssignment = isOnlyAssignment;
        }

        public string Target { get; }

        public EquatableArray<BodyExpression> Indices { get; }

        public BodyExpression Value { get; }

        /// <summary>Whether the assignment can overwrite a value some step assigned or the caller passed in.</summary>
        public bool Overwrites { get; }

        /// <summary>Whether the assignment runs inside a loop, where a kept value goes on a tape.</summary>
        public bool InLoop { get; }

        /// <summary>Whether this is the one assignment to a scalar local anywhere in the body.</summary>
        public bool IsOnlyAssignment { get; }

        /// <summary>Set when the reverse sweep computes the value again instead of keeping it (<see cref="Recomputation"/>).</summary>
        public bool IsRecomputed { get; set; }

        /// <summary>Decided by <see cref="RestoreAnalysis"/>.</summary>
        public KeepIn Keep { get; set; }

        /// <summary>
        /// Whether the assignment is <c>v = v + e</c>, <c>v = e + v</c> or <c>v = v - e</c> for a scalar <c>v</c> and an
        /// <c>e</c> that does not read <c>v</c>: a running sum, whose adjoint passes through to <c>v</c> unchanged, or
        /// for an integer an increment the reverse sweep can undo.
        /// </summary>
        public bool IsIncrement(out BodyExpression increment, out bool subtracts)
        {
            increment = Value;
            subtracts = false;
            if (Indices.Count != 0 || Value is not BinaryExpression { Operator: BinaryOperator.Add or BinaryOperator.Subtract } binary)
            {
                return false;
            }

            if (IsTarget(binary.Left))
            {
                increment = binary.Right;
                subtracts = binary.Operator == BinaryOperator.Subtract;
            }
            else if (binary.Operator == BinaryOperator.Add && IsTarget(binary.Right))
            {
                increment = binary.Left;
            }
            else
            {
                return false;
            }

            return !BodyExpressions.VariablesIn(increment).Contains(Target);
        }

        private bool IsTarget(BodyExpression expression) => expression is VariableExpression variable && variable.Name == Target;

        /// <summary>The local that keeps the overwritten value when <see cref="Keep"/> is <see cref="KeepIn.Local"/>.</summary>
        public string? KeptIn { get; set; }
    }

    /// <summary>Sets one of the flags that stand for <c>break</c>, <c>continue</c> and <c>return</c>; nothing to undo.</summary>
    internal sealed class FlagStep : SweepStep
    {
        public FlagStep(string flag, bool value)
        {
            Flag = flag;
            Value = value;
        }

        public string Flag { get; }

        public bool Value { get; }
    }

    /// <summary>An <c>if</c> whose decision is recorded (on the tape inside loops, else in <see cref="Decision"/>).</summary>
    internal sealed class BranchStep : SweepStep
    {
        public BranchStep(BodyExpression condition, List<SweepStep> then, List<SweepStep> @else, bool onTape)
        {
            Condition = condition;
            Then = then;
            Else = @else;
            OnTape = onTape;
        }

        public BodyExpression Condition { get; }

        public List<SweepStep> Then { get; }

        public List<SweepStep> Else { get; }

        public bool OnTape { get; }

        /// <summary>The local holding the decision; null when the branches have nothing to reverse.</summary>
        public string? Decision { get; set; }
    }

    /// <summary>A loop whose iteration count is recorded (on the tape inside other loops, else in <see cref="Counter"/>).</summary>
    internal sealed class LoopStep : SweepStep
    {
        public LoopStep(BodyExpression condition, List<SweepStep> body, bool testsAfterBody, bool onTape)
        {
            Condition = condition;
            Body = body;
            TestsAfterBody = testsAfterBody;
            OnTape = onTape;
        }

        public BodyExpression Condition { get; }

        public List<SweepStep> Body { get; }

        public bool TestsAfterBody { get; }

        public bool OnTape { get; }

        /// <summary>The local counting iterations; null when the body has nothing to reverse.</summary>
        public string? Counter { get; set; }

        /// <summary>How many values one iteration pushes onto the value tape, not counting nested loops' own iterations.</summary>
        public int ValuePushes { get; set; }

        /// <summary>How many values one iteration pushes onto the control tape, not counting nested loops' own iterations.</summary>
        public int ControlPushes { get; set; }
    }
}
