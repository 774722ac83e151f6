using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Runs the reverse step of each iteration of the forward sweep's last loop inside that loop, right after the
    /// iteration, instead of in a second loop that walks the iterations back. Rosenbrock's sum becomes one loop over
    /// <c>x</c> instead of two, as a gradient written by hand is (issue 17).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The reverse sweep starts with the steps of what follows the loop (<c>sumAdjoint = resultAdjoint;</c>) and then
    /// walks the loop back. When those first steps read nothing the loop or what follows it writes, they can run
    /// before the loop. The reverse step of an iteration can then run at its end when the order of the iterations'
    /// reverse steps does not matter: each scalar adjoint it reads is either assigned in the step before it is read
    /// (an iteration's own), or not written in the loop at all (known before the loop), or only ever added to (summed
    /// over the iterations); it writes array elements only by adding to them, and reads no adjoint array; and the loop
    /// writes no array element, so every array the step reads holds what it held when the loop ran. The forward
    /// values the step reads are then the values of its iteration: it sees the state at the end of the iteration,
    /// which the reverse sweep would have restored. The variables the step itself writes (the loop index it walks
    /// back, values it recomputes or takes off a tape) are copies, so the forward sweep goes on with its own.
    /// </para>
    /// <para>
    /// What changes is the order in which an element of an array adjoint receives its terms, so a sum of three or more
    /// terms may round differently: exact to rounding either way. Only the last loop, at the top level of the
    /// forward sweep: an earlier loop's reverse step reads adjoints the later code gives it.
    /// </para>
    /// </remarks>
    internal static class ReverseLoopFusion
    {
        public static SweepProgram Apply(SweepProgram program)
        {
            var reverse = program.Reverse;
            var start = 0;
            while (start < reverse.Count && reverse[start] is BlankLineStatement or CommentStatement)
            {
                start++;
            }

            var next = start;
            while (next < reverse.Count && reverse[next] is SetStatement or AddStatement or DeclareStatement)
            {
                next++;
            }

            if (next >= reverse.Count || reverse[next] is not CountDownStatement { Start: null, Counter: NameExpression { Indices.Count: 0 } counter } walkBack)
            {
                return program;
            }

            var loopIndex = LoopCounting(program.Forward, counter.Name);
            if (loopIndex < 0)
            {
                return program;
            }

            var loop = (WhileStatement)program.Forward[loopIndex];
            var prefix = reverse.Skip(start).Take(next - start).ToList();
            var rest = reverse.Skip(next + 1).ToList();
            var fromLoop = program.Forward.Skip(loopIndex).ToList();
            var forwardNames = new HashSet<string>(program.Forward.SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names));
            forwardNames.UnionWith(SweepEffects.AllStatements(program.Forward).OfType<DeclareStatement>().Select(d => d.Name));
            forwardNames.UnionWith(program.Identifiers.Keys);
            var writtenFromLoop = new HashSet<string>(SweepEffects.AllStatements(fromLoop).SelectMany(Writes));
            if (!prefix.All(p => MovesBeforeLoop(p, forwardNames, writtenFromLoop))
                || SweepEffects.AllStatements(program.Forward.Skip(loopIndex + 1)).Any(s => s is PushStatement)
                || SweepEffects.AllStatements(fromLoop).Any(s => s is CallStatement || WritesAnElement(s, forwardNames))
                || fromLoop.SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.PassedByReference).Any())
            {
                return program;
            }

            var after = rest.Concat(program.Finish).ToList();
            if (!StepRunsInIteration(walkBack.Body, forwardNames, after))
            {
                return program;
            }

            var body = loop.Body.ToList();
            var counterUnused = !SweepEffects.AllStatements(program.Setup.Concat(program.Forward).Concat(rest).Concat(program.Finish))
                .Where(s => !IsCounting(s, counter.Name))
                .SelectMany(SweepEffects.Expressions)
                .SelectMany(SweepEffects.Names)
                .Contains(counter.Name);
            if (counterUnused)
            {
                body.RemoveAt(body.Count - 1);
            }

            var insertAt = counterUnused ? body.Count : body.Count - 1;
            var step = walkBack.Body.ToList();
            if (insertAt > 0 && step.Count > 0 && IsIndexStep(body[insertAt - 1], step[0]))
            {
                // Before the forward sweep's i = i + 1, the step's i = i - 1 that undoes it is not needed.
                insertAt--;
                step.RemoveAt(0);
            }

            step.RemoveAll(Current(step, body.Take(insertAt).ToList()).Contains);
            var taken = Taken(program);
            var renamed = Renamed(step, forwardNames, taken, out var copies);
            var (iteration, fusedStep) = FusedTapes.Apply(body.Take(insertAt).ToList(), renamed, copies);
            if (fusedStep.Count > 0)
            {
                iteration.Add(new CommentStatement("This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient."));
                iteration.AddRange(fusedStep);
            }

            body = iteration.Concat(body.Skip(insertAt)).ToList();

            var forward = program.Forward.Take(loopIndex).ToList();
            if (prefix.Count > 0)
            {
                forward.Add(new CommentStatement("The adjoints the loop's reverse steps read, known before it runs."));
                forward.AddRange(prefix);
            }

            forward.Add(loop with { Body = CommonSubexpressions.InBlock(body.ToEquatableArray(), taken) });
            forward.AddRange(program.Forward.Skip(loopIndex + 1));
            var setup = program.Setup.ToList();
            if (counterUnused)
            {
                forward.RemoveAll(s => IsCounting(s, counter.Name));
                setup.RemoveAll(s => s is DeclareStatement declare && declare.Name == counter.Name);
            }

            var remaining = rest.Any(s => s is not CloseTapeStatement)
                ? reverse.Take(start).Concat(rest)
                : rest.Count > 0 ? rest.Prepend(new CommentStatement("The tapes' buffers, back for the next call.")).Prepend(new BlankLineStatement()) : rest;
            return FusedTapes.WithoutUnusedTapes(program with
            {
                Setup = setup.ToEquatableArray(),
                Forward = forward.ToEquatableArray(),
                Reverse = remaining.ToEquatableArray(),
            });
        }

        /// <summary>The index of the top-level loop of the forward sweep whose body ends by counting its iteration in <paramref name="counter"/>; -1 if none.</summary>
        private static int LoopCounting(EquatableArray<ProgramStatement> forward, string counter)
        {
            for (var k = 0; k < forward.Count; k++)
            {
                if (forward[k] is WhileStatement { Body.Count: > 0 } loop
                    && loop.Body[loop.Body.Count - 1] is IncrementStatement { Target: NameExpression { Indices.Count: 0 } counted }
                    && counted.Name == counter
                    && !loop.Body.Take(loop.Body.Count - 1).SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names).Contains(counter)
                    && !SweepEffects.Names(loop.Condition).Contains(counter))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary><c>i = i + c;</c> ending the forward iteration, and <c>i = i - c;</c> starting the reverse step: the step's undoes it.</summary>
        private static bool IsIndexStep(ProgramStatement forward, ProgramStatement reverse) =>
            forward is SetStatement { Target: VariableExpression index, Value: BinaryExpression { Operator: BinaryOperator.Add, Left: VariableExpression from, Right: LiteralExpression by } }
            && reverse is SetStatement { Target: VariableExpression back, Value: BinaryExpression { Operator: BinaryOperator.Subtract, Left: VariableExpression backFrom, Right: LiteralExpression backBy } }
            && index.Name == from.Name && back.Name == index.Name && backFrom.Name == index.Name && by.Equals(backBy) && index.Type is BodyType.Int or BodyType.Long;

        /// <summary>
        /// The statements of the step that recompute a value the iteration has just computed: <c>a = E;</c> where the
        /// forward body assigned <c>a = E;</c> and nothing after it there, nor in the step before it, writes <c>a</c>
        /// or what <c>E</c> reads. The variable holds that value already.
        /// </summary>
        private static HashSet<ProgramStatement> Current(IReadOnlyList<ProgramStatement> step, IReadOnlyList<ProgramStatement> iteration)
        {
            var current = new HashSet<ProgramStatement>(ReferenceComparer.Instance);
            var writtenBefore = new HashSet<string>();
            var shared = new Dictionary<string, BodyExpression>();
            foreach (var statement in step)
            {
                if (statement is DeclareStatement { Value: { } declared } declaration && SweepEffects.IsPure(declared))
                {
                    // A subexpression the step shares (common = i / n): read through it, the step's a = m[common] is the iteration's a = m[i / n].
                    shared[declaration.Name] = Expanded(declared, shared);
                }
                else if (statement is SetStatement { Target: VariableExpression variable, Value: var value } && SweepEffects.IsPure(value))
                {
                    var expanded = Expanded(value, shared);
                    var reads = new HashSet<string>(SweepEffects.Names(expanded));
                    var assigned = LastIndexOf(iteration, s => s is SetStatement { Target: VariableExpression target } set && target.Name == variable.Name && set.Value.Equals(expanded));
                    if (reads.Add(variable.Name)
                        && assigned >= 0
                        && !reads.Overlaps(writtenBefore)
                        && !iteration.Skip(assigned + 1).SelectMany(s => SweepEffects.AllStatements(new[] { s })).SelectMany(Writes).Any(reads.Contains))
                    {
                        current.Add(statement);
                        continue;
                    }
                }

                writtenBefore.UnionWith(SweepEffects.AllStatements(new[] { statement }).SelectMany(Writes));
            }

            return current;
        }

        /// <summary>The expression with the locals of <paramref name="shared"/> replaced by what they hold.</summary>
        private static BodyExpression Expanded(BodyExpression expression, IReadOnlyDictionary<string, BodyExpression> shared) =>
            Substituted(expression, e => e is NameExpression { Indices.Count: 0 } local && shared.TryGetValue(local.Name, out var value) ? value : null);

        private static int LastIndexOf(IReadOnlyList<ProgramStatement> statements, System.Func<ProgramStatement, bool> match)
        {
            for (var k = statements.Count - 1; k >= 0; k--)
            {
                if (match(statements[k]))
                {
                    return k;
                }
            }

            return -1;
        }

        private sealed class ReferenceComparer : IEqualityComparer<ProgramStatement>
        {
            public static readonly ReferenceComparer Instance = new();

            public bool Equals(ProgramStatement? x, ProgramStatement? y) => ReferenceEquals(x, y);

            public int GetHashCode(ProgramStatement obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        /// <summary><c>counter = 0;</c> or <c>counter++;</c>: the forward sweep counting a loop's iterations for the reverse sweep.</summary>
        private static bool IsCounting(ProgramStatement statement, string counter) => statement switch
        {
            SetStatement { Target: NameExpression { Indices.Count: 0 } target, Value: LiteralExpression } => target.Name == counter,
            IncrementStatement { Target: NameExpression { Indices.Count: 0 } target } => target.Name == counter,
            DeclareStatement declare => declare.Name == counter,
            _ => false,
        };

        /// <summary>
        /// A step of the reverse sweep before the loop's (<c>sumAdjoint = resultAdjoint;</c>) can run before the loop: it
        /// assigns an adjoint the forward sweep never names, from values the loop and what follows it do not write.
        /// </summary>
        private static bool MovesBeforeLoop(ProgramStatement statement, HashSet<string> forwardNames, HashSet<string> writtenFromLoop)
        {
            var (target, value) = statement switch
            {
                SetStatement set => (set.Target, set.Value),
                AddStatement add => (add.Target, add.Value),
                DeclareStatement { Value: { } declared } declare => (new NameExpression(declare.Name, declare.Type), declared),
                _ => (null, null),
            };
            return target is not null && value is not null
                && SweepEffects.IsScalarName(target, out var name) && !forwardNames.Contains(name)
                && SweepEffects.IsPure(value)
                && !SweepEffects.Names(value).Any(writtenFromLoop.Contains);
        }

        /// <summary>
        /// Whether the reverse step of an iteration (the body of the loop that walks the iterations back) gives the same
        /// derivatives run at the end of each iteration, in the forward order: see the remarks of the class.
        /// </summary>
        private static bool StepRunsInIteration(EquatableArray<ProgramStatement> step, HashSet<string> forwardNames, IReadOnlyCollection<ProgramStatement> after)
        {
            var statements = SweepEffects.AllStatements(step).ToList();
            if (!statements.All(IsPlain) || !statements.SelectMany(SweepEffects.Expressions).All(IsPlain))
            {
                return false;
            }

            var declared = new HashSet<string>(statements.OfType<DeclareStatement>().Select(d => d.Name));
            foreach (var statement in statements)
            {
                // Adjoint arrays (destinations included) are only added to, and never read: a read would see the other order.
                var target = statement switch
                {
                    SetStatement set => set.Target,
                    AddStatement add => add.Target,
                    AddSumStatement sum => sum.Target,
                    _ => null,
                };
                var array = target is null ? null : ArrayOf(target);
                if (array is not null && (forwardNames.Contains(array) || statement is SetStatement))
                {
                    return false;
                }

                var read = SweepEffects.Expressions(statement).Where(e => !ReferenceEquals(e, target)).Concat(target is null ? Enumerable.Empty<BodyExpression>() : Indices(target));
                if (read.SelectMany(SweepEffects.ElementsRead).Any(e => !forwardNames.Contains(SweepEffects.Element(e).Array)))
                {
                    return false;
                }
            }

            var afterNames = new HashSet<string>(after.SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names));
            var adjoints = statements.SelectMany(SweepEffects.Expressions).SelectMany(ScalarNames)
                .Where(n => !forwardNames.Contains(n) && !declared.Contains(n))
                .Distinct()
                .ToList();
            foreach (var adjoint in adjoints)
            {
                var writes = statements.Where(s => Writes(s).Contains(adjoint)).ToList();
                if (writes.Count == 0)
                {
                    continue;
                }

                var onlyAddedTo = statements.All(s => !Mentions(s, adjoint)
                    || (s is AddStatement or AddSumStatement && Writes(s).Contains(adjoint) && !Added(s).SelectMany(SweepEffects.Names).Contains(adjoint)));
                if (onlyAddedTo)
                {
                    continue;
                }

                var first = step.FirstOrDefault(s => SweepEffects.AllStatements(new[] { s }).Any(inner => Mentions(inner, adjoint)));
                var ownToTheIteration = first is SetStatement set && SweepEffects.IsScalarName(set.Target, out var name) && name == adjoint
                    && !SweepEffects.Names(set.Value).Contains(adjoint)
                    && !afterNames.Contains(adjoint);
                if (!ownToTheIteration)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The statement and expression kinds a step moved into the loop may hold: no call, no reference, no allocation.</summary>
        private static bool IsPlain(ProgramStatement statement) => statement is DeclareStatement or SetStatement or AddStatement or AddSumStatement
            or IfElseStatement or CountDownStatement or WhileStatement or CommentStatement or BlankLineStatement;

        private static bool IsPlain(BodyExpression expression) => expression switch
        {
            LiteralExpression or VariableExpression or ConstantReadExpression or PopExpression => true,
            NameExpression or ElementExpression or ConstantElementExpression or LengthExpression or UnaryExpression or BinaryExpression
                or ConditionalExpression or CallExpression or CastExpression => BodyExpressions.Children(expression).All(IsPlain),
            _ => false,
        };

        /// <summary>The names a statement writes, not counting the blocks inside it: an element's array by its name.</summary>
        internal static IEnumerable<string> Writes(ProgramStatement statement) => statement switch
        {
            DeclareStatement declare => new[] { declare.Name },
            SetStatement set => TargetName(set.Target),
            AddStatement add => TargetName(add.Target),
            AddSumStatement sum => TargetName(sum.Target),
            IncrementStatement increment => TargetName(increment.Target),
            CountDownStatement loop => TargetName(loop.Counter),
            ClearStatement clear => TargetName(clear.Array),
            AllocateRowStatement row => TargetName(row.Row),
            CallStatement call => SweepEffects.PassedByReference(call.Call),
            IfElseStatement or WhileStatement or PushStatement or ReserveStatement or OpenTapeStatement or CloseTapeStatement
                or ArgumentCheckStatement or CommentStatement or BlankLineStatement => Enumerable.Empty<string>(),
            _ => throw new System.InvalidOperationException("Unknown program statement " + statement.GetType().Name),
        };

        private static IEnumerable<string> TargetName(BodyExpression target) => target switch
        {
            VariableExpression variable => new[] { variable.Name },
            NameExpression name => new[] { name.Name },
            ElementExpression element => new[] { element.Array },
            _ => ArrayOf(target) is { } array ? new[] { array } : Enumerable.Empty<string>(),
        };

        private static string? ArrayOf(BodyExpression target) => target switch
        {
            ElementExpression element => element.Array,
            ConstantElementExpression element => element.Array,
            NameExpression { Indices.Count: > 0 } name => name.Name,
            _ => null,
        };

        private static IEnumerable<BodyExpression> Indices(BodyExpression target) => target switch
        {
            ElementExpression element => element.Indices,
            NameExpression name => name.Indices,
            _ => Enumerable.Empty<BodyExpression>(),
        };

        /// <summary>Whether the statement writes an element of an array of the forward sweep (a body array), or allocates a row.</summary>
        private static bool WritesAnElement(ProgramStatement statement, HashSet<string> forwardNames) => statement switch
        {
            AllocateRowStatement or ClearStatement => true,
            SetStatement set => ArrayOf(set.Target) is { } array && forwardNames.Contains(array),
            AddStatement add => ArrayOf(add.Target) is { } array && forwardNames.Contains(array),
            AddSumStatement sum => ArrayOf(sum.Target) is { } array && forwardNames.Contains(array),
            _ => false,
        };

        private static IEnumerable<string> ScalarNames(BodyExpression expression) =>
            (expression is NameExpression { Indices.Count: 0 } name ? new[] { name.Name } : Enumerable.Empty<string>())
                .Concat(BodyExpressions.Children(expression).SelectMany(ScalarNames));

        private static bool Mentions(ProgramStatement statement, string name) =>
            Writes(statement).Contains(name) || SweepEffects.Expressions(statement).SelectMany(SweepEffects.Names).Contains(name);

        /// <summary>What an add adds: its value or terms, and the indices of its target.</summary>
        private static IEnumerable<BodyExpression> Added(ProgramStatement statement) => statement switch
        {
            AddStatement add => Indices(add.Target).Append(add.Value),
            AddSumStatement sum => Indices(sum.Target).Concat(sum.Terms),
            _ => Enumerable.Empty<BodyExpression>(),
        };

        /// <summary>Every name the program uses or declares, so that a copy's name is new.</summary>
        private static HashSet<string> Taken(SweepProgram program)
        {
            var all = program.Setup.Concat(program.Forward).Concat(program.Reverse).Concat(program.Finish).ToList();
            var taken = new HashSet<string>(SweepEffects.AllStatements(all).SelectMany(SweepEffects.AllExpressions).SelectMany(SweepEffects.Names));
            taken.UnionWith(SweepEffects.AllStatements(all).OfType<DeclareStatement>().Select(d => d.Name));
            taken.UnionWith(program.Identifiers.Keys);
            taken.UnionWith(program.Identifiers.Values);
            taken.UnionWith(program.Tapes.SelectMany(t => new[] { t.Array, t.Top }));
            taken.Add(program.Value);
            taken.Add(program.Result);
            return taken;
        }

        /// <summary>
        /// The step with each variable of the forward sweep it writes made a copy: declared, with the variable's value,
        /// before the first top-level statement that writes it, and used from there on.
        /// </summary>
        private static List<ProgramStatement> Renamed(IReadOnlyList<ProgramStatement> step, HashSet<string> forwardNames, HashSet<string> taken, out IReadOnlyCollection<string> copyNames)
        {
            var copies = new Dictionary<string, string>();
            copyNames = copies.Values;
            var result = new List<ProgramStatement>();
            foreach (var statement in step)
            {
                var written = SweepEffects.AllStatements(new[] { statement }).SelectMany(Writes)
                    .Where(n => forwardNames.Contains(n) && !copies.ContainsKey(n))
                    .Distinct()
                    .ToList();
                foreach (var name in written)
                {
                    var copy = CommonSubexpressions.FreshName(name + "Step", taken);
                    copies[name] = copy;
                    var original = Original(SweepEffects.AllStatements(step).SelectMany(SweepEffects.Expressions), name);
                    result.Add(new DeclareStatement(copy, original.Type, 0, original));
                }

                result.Add(Rename(statement, copies));
            }

            return result;
        }

        /// <summary>How the step spells the variable: a variable of the body or a local of the program, with its type.</summary>
        private static BodyExpression Original(IEnumerable<BodyExpression> expressions, string name)
        {
            foreach (var expression in expressions.SelectMany(Flatten))
            {
                switch (expression)
                {
                    case VariableExpression variable when variable.Name == name:
                        return variable;
                    case NameExpression { Indices.Count: 0 } local when local.Name == name:
                        return local;
                }
            }

            throw new System.InvalidOperationException("The step writes '" + name + "' without naming it.");
        }

        private static IEnumerable<BodyExpression> Flatten(BodyExpression expression) => BodyExpressions.Children(expression).SelectMany(Flatten).Prepend(expression);

        private static ProgramStatement Rename(ProgramStatement statement, IReadOnlyDictionary<string, string> copies) =>
            copies.Count == 0 ? statement : Substituted(statement, e => Rename(e, copies));

        /// <summary>The statement with <paramref name="expression"/> applied to each expression of it and of the blocks inside it.</summary>
        internal static ProgramStatement Substituted(ProgramStatement statement, System.Func<BodyExpression, BodyExpression> expression)
        {
            var E = expression;
            EquatableArray<ProgramStatement> B(EquatableArray<ProgramStatement> block) => block.Select(s => Substituted(s, expression)).ToEquatableArray();
            return statement switch
            {
                DeclareStatement declare => declare with { Value = declare.Value is { } value ? E(value) : null },
                SetStatement set => new SetStatement(E(set.Target), E(set.Value)),
                AddStatement add => new AddStatement(E(add.Target), E(add.Value)),
                AddSumStatement sum => sum with { Target = E(sum.Target), Terms = sum.Terms.Select(E).ToEquatableArray() },
                IfElseStatement @if => new IfElseStatement(E(@if.Condition), B(@if.Then), @if.Else is { } @else ? B(@else) : null),
                WhileStatement loop => loop with { Condition = E(loop.Condition), Body = B(loop.Body) },
                CountDownStatement loop => new CountDownStatement(E(loop.Counter), loop.Start is { } start ? E(start) : null, B(loop.Body)),
                CommentStatement or BlankLineStatement => statement,
                _ => throw new System.InvalidOperationException("A step moved into a loop holds no " + statement.GetType().Name),
            };
        }

        /// <summary>The expression reading and writing the copies instead of the variables.</summary>
        private static BodyExpression Rename(BodyExpression expression, IReadOnlyDictionary<string, string> copies) => Substituted(expression, e => e switch
        {
            VariableExpression variable when copies.TryGetValue(variable.Name, out var copy) => new NameExpression(copy, variable.Type),
            NameExpression { Indices.Count: 0 } local when copies.TryGetValue(local.Name, out var copy) => local with { Name = copy },
            _ => null,
        });

        /// <summary>
        /// The expression with each part <paramref name="replace"/> gives a replacement for replaced, and the others
        /// rebuilt from their parts (only the kinds <see cref="IsPlain(BodyExpression)"/> lets through have parts here).
        /// </summary>
        internal static BodyExpression Substituted(BodyExpression expression, System.Func<BodyExpression, BodyExpression?> replace)
        {
            if (replace(expression) is { } replaced)
            {
                return replaced;
            }

            BodyExpression E(BodyExpression e) => Substituted(e, replace);
            EquatableArray<BodyExpression> All(EquatableArray<BodyExpression> items) => items.Select(E).ToEquatableArray();
            return expression switch
            {
                NameExpression name => name with { Indices = All(name.Indices) },
                ElementExpression element => element with { Indices = All(element.Indices) },
                ConstantElementExpression element => element with { Indices = All(element.Indices) },
                LengthExpression { Dimension: { } dimension } length => length with { Dimension = E(dimension) },
                UnaryExpression unary => unary with { Operand = E(unary.Operand) },
                BinaryExpression binary => binary with { Left = E(binary.Left), Right = E(binary.Right) },
                ConditionalExpression conditional => conditional with { Condition = E(conditional.Condition), WhenTrue = E(conditional.WhenTrue), WhenFalse = E(conditional.WhenFalse) },
                CallExpression call => call with { Arguments = All(call.Arguments) },
                CastExpression cast => cast with { Operand = E(cast.Operand) },
                LiteralExpression or VariableExpression or ConstantReadExpression or PopExpression or LengthExpression { Dimension: null } => expression,
                _ => throw new System.InvalidOperationException("A step moved into a loop holds no " + expression.GetType().Name),
            };
        }
    }
}
