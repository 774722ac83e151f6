using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Chooses the loop-local values the reverse sweep computes again rather than keeping on a tape: a local
    /// declared once, at the top level of a loop body, from a cheap expression (no calls) whose inputs nothing
    /// assigns between the declaration and the last step of the iteration that reads the local in reverse, while
    /// reversing it or while putting back what it overwrote. In
    /// <c>double a = x[i + 1] - x[i] * x[i];</c> the reverse sweep recomputes <c>a</c> from <c>x</c> and the
    /// restored <c>i</c>, just before it reverses that last reader, instead of pushing and popping a value per iteration.
    /// </summary>
    internal static class Recomputation
    {
        /// <summary>Marks recomputed declarations and attaches each to the step before whose reverse it is recomputed.</summary>
        public static void Plan(List<SweepStep> steps, Func<AssignStep, ICollection<string>> reverseReads) =>
            Plan(steps, reverseReads, new HashSet<string>());

        /// <param name="recomputed">
        /// The locals already chosen, outer loops first and each body in order: a value computed from one of them is
        /// kept rather than recomputed, since their recomputation only makes them right where their own readers are.
        /// </param>
        private static void Plan(List<SweepStep> steps, Func<AssignStep, ICollection<string>> reverseReads, HashSet<string> recomputed)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case BranchStep branch:
                        Plan(branch.Then, reverseReads, recomputed);
                        Plan(branch.Else, reverseReads, recomputed);
                        break;
                    case LoopStep loop:
                        PlanBody(loop.Body, reverseReads, recomputed);
                        Plan(loop.Body, reverseReads, recomputed);
                        break;
                }
            }
        }

        private static void PlanBody(List<SweepStep> body, Func<AssignStep, ICollection<string>> reverseReads, HashSet<string> recomputed)
        {
            for (var s = 0; s < body.Count; s++)
            {
                if (body[s] is not AssignStep { IsOnlyAssignment: true, InLoop: true } declaration || !IsCheap(declaration.Value))
                {
                    continue;
                }

                var lastReader = -1;
                for (var r = s + 1; r < body.Count; r++)
                {
                    if (Assignments(body[r]).Any(a => reverseReads(a).Contains(declaration.Target) || MayReadWhileRestoring(a, declaration.Target)))
                    {
                        lastReader = r;
                    }
                }

                var inputs = new HashSet<string>(BodyExpressions.VariablesIn(declaration.Value));
                if (lastReader < 0 || inputs.Overlaps(recomputed) || body.Skip(s + 1).Take(lastReader - s).SelectMany(Assignments).Any(a => inputs.Contains(a.Target)))
                {
                    continue;
                }

                declaration.IsRecomputed = true;
                recomputed.Add(declaration.Target);
                body[lastReader].Recomputes.Add(declaration);
            }
        }

        /// <summary>
        /// Whether putting back the value an assignment overwrote may read <paramref name="variable"/>: undoing an
        /// integer increment reads the increment, and restoring an array element reads its indices. Which
        /// assignments restore is decided later, from what is recomputed, so every one that might counts here.
        /// </summary>
        private static bool MayReadWhileRestoring(AssignStep assign, string variable) =>
            assign.Indices.SelectMany(BodyExpressions.VariablesIn).Contains(variable)
            || (assign.IsIncrement(out var increment, out _) && BodyExpressions.VariablesIn(increment).Contains(variable));

        /// <summary>Arithmetic, element reads and conversions: cheaper to compute again than to keep on a tape.</summary>
        private static bool IsCheap(BodyExpression expression) =>
            expression is not (CallExpression or MethodCallExpression or NewArrayExpression) && BodyExpressions.Children(expression).All(IsCheap);

        private static IEnumerable<AssignStep> Assignments(SweepStep step) => step switch
        {
            AssignStep assign => new[] { assign },
            BranchStep branch => branch.Then.Concat(branch.Else).SelectMany(Assignments),
            LoopStep loop => loop.Body.SelectMany(Assignments),
            _ => Enumerable.Empty<AssignStep>(),
        };
    }
}
