using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// An element of an adjoint array often receives two terms in one reverse step: Rosenbrock's
    /// <c>xGradient[i] += -bAdjoint;</c> and, a few statements on, <c>xGradient[i] += seed1 * x[i] + seed1 * x[i];</c>,
    /// each a load and a store of the element. The first add is moved into the second,
    /// <c>xGradient[i] += -bAdjoint + seed1 * x[i] + seed1 * x[i];</c>, where that computes the same sum: the statements
    /// between them and the second add's own terms read neither the element nor an array that may be the same array,
    /// and write nothing the first add reads (its terms, its indices). Writes between them to the same element, or to
    /// an array that may share it, must be adds too, which commute with it. Only the order of the additions changes,
    /// so the element receives the same terms, rounded as a sum.
    /// </summary>
    /// <remarks>
    /// Two arrays are taken to be distinct only where <paramref name="distinct"/> says so (a destination and the
    /// input the generated method checked it against) or where their elements differ in type; two indices of one
    /// array only where one dimension reads <c>e + c1</c> and <c>e + c2</c> with different constants. Anything other
    /// than assignments, adds and declarations of pure expressions (no tape, no call, no <c>ref</c>) ends the search.
    /// </remarks>
    internal static class ElementAdds
    {
        /// <param name="program">The program whose reverse sweep is rewritten.</param>
        /// <param name="distinct">Pairs of arrays the generated method has checked are not the same array: a destination and its input.</param>
        public static SweepProgram Apply(SweepProgram program, IReadOnlyCollection<(string Destination, string Input)> distinct)
        {
            var pairs = new HashSet<(string, string)>(distinct.SelectMany(p => new[] { (p.Destination, p.Input), (p.Input, p.Destination) }));
            var reverse = Block(program.Reverse, pairs);
            return reverse.Equals(program.Reverse) ? program : program with { Reverse = reverse };
        }

        private static EquatableArray<ProgramStatement> Block(EquatableArray<ProgramStatement> block, HashSet<(string, string)> distinct)
        {
            var statements = block.Select(statement => statement switch
            {
                IfElseStatement @if => new IfElseStatement(@if.Condition, Block(@if.Then, distinct), @if.Else is { } otherwise ? Block(otherwise, distinct) : null),
                WhileStatement loop => loop with { Body = Block(loop.Body, distinct) },
                CountDownStatement loop => loop with { Body = Block(loop.Body, distinct) },
                _ => statement,
            }).ToList();

            for (var first = 0; first < statements.Count; first++)
            {
                if (MergeTarget(statements, first, distinct) is { } second)
                {
                    statements[second] = new AddSumStatement(Target(statements[first]), Terms(statements[first]).Concat(Terms(statements[second])).ToEquatableArray(), RoundToFloat: false);
                    statements.RemoveAt(first);
                    first--;
                }
            }

            return statements.ToEquatableArray();
        }

        /// <summary>The position of a later add to the same element into which the add at <paramref name="first"/> can move; null if none.</summary>
        private static int? MergeTarget(List<ProgramStatement> statements, int first, HashSet<(string, string)> distinct)
        {
            if (!IsElementAdd(statements[first]))
            {
                return null;
            }

            var target = (NameExpression)Target(statements[first]);
            var reads = new HashSet<string>(Terms(statements[first]).Concat(target.Indices).SelectMany(SweepEffects.Names));
            var arraysRead = Terms(statements[first]).Concat(target.Indices).SelectMany(SweepEffects.ElementsRead).ToList();
            for (var k = first + 1; k < statements.Count; k++)
            {
                var statement = statements[k];
                if (IsElementAdd(statement) && Target(statement).Equals(target))
                {
                    return ReadsNone(Terms(statement), target, distinct) ? k : null;
                }

                if (!Commutes(statement, target, reads, arraysRead, distinct))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the add to <paramref name="target"/>, which reads <paramref name="reads"/> and the elements
        /// <paramref name="arraysRead"/>, may move past the statement.
        /// </summary>
        private static bool Commutes(ProgramStatement statement, NameExpression target, HashSet<string> reads, List<BodyExpression> arraysRead, HashSet<(string, string)> distinct)
        {
            if (statement is not (SetStatement or AddStatement or AddSumStatement or DeclareStatement) || !SweepEffects.Expressions(statement).All(SweepEffects.IsPure))
            {
                return false;
            }

            var isAdd = statement is AddStatement or AddSumStatement;
            switch (statement)
            {
                case DeclareStatement declare:
                    return !reads.Contains(declare.Name) && ReadsNone(SweepEffects.Expressions(declare), target, distinct);
                case var _ when Target(statement) is NameExpression { Indices.Count: 0 } or VariableExpression:
                    var name = Target(statement) is NameExpression local ? local.Name : ((VariableExpression)Target(statement)).Name;
                    return !reads.Contains(name) && ReadsNone(Terms(statement), target, distinct);
                case var _ when Target(statement) is not (NameExpression or ElementExpression):
                    return false;
                default:
                    var written = Target(statement);
                    var (array, indices) = SweepEffects.Element(written);
                    if (reads.Contains(array) || arraysRead.Any(read => MayShare(read, written, distinct)))
                    {
                        return false;
                    }

                    // Another add to the element, or to an array that may share it, commutes with this one; an assignment does not.
                    if (MayShare(written, target, distinct) && !isAdd)
                    {
                        return false;
                    }

                    return ReadsNone(Terms(statement).Concat(indices), target, distinct);
            }
        }

        /// <summary>Whether the expressions read neither the target element nor any array that may share it.</summary>
        private static bool ReadsNone(IEnumerable<BodyExpression> expressions, NameExpression target, HashSet<(string, string)> distinct) =>
            !expressions.SelectMany(SweepEffects.ElementsRead).Any(read => MayShare(read, target, distinct));

        /// <summary>Whether two element expressions may be the same element.</summary>
        private static bool MayShare(BodyExpression one, BodyExpression other, HashSet<(string, string)> distinct)
        {
            var (array, indices) = SweepEffects.Element(one);
            var (otherArray, otherIndices) = SweepEffects.Element(other);
            if (one.Type != other.Type || distinct.Contains((array, otherArray)))
            {
                return false;
            }

            return array != otherArray || !Differ(indices, otherIndices);
        }

        /// <summary>Whether two indices of one array are different elements whatever the variables hold: <c>[i]</c> and <c>[i + 1]</c>.</summary>
        private static bool Differ(EquatableArray<BodyExpression> one, EquatableArray<BodyExpression> other) =>
            one.Count == other.Count && Enumerable.Range(0, one.Count).Any(d =>
                Offset(one[d]) is var (@base, constant) && Offset(other[d]) is var (otherBase, otherConstant)
                && Equals(@base, otherBase) && constant != otherConstant);

        /// <summary><c>e + c</c> as (e, c); a constant as (null, c); anything else as (itself, 0).</summary>
        private static (BodyExpression? Base, long Constant) Offset(BodyExpression index) => index switch
        {
            LiteralExpression literal when long.TryParse(literal.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) => (null, value),
            BinaryExpression { Operator: BinaryOperator.Add, Right: LiteralExpression right } add when Offset(right) is (null, var c) => Shift(Offset(add.Left), c),
            BinaryExpression { Operator: BinaryOperator.Subtract, Right: LiteralExpression right } subtract when Offset(right) is (null, var c) => Shift(Offset(subtract.Left), -c),
            _ => (index, 0),
        };

        private static (BodyExpression? Base, long Constant) Shift((BodyExpression? Base, long Constant) offset, long by) => (offset.Base, offset.Constant + by);

        /// <summary>An add of double terms to an element of a program array, whose indices and terms only read.</summary>
        private static bool IsElementAdd(ProgramStatement statement) =>
            statement is AddStatement { Target: NameExpression { Indices.Count: > 0, Type: BodyType.Double } } or AddSumStatement { Target: NameExpression { Indices.Count: > 0, Type: BodyType.Double }, RoundToFloat: false }
            && SweepEffects.Expressions(statement).All(SweepEffects.IsPure);

        private static BodyExpression Target(ProgramStatement statement) => statement switch
        {
            SetStatement set => set.Target,
            AddStatement add => add.Target,
            AddSumStatement sum => sum.Target,
            _ => throw new System.InvalidOperationException("No target: " + statement.GetType().Name),
        };

        private static IEnumerable<BodyExpression> Terms(ProgramStatement statement) => statement switch
        {
            SetStatement set => new[] { set.Value },
            AddStatement add => new[] { add.Value },
            AddSumStatement sum => sum.Terms,
            _ => throw new System.InvalidOperationException("No terms: " + statement.GetType().Name),
        };
    }
}
