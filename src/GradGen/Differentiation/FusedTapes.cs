using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// In a loop whose reverse step <see cref="ReverseLoopFusion"/> moved to the end of each iteration, what an
    /// iteration pushes onto a tape is popped by its own step a few statements later. A value popped into a copy no
    /// statement reads is not pushed at all; a value whose expression nothing writes between push and pop is read from
    /// that expression instead. The tape space each iteration reserves shrinks with it, and a tape nothing pushes onto
    /// any more goes from the program.
    /// </summary>
    /// <remarks>
    /// Only tapes every push and pop of which, in the iteration and its step, stand at the top level (not in a branch
    /// or an inner loop), once per statement: the n-th pop of the step then takes the n-th push from the end of the
    /// iteration. Removing a matched pair leaves the others matched.
    /// </remarks>
    internal static class FusedTapes
    {
        /// <summary>The iteration (up to where the step goes) and the step, without the pairs that are not needed.</summary>
        public static (List<ProgramStatement> Iteration, List<ProgramStatement> Step) Apply(
            IReadOnlyList<ProgramStatement> iteration, IReadOnlyList<ProgramStatement> step, IReadOnlyCollection<string> copies)
        {
            var forward = iteration.ToList();
            var backward = step.ToList();
            var tapes = forward.OfType<PushStatement>().Select(p => p.Tape).Distinct().ToList();
            foreach (var tape in tapes)
            {
                Pairs(forward, backward, tape, copies);
            }

            backward.RemoveAll(s => s is DeclareStatement declare && copies.Contains(declare.Name)
                && !backward.Where(other => !ReferenceEquals(other, s)).SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names).Contains(declare.Name)
                && !SweepEffects.AllStatements(backward).OfType<DeclareStatement>().Any(d => !ReferenceEquals(d, s) && d.Name == declare.Name));
            return (forward, backward);
        }

        /// <summary>The program without the tapes nothing pushes onto any more: no buffer taken, none put back, no field.</summary>
        public static SweepProgram WithoutUnusedTapes(SweepProgram program)
        {
            var all = program.Setup.Concat(program.Forward).Concat(program.Reverse).Concat(program.Finish).ToList();
            var unused = program.Tapes.Where(tape => !SweepEffects.AllStatements(all).Any(s => s is PushStatement push && push.Tape.Equals(tape) || s is ReserveStatement reserve && reserve.Tape.Equals(tape))
                && !all.SelectMany(SweepEffects.AllExpressions).Any(e => Pops(e, tape) > 0)).ToList();
            if (unused.Count == 0)
            {
                return program;
            }

            bool Uses(ProgramStatement s) => s is OpenTapeStatement open && unused.Contains(open.Tape) || s is CloseTapeStatement close && unused.Contains(close.Tape);
            var reverse = program.Reverse.Where(s => !Uses(s)).ToList();
            return program with
            {
                Setup = program.Setup.Where(s => !Uses(s)).ToEquatableArray(),
                Reverse = (reverse.All(s => s is BlankLineStatement or CommentStatement) ? new List<ProgramStatement>() : reverse).ToEquatableArray(),
                Tapes = program.Tapes.Where(t => !unused.Contains(t)).ToEquatableArray(),
            };
        }

        private static void Pairs(List<ProgramStatement> iteration, List<ProgramStatement> step, TapeModel tape, IReadOnlyCollection<string> copies)
        {
            var pushes = iteration.Select((s, k) => (s, k)).Where(p => p.s is PushStatement push && push.Tape.Equals(tape)).Select(p => p.k).ToList();
            var pops = step.Select((s, k) => (s, k)).Where(p => SweepEffects.Expressions(p.s).Sum(e => Pops(e, tape)) > 0).Select(p => p.k).ToList();
            var nested = SweepEffects.AllStatements(iteration).Count(s => s is PushStatement push && push.Tape.Equals(tape)) != pushes.Count
                || SweepEffects.AllStatements(step).SelectMany(SweepEffects.Expressions).Sum(e => Pops(e, tape)) != pops.Count
                || pops.Any(k => SweepEffects.Expressions(step[k]).Sum(e => Pops(e, tape)) != 1)
                || iteration.Count(s => s is ReserveStatement reserve && reserve.Tape.Equals(tape)) != 1
                || SweepEffects.AllStatements(iteration).Count(s => s is ReserveStatement reserve && reserve.Tape.Equals(tape)) != 1;
            if (nested || pushes.Count != pops.Count || pushes.Count == 0)
            {
                return;
            }

            var removedPushes = new HashSet<int>();
            var removedPops = new HashSet<int>();
            for (var n = 0; n < pops.Count; n++)
            {
                var pushAt = pushes[pushes.Count - 1 - n];
                var popAt = pops[n];
                var pushed = ((PushStatement)iteration[pushAt]).Value;
                if (step[popAt] is SetStatement { Target: NameExpression { Indices.Count: 0 } copy } && copies.Contains(copy.Name)
                    && !step.Skip(popAt + 1).SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names).Contains(copy.Name))
                {
                    // Popped into a copy nothing reads: neither pushed nor popped.
                    removedPushes.Add(pushAt);
                    removedPops.Add(popAt);
                    continue;
                }

                var reads = new HashSet<string>(SweepEffects.Names(pushed));
                var written = iteration.Skip(pushAt + 1).Concat(step.Take(popAt)).SelectMany(s => SweepEffects.AllStatements(new[] { s })).SelectMany(ReverseLoopFusion.Writes);
                if (SweepEffects.IsPure(pushed) && !written.Any(reads.Contains))
                {
                    // Nothing wrote what the pushed expression reads: it still has the value the tape would give back.
                    removedPushes.Add(pushAt);
                    step[popAt] = ReverseLoopFusion.Substituted(step[popAt], e => ReverseLoopFusion.Substituted(e, part => part is PopExpression pop && pop.Tape.Equals(tape) ? pushed : null));
                }
            }

            for (var k = 0; k < iteration.Count; k++)
            {
                if (iteration[k] is ReserveStatement reserve && reserve.Tape.Equals(tape))
                {
                    iteration[k] = reserve with { Count = reserve.Count - removedPushes.Count };
                }
            }

            var kept = iteration.Where((s, k) => !removedPushes.Contains(k) && s is not ReserveStatement { Count: <= 0 }).ToList();
            iteration.Clear();
            iteration.AddRange(kept);
            var stepKept = step.Where((s, k) => !removedPops.Contains(k)).ToList();
            step.Clear();
            step.AddRange(stepKept);
        }

        private static int Pops(BodyExpression expression, TapeModel tape) =>
            (expression is PopExpression pop && pop.Tape.Equals(tape) ? 1 : 0) + BodyExpressions.Children(expression).Sum(child => Pops(child, tape));
    }
}
