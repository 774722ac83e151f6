using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Lowers a body to assignments, <c>if</c> and loops: <c>return</c> assigns the result, and <c>break</c>,
    /// <c>continue</c> and early <c>return</c> set flags that guard what follows them. Then the derivative
    /// only has to follow decisions and iteration counts. Notes which assignments overwrite a value.
    /// </summary>
    internal sealed class SweepPlanner
    {
        [Flags]
        private enum Exits
        {
            None = 0,
            Break = 1,
            Continue = 2,
            Return = 4,
        }

        private readonly Func<string, string> _unique;
        private readonly string _result;
        private readonly Dictionary<string, int> _assignmentSites;
        private readonly HashSet<string> _read;
        private readonly HashSet<string> _parameters;
        private readonly Dictionary<Exits, string> _flags = new();
        private readonly List<(string Target, List<string> Reads)> _assignmentReads = new();

        private SweepPlanner(ExactBody body, string result, Func<string, string> unique, IEnumerable<string>? readAfter)
        {
            _unique = unique;
            _result = result;
            _parameters = new HashSet<string>(body.Variables.Where(v => v.Kind != VariableKind.Local).Select(v => v.Name));
            _assignmentSites = new Dictionary<string, int>();
            _read = new HashSet<string>(readAfter ?? Enumerable.Empty<string>()) { result };
            Survey(body.Statements);
            ReadsThroughAssignments();
        }

        /// <summary>The flags read by some condition: only these are declared and set.</summary>
        public HashSet<string> FlagsRead { get; } = new();

        public IEnumerable<string> Flags => _flags.Values;

        /// <param name="readAfter">Locals read after the sweeps by the generated method, which must be assigned even where the body never reads them.</param>
        public static (List<SweepStep> Steps, SweepPlanner Planner) Plan(ExactBody body, string result, Func<string, string> unique, IEnumerable<string>? readAfter = null)
        {
            var planner = new SweepPlanner(body, result, unique, readAfter);
            return (planner.Block(body.Statements, 0, loopDepth: 0, tail: true), planner);
        }

        /// <summary>Whether a variable is read anywhere: assignments to variables never read are left out.</summary>
        public bool IsRead(string variable) => _read.Contains(variable);

        /// <summary>Whether the body assigns the variable anywhere.</summary>
        public bool IsAssigned(string variable) => _assignmentSites.ContainsKey(variable);

        private List<SweepStep> Block(IReadOnlyList<BodyStatement> statements, int start, int loopDepth, bool tail)
        {
            var steps = new List<SweepStep>();
            for (var i = start; i < statements.Count; i++)
            {
                var last = i == statements.Count - 1;
                steps.AddRange(Statement(statements[i], loopDepth, tail && last));
                var exits = ExitsOf(statements[i]);
                if (exits != Exits.None && !last)
                {
                    steps.Add(new BranchStep(Guard(exits), Block(statements, i + 1, loopDepth, tail), new List<SweepStep>(), loopDepth > 0));
                    break;
                }
            }

            return steps;
        }

        private IEnumerable<SweepStep> Statement(BodyStatement statement, int loopDepth, bool tail)
        {
            switch (statement)
            {
                case AssignStatement assign:
                    if (_read.Contains(assign.Target) && !IsSelfAssignment(assign))
                    {
                        yield return Assign(assign.Target, assign.Indices, assign.Value, loopDepth, assign.IsDeclaration);
                    }

                    break;
                case ReturnStatement @return:
                    yield return Assign(_result, EquatableArray<BodyExpression>.Empty, @return.Value, loopDepth);
                    if (!tail)
                    {
                        yield return new FlagStep(Flag(Exits.Return), true);
                    }

                    break;
                case BreakStatement:
                    yield return new FlagStep(Flag(Exits.Break), true);
                    break;
                case ContinueStatement:
                    yield return new FlagStep(Flag(Exits.Continue), true);
                    break;
                case IfStatement @if:
                    yield return new BranchStep(@if.Condition, Block(@if.Then, 0, loopDepth, tail), Block(@if.Else, 0, loopDepth, tail), loopDepth > 0);
                    break;
                case LoopStatement loop:
                    foreach (var step in Loop(loop, loopDepth))
                    {
                        yield return step;
                    }

                    break;
                default:
                    throw new InvalidOperationException("Unknown statement " + statement.GetType().Name);
            }
        }

        private IEnumerable<SweepStep> Loop(LoopStatement loop, int loopDepth)
        {
            var exits = ExitsOf(loop.Body);
            var body = Block(loop.Body, 0, loopDepth + 1, tail: false);
            if ((exits & Exits.Continue) != 0)
            {
                body.Add(new FlagStep(Flag(Exits.Continue), false));
            }

            var stops = exits & (Exits.Break | Exits.Return);
            var increment = Block(loop.Increment, 0, loopDepth + 1, tail: false);
            if (increment.Count > 0 && stops != Exits.None)
            {
                body.Add(new BranchStep(Guard(stops), increment, new List<SweepStep>(), onTape: true));
            }
            else
            {
                body.AddRange(increment);
            }

            var condition = stops == Exits.None ? loop.Condition : new BinaryExpression(BinaryOperator.And, Guard(stops), loop.Condition, BodyType.Bool);
            yield return new LoopStep(condition, body, loop.TestsAfterBody, loopDepth > 0);
            if ((exits & Exits.Break) != 0)
            {
                yield return new FlagStep(Flag(Exits.Break), false);
            }
        }

        /// <summary>
        /// Notes whether an assignment overwrites a value: for parameters, for variables assigned more than once,
        /// for array elements and for anything assigned inside a loop. A declaration outside loops overwrites
        /// nothing, nor does creating a local array or filling one from a vector-valued call. <see cref="RestoreAnalysis"/> then decides what is kept.
        /// </summary>
        private AssignStep Assign(string target, EquatableArray<BodyExpression> indices, BodyExpression value, int loopDepth, bool isDeclaration = false)
        {
            var overwrites = value is not (NewArrayExpression or MethodCallExpression { Callee.ReturnsVector: true })
                && !(isDeclaration && loopDepth == 0)
                && (indices.Count > 0 || loopDepth > 0 || _parameters.Contains(target) || _assignmentSites[target] > 1);
            var isOnlyAssignment = indices.Count == 0 && !_parameters.Contains(target) && target != _result && _assignmentSites[target] == 1;
            return new AssignStep(target, indices, value, overwrites, loopDepth > 0, isOnlyAssignment);
        }

        /// <summary><c>x = x</c> changes nothing, and written again it would warn (CS1717) in the consumer.</summary>
        private static bool IsSelfAssignment(AssignStatement assign) => assign.Value switch
        {
            VariableExpression variable => assign.Indices.Count == 0 && variable.Name == assign.Target,
            ElementExpression element => element.Array == assign.Target && element.Indices == assign.Indices,
            _ => false,
        };

        /// <summary><c>!broken &amp;&amp; !returned</c>: true while none of the given exits was taken.</summary>
        private BodyExpression Guard(Exits exits)
        {
            BodyExpression? guard = null;
            foreach (var exit in new[] { Exits.Break, Exits.Continue, Exits.Return })
            {
                if ((exits & exit) == 0)
                {
                    continue;
                }

                var flag = Flag(exit);
                FlagsRead.Add(flag);
                var notTaken = new UnaryExpression(UnaryOperator.Not, new VariableExpression(flag, BodyType.Bool), BodyType.Bool);
                guard = guard is null ? notTaken : new BinaryExpression(BinaryOperator.And, guard, notTaken, BodyType.Bool);
            }

            return guard!;
        }

        private string Flag(Exits exit)
        {
            if (!_flags.TryGetValue(exit, out var name))
            {
                name = _unique(exit switch { Exits.Break => "broken", Exits.Continue => "continued", _ => "returned" });
                _flags[exit] = name;
            }

            return name;
        }

        private static Exits ExitsOf(IEnumerable<BodyStatement> statements) => statements.Aggregate(Exits.None, (all, s) => all | ExitsOf(s));

        private static Exits ExitsOf(BodyStatement statement) => statement switch
        {
            BreakStatement => Exits.Break,
            ContinueStatement => Exits.Continue,
            ReturnStatement => Exits.Return,
            IfStatement @if => ExitsOf(@if.Then) | ExitsOf(@if.Else),
            LoopStatement loop => ExitsOf(loop.Body) & Exits.Return,
            AssignStatement => Exits.None,
            _ => throw new InvalidOperationException("Unknown statement " + statement.GetType().Name),
        };

        /// <summary>Counts the assignments to each variable and finds every variable that is read.</summary>
        private void Survey(IEnumerable<BodyStatement> statements)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case AssignStatement assign:
                        _assignmentSites[assign.Target] = (_assignmentSites.TryGetValue(assign.Target, out var n) ? n : 0) + 1;
                        _assignmentReads.Add((assign.Target, assign.Indices.SelectMany(BodyExpressions.VariablesIn).Concat(BodyExpressions.VariablesIn(assign.Value)).ToList()));
                        break;
                    case ReturnStatement @return:
                        _assignmentSites[_result] = (_assignmentSites.TryGetValue(_result, out var r) ? r : 0) + 1;
                        Reads(@return.Value);
                        break;
                    case IfStatement @if:
                        Reads(@if.Condition);
                        Survey(@if.Then);
                        Survey(@if.Else);
                        break;
                    case LoopStatement loop:
                        Reads(loop.Condition);
                        Survey(loop.Body);
                        Survey(loop.Increment);
                        break;
                    case BreakStatement or ContinueStatement:
                        break;
                    default:
                        throw new InvalidOperationException("Unknown statement " + statement.GetType().Name);
                }
            }
        }

        private void Reads(BodyExpression expression)
        {
            foreach (var name in BodyExpressions.VariablesIn(expression))
            {
                _read.Add(name);
            }
        }

        /// <summary>
        /// Reads by the value of an assignment count only once its target is read: a chain of locals that ends
        /// in one never read is left out whole, so the generated code assigns no local it never reads.
        /// </summary>
        private void ReadsThroughAssignments()
        {
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (target, reads) in _assignmentReads)
                {
                    if (_read.Contains(target))
                    {
                        foreach (var name in reads)
                        {
                            changed |= _read.Add(name);
                        }
                    }
                }
            }
        }
    }
}
