using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// The adjoint of a scalar is accumulated (<c>aAdjoint += e;</c>) and cleared once used (<c>aAdjoint = 0.0;</c>),
    /// so that the next assignment to the variable, perhaps in the next iteration, starts from zero. Where the
    /// adjoint is known to be zero, the first <c>+=</c> is an assignment: <c>aAdjoint = e;</c>. A clear that no
    /// statement reads before the next assignment is then dead, and goes. Two analyses of the reverse sweep, over its
    /// blocks and loops to a fixed point: which adjoints are zero before each statement (forward), and which are read
    /// after it (backward). <c>0 + e</c> is <c>e</c> exactly (a zero's sign aside), so no derivative changes.
    /// </summary>
    /// <remarks>
    /// Only the scalars the setup declares with the value zero and the forward sweep never names are considered:
    /// the adjoints of the body's scalars and of its result.
    /// </remarks>
    internal static class ZeroAdjoints
    {
        public static SweepProgram Apply(SweepProgram program)
        {
            var named = new HashSet<string>(program.Forward.SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names));
            named.UnionWith(program.Identifiers.Keys);
            named.UnionWith(program.Identifiers.Values);
            var candidates = new HashSet<string>(program.Setup
                .OfType<DeclareStatement>()
                .Where(d => d is { Value: null, Rank: 0, Type: BodyType.Double } && !named.Contains(d.Name))
                .Select(d => d.Name));
            if (candidates.Count == 0)
            {
                return program;
            }

            var folded = Fold(program.Reverse, new HashSet<string>(candidates), candidates, rewrite: true);
            var liveAtEnd = new HashSet<string>(program.Finish.SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names));
            var cleaned = Clean(folded, liveAtEnd, candidates, rewrite: true);
            return cleaned.Equals(program.Reverse) ? program : program with { Reverse = cleaned };
        }

        /// <summary>
        /// The block with each <c>+=</c> to an adjoint known to be zero made an assignment (when
        /// <paramref name="rewrite"/>); <paramref name="zero"/> holds the adjoints zero before the block, and on return
        /// those zero after it.
        /// </summary>
        private static EquatableArray<ProgramStatement> Fold(EquatableArray<ProgramStatement> block, HashSet<string> zero, HashSet<string> candidates, bool rewrite)
        {
            var result = new List<ProgramStatement>();
            foreach (var statement in block)
            {
                var rewritten = statement;
                switch (statement)
                {
                    case AddStatement add when SweepEffects.IsScalarName(add.Target, out var name):
                        if (rewrite && candidates.Contains(name) && zero.Contains(name))
                        {
                            rewritten = new SetStatement(add.Target, add.Value);
                        }

                        zero.Remove(name);
                        break;
                    case SetStatement set when SweepEffects.IsScalarName(set.Target, out var name):
                        if (SweepEffects.IsZero(set.Value) && candidates.Contains(name))
                        {
                            zero.Add(name);
                        }
                        else
                        {
                            zero.Remove(name);
                        }

                        break;
                    case AddSumStatement sum when SweepEffects.IsScalarName(sum.Target, out var name):
                        zero.Remove(name);
                        break;
                    case IncrementStatement increment when SweepEffects.IsScalarName(increment.Target, out var name):
                        zero.Remove(name);
                        break;
                    case DeclareStatement declare:
                        zero.Remove(declare.Name);
                        break;
                    case IfElseStatement @if:
                        var otherwise = new HashSet<string>(zero);
                        var then = Fold(@if.Then, zero, candidates, rewrite);
                        var @else = @if.Else is { } elseBlock ? Fold(elseBlock, otherwise, candidates, rewrite) : (EquatableArray<ProgramStatement>?)null;
                        zero.IntersectWith(otherwise);
                        rewritten = new IfElseStatement(@if.Condition, then, @else);
                        break;
                    case WhileStatement loop:
                        rewritten = loop with { Body = Loop(loop.Body, zero, candidates, rewrite, exitsAfterBody: loop.TestsAfterBody) };
                        break;
                    case CountDownStatement loop:
                        rewritten = loop with { Body = Loop(loop.Body, zero, candidates, rewrite, exitsAfterBody: false) };
                        break;
                }

                foreach (var passed in SweepEffects.Expressions(statement).SelectMany(SweepEffects.PassedByReference))
                {
                    zero.Remove(passed);
                }

                result.Add(rewritten);
            }

            return result.ToEquatableArray();
        }

        /// <summary>
        /// A loop's body, folded with what is zero at the top of every iteration: zero before the loop and at the end of
        /// the body, to a fixed point (the set only shrinks).
        /// </summary>
        private static EquatableArray<ProgramStatement> Loop(EquatableArray<ProgramStatement> body, HashSet<string> zero, HashSet<string> candidates, bool rewrite, bool exitsAfterBody)
        {
            var top = new HashSet<string>(zero);
            while (true)
            {
                var end = new HashSet<string>(top);
                Fold(body, end, candidates, rewrite: false);
                end.IntersectWith(top);
                if (end.SetEquals(top))
                {
                    break;
                }

                top = end;
            }

            var after = new HashSet<string>(top);
            var folded = Fold(body, after, candidates, rewrite);
            zero.Clear();
            zero.UnionWith(exitsAfterBody ? after : top);
            return folded;
        }

        /// <summary>
        /// The block without the clears of adjoints that nothing reads before they are assigned again (when
        /// <paramref name="rewrite"/>); <paramref name="live"/> holds the names read after the block, and on return
        /// those read after its start.
        /// </summary>
        private static EquatableArray<ProgramStatement> Clean(EquatableArray<ProgramStatement> block, HashSet<string> live, HashSet<string> candidates, bool rewrite)
        {
            var result = new List<ProgramStatement>();
            for (var k = block.Count - 1; k >= 0; k--)
            {
                var statement = block[k];
                switch (statement)
                {
                    case SetStatement set when SweepEffects.IsScalarName(set.Target, out var name):
                        if (rewrite && candidates.Contains(name) && SweepEffects.IsZero(set.Value) && !live.Contains(name))
                        {
                            continue;
                        }

                        live.Remove(name);
                        live.UnionWith(SweepEffects.Names(set.Value));
                        break;
                    case DeclareStatement declare:
                        live.Remove(declare.Name);
                        live.UnionWith(SweepEffects.Expressions(declare).SelectMany(SweepEffects.Names));
                        break;
                    case IfElseStatement @if:
                        var otherwise = new HashSet<string>(live);
                        var then = Clean(@if.Then, live, candidates, rewrite);
                        var @else = @if.Else is { } elseBlock ? Clean(elseBlock, otherwise, candidates, rewrite) : (EquatableArray<ProgramStatement>?)null;
                        live.UnionWith(otherwise);
                        live.UnionWith(SweepEffects.Names(@if.Condition));
                        statement = new IfElseStatement(@if.Condition, then, @else);
                        break;
                    case WhileStatement loop:
                        statement = loop with { Body = Loop(loop.Body, live, SweepEffects.Names(loop.Condition).ToList(), candidates, rewrite, testsAfterBody: loop.TestsAfterBody) };
                        break;
                    case CountDownStatement loop:
                        var counter = SweepEffects.Names(loop.Counter).ToList();
                        statement = loop with { Body = Loop(loop.Body, live, counter, candidates, rewrite, testsAfterBody: false) };
                        if (loop.Start is { } start)
                        {
                            live.UnionWith(SweepEffects.Names(start));
                        }

                        break;
                    default:
                        // += reads its target; an element's assignment reads its indices (and names its array, never a candidate).
                        live.UnionWith(SweepEffects.Expressions(statement).SelectMany(SweepEffects.Names));
                        break;
                }

                result.Add(statement);
            }

            result.Reverse();
            return result.ToEquatableArray();
        }

        /// <summary>
        /// A loop's body, cleaned with what is read after each iteration: what the loop's test reads, what is read after
        /// the loop, and what the body reads at its start, to a fixed point (the set only grows).
        /// </summary>
        private static EquatableArray<ProgramStatement> Loop(EquatableArray<ProgramStatement> body, HashSet<string> live, IReadOnlyCollection<string> test, HashSet<string> candidates, bool rewrite, bool testsAfterBody)
        {
            var afterBody = new HashSet<string>(live);
            afterBody.UnionWith(test);
            while (true)
            {
                var start = new HashSet<string>(afterBody);
                Clean(body, start, candidates, rewrite: false);
                var next = new HashSet<string>(live);
                next.UnionWith(test);
                next.UnionWith(start);
                if (next.SetEquals(afterBody))
                {
                    break;
                }

                afterBody = next;
            }

            var atStart = new HashSet<string>(afterBody);
            var cleaned = Clean(body, atStart, candidates, rewrite);
            if (testsAfterBody)
            {
                live.Clear();
                live.UnionWith(atStart);
            }
            else
            {
                live.UnionWith(test);
                live.UnionWith(atStart);
            }

            return cleaned;
        }
    }
}
