using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Decides which overwritten values the reverse sweep needs back (the "to be recorded" analysis of
    /// source-transformation AD). The reverse sweep walks the steps backwards; a step's reverse reads some
    /// variables, which must then hold the values they had just after the step ran forward. So an assignment must
    /// restore the value it overwrote only if a reverse read of that value can come after it in the reverse
    /// sweep: if some step before it in forward order reads the variable in reverse with no other assignment to
    /// the variable in between, or it reads the old value itself. A running sum (<c>s += e</c>) that nothing else
    /// reads keeps nothing; an integer increment (<c>i++</c>, <c>i += k</c>) is undone by subtracting it; a
    /// loop-local value <see cref="Recomputation"/> chose is computed again instead.
    /// </summary>
    /// <remarks>
    /// The analysis flows forwards over the steps, carrying the variables still "pending": read in reverse by an
    /// earlier step and not assigned since. Branches join by union; loops iterate to a fixed point. Array elements
    /// are tracked per array, and never stop being pending, since one element's assignment does not replace the others.
    /// </remarks>
    internal static class RestoreAnalysis
    {
        /// <param name="steps">The planned steps; each assignment's <see cref="AssignStep.Keep"/> is set.</param>
        /// <param name="reverseReads">The variables an assignment's reverse code reads (not counting its restore).</param>
        /// <param name="typeOf">A variable's type.</param>
        public static void Decide(List<SweepStep> steps, Func<AssignStep, ICollection<string>> reverseReads, Func<string, BodyType> typeOf) =>
            Flow(steps, new HashSet<string>(), reverseReads, typeOf);

        /// <summary>
        /// The undone increment of <c>i = i + k</c>, <c>i = k + i</c> or <c>i = i - k</c> for an integer <c>i</c>
        /// and a <c>k</c> that does not read <c>i</c>: exact, overflow included, so nothing needs to be kept.
        /// </summary>
        public static bool IsIncrement(AssignStep assign, BodyType targetType, out BodyExpression increment, out bool subtracts) =>
            assign.IsIncrement(out increment, out subtracts)
            && targetType is BodyType.Int or BodyType.Long
            && (increment.Type == BodyType.Int || increment.Type == targetType);

        private static HashSet<string> Flow(List<SweepStep> steps, HashSet<string> pending, Func<AssignStep, ICollection<string>> reads, Func<string, BodyType> typeOf)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case AssignStep assign:
                        pending = Assign(assign, pending, reads(assign), typeOf);
                        break;
                    case BranchStep branch:
                        var then = Flow(branch.Then, new HashSet<string>(pending), reads, typeOf);
                        pending = Flow(branch.Else, pending, reads, typeOf);
                        pending.UnionWith(then);
                        break;
                    case LoopStep loop:
                        // The body may run any number of times, none included: what is pending at its start is what
                        // comes in from before the loop joined with what comes round from its own end.
                        var entry = new HashSet<string>(pending);
                        while (true)
                        {
                            var end = Flow(loop.Body, new HashSet<string>(entry), reads, typeOf);
                            var count = entry.Count;
                            entry.UnionWith(end);
                            if (entry.Count == count)
                            {
                                break;
                            }
                        }

                        pending = entry;
                        break;
                    case FlagStep:
                        break;
                    default:
                        throw new InvalidOperationException("Unknown step " + step.GetType().Name);
                }

                foreach (var recomputed in step.Recomputes)
                {
                    // Computing a loop-local value again, before this step's reverse, reads its inputs as they are after this step.
                    pending.UnionWith(BodyExpressions.VariablesIn(recomputed.Value));
                }
            }

            return pending;
        }

        private static HashSet<string> Assign(AssignStep assign, HashSet<string> pending, ICollection<string> reads, Func<string, BodyType> typeOf)
        {
            var target = assign.Target;
            var isElement = assign.Indices.Count > 0;
            var needed = assign.Overwrites && (pending.Contains(target) || reads.Contains(target));
            assign.Keep = assign.IsRecomputed ? KeepIn.Recompute
                : !needed ? KeepIn.Nothing
                : IsIncrement(assign, typeOf(target), out _, out _) ? KeepIn.Inverse
                : assign.InLoop ? KeepIn.Tape
                : KeepIn.Local;

            if (!isElement)
            {
                pending.Remove(target);
            }

            foreach (var name in reads)
            {
                if (name != target || isElement)
                {
                    pending.Add(name);
                }
            }

            if (isElement && assign.Keep != KeepIn.Nothing)
            {
                // Restoring an element reads its indices.
                pending.UnionWith(assign.Indices.SelectMany(BodyExpressions.VariablesIn));
            }

            if (assign.Keep == KeepIn.Inverse)
            {
                // Undoing it reads the value it left and the increment's variables.
                IsIncrement(assign, typeOf(target), out var increment, out _);
                pending.Add(target);
                pending.UnionWith(BodyExpressions.VariablesIn(increment));
            }

            return pending;
        }
    }
}
