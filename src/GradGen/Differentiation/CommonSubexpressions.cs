using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Computes once what a forward-mode program computes twice (issue 13's J v target): the tangent of
    /// <c>y[i] = Math.Sin(x[i]) * x[(i + 1) % n]</c> reads <c>Math.Sin(x[i])</c> and <c>(i + 1) % n</c> again, and
    /// the assignment that follows it reads them once more. Within a run of consecutive assignments, a
    /// <c>Math</c> call or an integer division or remainder met at least twice is assigned to a new local before its
    /// first use and read from it after, as long as no assignment between its uses writes anything it reads. A model
    /// transform of the program, so the value is bit for bit the one the expression gives: the same operations on the
    /// same operands.
    /// </summary>
    /// <remarks>
    /// An expression that is evaluated only on some paths (a branch of <c>?:</c>, the right operand of <c>&amp;&amp;</c>
    /// and <c>||</c>) is neither counted nor replaced: evaluated before the statement, an index could be out of range,
    /// or a remainder divide by zero, where the method itself never evaluates it.
    /// </remarks>
    internal static class CommonSubexpressions
    {
        private const string Prefix = "common";

        public static ExactBody Apply(ExactBody body)
        {
            var taken = new HashSet<string>(body.Variables.Select(v => v.Name));
            var added = new List<BodyVariable>();
            var statements = Block(body.Statements, taken, added);
            return added.Count == 0 ? body : new ExactBody(body.Variables.Concat(added).ToEquatableArray(), statements);
        }

        /// <summary>
        /// The same for the reverse sweep of a reverse-mode program, where the adjoint of <c>Math.Sin(x[i]) * x[(i + 1) % n]</c>
        /// reads <c>(i + 1) % n</c> once per partial derivative. Runs are of <c>=</c>, <c>+=</c> and declarations with a
        /// value; anything else (a call for its effect, a push, an increment) ends a run, and nothing that pops a tape
        /// is shared. The new locals are declared where they are first assigned.
        /// </summary>
        public static SweepProgram Apply(SweepProgram program)
        {
            var taken = new HashSet<string>(program.Identifiers.Keys.Concat(program.Identifiers.Values));
            foreach (var statement in program.Setup.Concat(program.Forward).Concat(program.Reverse).Concat(program.Finish))
            {
                Names(statement, taken);
            }

            var reverse = Block(program.Reverse, taken);
            return reverse.Equals(program.Reverse) ? program : program with { Reverse = reverse };
        }

        /// <summary>
        /// The same for a block of the forward sweep into which <see cref="ReverseLoopFusion"/> moved a reverse step: the
        /// step computes again what the iteration computed (<c>Math.Exp(z)</c> as its own partial). New locals take none
        /// of <paramref name="taken"/>, and are added to it.
        /// </summary>
        public static EquatableArray<ProgramStatement> InBlock(EquatableArray<ProgramStatement> statements, HashSet<string> taken) => Block(statements, taken);

        private static EquatableArray<ProgramStatement> Block(EquatableArray<ProgramStatement> statements, HashSet<string> taken)
        {
            var result = new List<ProgramStatement>();
            var run = new List<ProgramStatement>();
            foreach (var statement in statements)
            {
                if (statement is SetStatement or AddStatement or AddSumStatement or DeclareStatement { Value: not null } or CommentStatement)
                {
                    run.Add(statement);
                    continue;
                }

                result.AddRange(SweepRun(run, taken));
                run.Clear();
                result.Add(statement switch
                {
                    IfElseStatement @if => new IfElseStatement(@if.Condition, Block(@if.Then, taken), @if.Else is { } otherwise ? Block(otherwise, taken) : null),
                    WhileStatement loop => loop with { Body = Block(loop.Body, taken) },
                    CountDownStatement loop => loop with { Body = Block(loop.Body, taken) },
                    _ => statement,
                });
            }

            result.AddRange(SweepRun(run, taken));
            return result.ToEquatableArray();
        }

        private static IEnumerable<ProgramStatement> SweepRun(List<ProgramStatement> run, HashSet<string> taken)
        {
            var statements = run.ToList();
            while (Shared(statements.Select(SweepParts).ToList()) is { } shared)
            {
                var name = FreshName(Prefix, taken);
                var read = new NameExpression(name, shared.Expression.Type);
                for (var k = shared.First; k <= shared.Last; k++)
                {
                    statements[k] = statements[k] switch
                    {
                        SetStatement set => new SetStatement(ReplaceInTarget(set.Target, shared.Expression, read), Replace(set.Value, shared.Expression, read)),
                        AddStatement add => new AddStatement(ReplaceInTarget(add.Target, shared.Expression, read), Replace(add.Value, shared.Expression, read)),
                        AddSumStatement sum => sum with { Target = ReplaceInTarget(sum.Target, shared.Expression, read), Terms = sum.Terms.Select(term => Replace(term, shared.Expression, read)).ToEquatableArray() },
                        DeclareStatement declare => declare with { Value = Replace(declare.Value!, shared.Expression, read) },
                        var other => other,
                    };
                }

                statements.Insert(shared.First, new DeclareStatement(name, shared.Expression.Type, 0, shared.Expression));
            }

            return statements;
        }

        /// <summary>What a statement of a run reads (the target's indices included) and the variable or array it writes.</summary>
        private static (IEnumerable<BodyExpression> Reads, string? Writes) SweepParts(ProgramStatement statement) => statement switch
        {
            SetStatement set => (TargetIndices(set.Target).Append(set.Value), Root(set.Target)),
            AddStatement add => (TargetIndices(add.Target).Append(add.Value), Root(add.Target)),
            AddSumStatement sum => (TargetIndices(sum.Target).Concat(sum.Terms), Root(sum.Target)),
            DeclareStatement { Value: { } value } declare => (new[] { value }, declare.Name),
            DeclareStatement declare => (Enumerable.Empty<BodyExpression>(), declare.Name),
            _ => (Enumerable.Empty<BodyExpression>(), null),
        };

        private static IEnumerable<BodyExpression> TargetIndices(BodyExpression target) => target switch
        {
            ElementExpression element => element.Indices,
            NameExpression name => name.Indices,
            _ => Enumerable.Empty<BodyExpression>(),
        };

        /// <summary>The variable or array a target writes; null for a target of another kind, which ends nothing but shares nothing either.</summary>
        private static string? Root(BodyExpression target) => target switch
        {
            VariableExpression variable => variable.Name,
            ElementExpression element => element.Array,
            NameExpression name => name.Name,
            _ => null,
        };

        private static BodyExpression ReplaceInTarget(BodyExpression target, BodyExpression shared, BodyExpression read) => target switch
        {
            ElementExpression element => element with { Indices = element.Indices.Select(index => Replace(index, shared, read)).ToEquatableArray() },
            NameExpression name => name with { Indices = name.Indices.Select(index => Replace(index, shared, read)).ToEquatableArray() },
            _ => target,
        };

        /// <summary>Every name the program declares or reads, so that a new local takes none of them.</summary>
        private static void Names(ProgramStatement statement, HashSet<string> taken)
        {
            switch (statement)
            {
                case DeclareStatement declare:
                    taken.Add(declare.Name);
                    break;
                case IfElseStatement @if:
                    foreach (var inner in @if.Then.Concat(@if.Else ?? EquatableArray<ProgramStatement>.Empty))
                    {
                        Names(inner, taken);
                    }

                    break;
                case WhileStatement loop:
                    foreach (var inner in loop.Body)
                    {
                        Names(inner, taken);
                    }

                    break;
                case CountDownStatement loop:
                    foreach (var inner in loop.Body)
                    {
                        Names(inner, taken);
                    }

                    break;
            }

            foreach (var expression in SweepParts(statement).Reads)
            {
                foreach (var name in SweepEffects.Names(expression))
                {
                    taken.Add(name);
                }
            }
        }

        /// <summary><paramref name="preferred"/>, or it with the first number that makes it a name <paramref name="taken"/> does not hold; added to it.</summary>
        internal static string FreshName(string preferred, HashSet<string> taken)
        {
            var name = preferred;
            for (var suffix = 1; !taken.Add(name); suffix++)
            {
                name = preferred + suffix.ToString(CultureInfo.InvariantCulture);
            }

            return name;
        }

        private static EquatableArray<BodyStatement> Block(EquatableArray<BodyStatement> statements, HashSet<string> taken, List<BodyVariable> added)
        {
            var result = new List<BodyStatement>();
            var run = new List<AssignStatement>();
            foreach (var statement in statements)
            {
                if (statement is AssignStatement assign)
                {
                    run.Add(assign);
                    continue;
                }

                result.AddRange(Run(run, taken, added));
                run.Clear();
                result.Add(statement switch
                {
                    IfStatement @if => new IfStatement(@if.Condition, Block(@if.Then, taken, added), Block(@if.Else, taken, added)),
                    LoopStatement loop => new LoopStatement(loop.Condition, Block(loop.Body, taken, added), Block(loop.Increment, taken, added), loop.TestsAfterBody),
                    _ => statement,
                });
            }

            result.AddRange(Run(run, taken, added));
            return result.ToEquatableArray();
        }

        /// <summary>The run with each shared expression hoisted, the largest first, until none is left.</summary>
        private static IEnumerable<BodyStatement> Run(List<AssignStatement> run, HashSet<string> taken, List<BodyVariable> added)
        {
            var statements = run.Cast<BodyStatement>().ToList();
            while (Shared(statements.Select(statement => statement is AssignStatement assign
                       ? (assign.Indices.Append(assign.Value), (string?)assign.Target)
                       : (Enumerable.Empty<BodyExpression>(), null)).ToList()) is { } shared)
            {
                var name = FreshName(Prefix, taken);

                added.Add(new BodyVariable(name, shared.Expression.Type, 0, VariableKind.Local));
                var read = new VariableExpression(name, shared.Expression.Type);
                for (var k = shared.First; k <= shared.Last; k++)
                {
                    if (statements[k] is AssignStatement assign)
                    {
                        statements[k] = assign with
                        {
                            Indices = assign.Indices.Select(index => Replace(index, shared.Expression, read)).ToEquatableArray(),
                            Value = Replace(assign.Value, shared.Expression, read),
                        };
                    }
                }

                statements.Insert(shared.First, new AssignStatement(name, EquatableArray<BodyExpression>.Empty, shared.Expression));
            }

            return statements;
        }

        /// <summary>
        /// The largest candidate met twice or more among a run's statements (each given as what it reads and what it
        /// writes), where no statement from its first use up to (not including) its last writes a variable or array it
        /// reads; null when there is none.
        /// </summary>
        private static (BodyExpression Expression, int First, int Last)? Shared(IReadOnlyList<(IEnumerable<BodyExpression> Reads, string? Writes)> statements)
        {
            var uses = new Dictionary<BodyExpression, List<int>>();
            for (var k = 0; k < statements.Count; k++)
            {
                foreach (var candidate in statements[k].Reads.SelectMany(Candidates))
                {
                    if (!uses.TryGetValue(candidate, out var at))
                    {
                        uses[candidate] = at = new List<int>();
                    }

                    at.Add(k);
                }
            }

            foreach (var pair in uses.Where(pair => pair.Value.Count >= 2).OrderByDescending(pair => Size(pair.Key)))
            {
                var first = pair.Value[0];
                var last = pair.Value[pair.Value.Count - 1];
                var reads = new HashSet<string>(SweepEffects.Names(pair.Key));
                if (!Enumerable.Range(first, last - first).Any(k => statements[k].Writes is { } written && reads.Contains(written)))
                {
                    return (pair.Key, first, last);
                }
            }

            return null;
        }

        /// <summary>The expressions worth keeping that the expression always evaluates, itself included, outermost first.</summary>
        private static IEnumerable<BodyExpression> Candidates(BodyExpression expression)
        {
            if (IsCandidate(expression))
            {
                yield return expression;
            }

            foreach (var child in AlwaysEvaluated(expression))
            {
                foreach (var inner in Candidates(child))
                {
                    yield return inner;
                }
            }
        }

        private static bool IsCandidate(BodyExpression expression) => expression switch
        {
            CallExpression => !TakesFromATape(expression),
            BinaryExpression { Operator: BinaryOperator.Divide or BinaryOperator.Remainder, Type: BodyType.Int or BodyType.Long } => !TakesFromATape(expression),
            _ => false,
        };

        /// <summary>Whether evaluating the expression pops a tape (or passes a reference): two such are never the same value.</summary>
        private static bool TakesFromATape(BodyExpression expression) =>
            expression is PopExpression or RefExpression || BodyExpressions.Children(expression).Any(TakesFromATape);

        /// <summary>The children of the expression that are evaluated whenever it is.</summary>
        /// <remarks>The kinds <see cref="Replace"/> goes into, and no others: what is counted is what is replaced.</remarks>
        private static IEnumerable<BodyExpression> AlwaysEvaluated(BodyExpression expression) => expression switch
        {
            ConditionalExpression conditional => new[] { conditional.Condition },
            BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } binary => new[] { binary.Left },
            BinaryExpression binary => new[] { binary.Left, binary.Right },
            UnaryExpression unary => new[] { unary.Operand },
            CastExpression cast => new[] { cast.Operand },
            CallExpression call => call.Arguments,
            ElementExpression element => element.Indices,
            ConstantElementExpression element => element.Indices,
            NewArrayExpression array => array.Lengths,
            MethodCallExpression call => call.Arguments,
            DerivativeCallExpression call => call.Call.Arguments.Concat(call.Extra),
            CalleePartialExpression partial => new[] { partial.Partials },
            NameExpression name => name.Indices,
            LengthExpression { Dimension: { } dimension } => new[] { dimension },
            _ => Enumerable.Empty<BodyExpression>(),
        };

        /// <summary>The expression with every occurrence of <paramref name="target"/> that is always evaluated read from <paramref name="read"/>.</summary>
        private static BodyExpression Replace(BodyExpression expression, BodyExpression target, BodyExpression read)
        {
            if (expression.Equals(target))
            {
                return read;
            }

            BodyExpression Inner(BodyExpression child) => Replace(child, target, read);
            EquatableArray<BodyExpression> All(EquatableArray<BodyExpression> children) => children.Select(Inner).ToEquatableArray();
            return expression switch
            {
                ConditionalExpression conditional => conditional with { Condition = Inner(conditional.Condition) },
                BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } binary => binary with { Left = Inner(binary.Left) },
                BinaryExpression binary => binary with { Left = Inner(binary.Left), Right = Inner(binary.Right) },
                UnaryExpression unary => unary with { Operand = Inner(unary.Operand) },
                CastExpression cast => cast with { Operand = Inner(cast.Operand) },
                CallExpression call => call with { Arguments = All(call.Arguments) },
                ElementExpression element => element with { Indices = All(element.Indices) },
                ConstantElementExpression element => element with { Indices = All(element.Indices) },
                NewArrayExpression array => array with { Lengths = All(array.Lengths) },
                MethodCallExpression call => call with { Arguments = All(call.Arguments) },
                DerivativeCallExpression call => call with { Call = call.Call with { Arguments = All(call.Call.Arguments) }, Extra = All(call.Extra) },
                CalleePartialExpression partial => partial with { Partials = Inner(partial.Partials) },
                NameExpression name => name with { Indices = All(name.Indices) },
                LengthExpression { Dimension: { } dimension } length => length with { Dimension = Inner(dimension) },
                _ => expression,
            };
        }

        private static int Size(BodyExpression expression) => 1 + AlwaysEvaluated(expression).Sum(Size);
    }
}
