using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Lets the derivative programs of a method with an [Output] array write its outputs straight into that array
    /// (issue 13). The body model stands for the array by a local created as <c>new double[du.Length]</c> (see
    /// <c>BodyParser.DeclareOutput</c>); once a transform has run, that creation becomes <c>local = du</c>, so that the
    /// one pass that computes J v or u^T J also leaves the method's value in the array, as the method would (elements
    /// it does not write keep what they held), instead of the method being called once more beforehand to put it
    /// there. The body never reads the array (GG0024), so writing it early changes nothing the pass computes.
    /// </summary>
    internal static class OutputAlias
    {
        /// <summary>The forward-mode program with the output local made the [Output] array itself; null where it does not create the local first.</summary>
        /// <param name="program">What <see cref="TangentTransform"/> returned for the lowered body.</param>
        /// <param name="local">The local that stands for the [Output] array.</param>
        /// <param name="parameter">The [Output] parameter.</param>
        public static ExactBody? TryApply(ExactBody program, string local, BodyVariable parameter)
        {
            var statements = program.Statements.ToList();
            var creation = statements.FindIndex(s => IsCreation(s, local));
            if (creation < 0)
            {
                return null;
            }

            statements[creation] = new AssignStatement(local, EquatableArray<BodyExpression>.Empty, new VariableExpression(parameter.Name, parameter.Type));
            return new ExactBody(program.Variables, statements.ToEquatableArray());
        }

        /// <summary>
        /// The reverse-mode program with the output local made the [Output] array itself; null where the reverse
        /// sweep writes the local's elements back (restores them), which would leave other values in the array.
        /// </summary>
        public static SweepProgram? TryApply(SweepProgram program, string local, BodyVariable parameter)
        {
            if (Writes(program.Reverse, local))
            {
                return null;
            }

            var forward = program.Forward.ToList();
            var creation = forward.FindIndex(s => s is SetStatement { Target: VariableExpression target, Value: NewArrayExpression } && target.Name == local);
            if (creation < 0)
            {
                return null;
            }

            forward[creation] = new SetStatement(new VariableExpression(local, parameter.Type), new VariableExpression(parameter.Name, parameter.Type));
            return program with { Forward = forward.ToEquatableArray() };
        }

        private static bool IsCreation(BodyStatement statement, string local) =>
            statement is AssignStatement { Indices.Count: 0, Value: NewArrayExpression } assign && assign.Target == local;

        private static bool Writes(IEnumerable<ProgramStatement> statements, string local) => statements.Any(statement => statement switch
        {
            SetStatement set => set.Target is ElementExpression element && element.Array == local || set.Target is VariableExpression variable && variable.Name == local,
            IfElseStatement @if => Writes(@if.Then, local) || (@if.Else is { } otherwise && Writes(otherwise, local)),
            WhileStatement loop => Writes(loop.Body, local),
            CountDownStatement loop => Writes(loop.Body, local),
            _ => false,
        });
    }
}
