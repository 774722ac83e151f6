using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Reverse mode as a transform of the body model: returns the <see cref="SweepProgram"/> of the exact gradient.
    /// Declarations; the forward sweep (the method's own code, keeping overwritten values, branch decisions and
    /// iteration counts); then the reverse sweep (the same steps backwards, restoring each overwritten value and
    /// accumulating adjoints by the chain rule). The destinations must be declared; on return they hold the
    /// gradient, and the value is in <see cref="SweepProgram.Value"/>. Given a seed, the sweeps instead add the seed
    /// times the gradient to the destinations, as they are.
    /// </summary>
    /// <remarks>
    /// The analyses run first and return data the layout reads: <see cref="SweepPlanner"/> (the steps, flags and
    /// what is read), which variables receive an adjoint, <see cref="Recomputation"/> and
    /// <see cref="RestoreAnalysis"/> (what each assignment keeps, from the variables its reverse statements read),
    /// then the names and tape sizes in <see cref="Prepare"/>.
    /// </remarks>
    internal sealed class AdjointTransform
    {
        private readonly SweepContext _context;
        private readonly Dictionary<string, BodyVariable> _variables;
        private readonly Dictionary<string, string> _names = new();
        private readonly Dictionary<string, string> _adjoints = new();
        private readonly HashSet<string> _receivers;
        private readonly AdjointAccumulator _accumulator;
        private readonly SweepPlanner _planner;
        private readonly List<SweepStep> _steps;
        private readonly string _result;
        private readonly BodyType _resultType;
        private readonly TapeModel _valueTape;
        private readonly TapeModel _controlTape;
        private readonly HashSet<TapeModel> _usedTapes = new();
        private readonly List<ProgramStatement> _declarations = new();

        /// <summary>The loops around the step the forward sweep is laying out, innermost on top.</summary>
        private readonly Stack<LoopStep> _enclosingLoops = new();

        private ProgramBuilder _program = new();

        private AdjointTransform(ExactBody body, SweepContext context)
        {
            _context = context;
            _variables = body.Variables.ToDictionary(v => v.Name);
            foreach (var variable in body.Variables)
            {
                _names[variable.Name] = variable.Kind == VariableKind.Local ? context.Unique(variable.Name) : context.Escape(variable.Name);
            }

            var method = context.Method;
            _result = context.Unique("result");
            _resultType = method.ReturnKind == ScalarKind.Float ? BodyType.Float : BodyType.Double;
            _valueTape = new TapeModel(BodyType.Double, context.Unique("valueTape"), context.Unique("valueTop"), TapeField(method, TapeFieldNames.Value));
            _controlTape = new TapeModel(BodyType.Long, context.Unique("controlTape"), context.Unique("controlTop"), TapeField(method, TapeFieldNames.Control));
            _accumulator = new AdjointAccumulator(IsActive, Adjoint, HasFloatAdjoint);
            (_steps, _planner) = SweepPlanner.Plan(body, _result, context.Unique, context.ReadAfter);
            _receivers = FindReceivers();
            var reverseReads = new Dictionary<AssignStep, ICollection<string>>();
            ICollection<string> ReadsOf(AssignStep step) => reverseReads.TryGetValue(step, out var reads) ? reads : reverseReads[step] = ReverseReads(step);
            Recomputation.Plan(_steps, ReadsOf);
            RestoreAnalysis.Decide(_steps, ReadsOf, TypeOf);
        }

        /// <summary>
        /// The program, with the rewrites of its reverse sweep that compute the same derivatives in fewer steps:
        /// shared subexpressions, adjoints assigned instead of accumulated from zero, adds to one element merged, and
        /// the last loop's reverse step run inside it where the context allows.
        /// </summary>
        public static SweepProgram Apply(ExactBody body, SweepContext context)
        {
            var program = CommonSubexpressions.Apply(new AdjointTransform(WithInitialValuesAssigned(body), context).Build());
            var distinct = context.DestinationsChecked
                ? context.Method.Parameters.Where(p => p.IsDifferentiable && p.Shape!.IsArray).Select(p => (context.Destinations[p.Name], p.Name)).ToList()
                : new List<(string, string)>();
            var rewritten = ElementAdds.Apply(ZeroAdjoints.Apply(program), distinct);
            return context.FusesLastLoop ? ReverseLoopFusion.Apply(rewritten) : rewritten;
        }

        /// <summary>A local that starts with a value (a tangent of the forward-mode program) is assigned it first.</summary>
        private static ExactBody WithInitialValuesAssigned(ExactBody body)
        {
            var initial = body.Variables
                .Where(v => v.Initial is not null)
                .Select(v => (BodyStatement)new AssignStatement(v.Name, EquatableArray<BodyExpression>.Empty, v.Initial!, IsDeclaration: true))
                .ToList();
            return initial.Count == 0 ? body : new ExactBody(
                body.Variables.Select(v => v with { Initial = null }).ToEquatableArray(),
                initial.Concat(body.Statements).ToEquatableArray());
        }

        /// <summary>Interfaces keep no buffer: a static field in one needs C# 8 and runtime support.</summary>
        public static bool KeepsBuffer(MethodModel method) => method.ContainingTypes.All(t => t.Keyword != "interface");

        private static string? TapeField(MethodModel method, string kind) =>
            KeepsBuffer(method) ? TapeFieldNames.For(method.Name, method.HintName.Contains("("), method.Parameters, kind) : null;

        private IEnumerable<ParameterModel> Differentiable => _context.Method.Parameters.Where(p => p.IsDifferentiable);

        private SweepProgram Build()
        {
            var setup = new ProgramBuilder();
            foreach (var parameter in Differentiable.Where(p => p.Shape!.IsArray && _context.Seed is null))
            {
                var destination = new NameExpression(_context.Destinations[parameter.Name], parameter.Shape!.Element == ScalarKind.Float ? BodyType.Float : BodyType.Double);
                setup.Add(new ClearStatement(destination, parameter.Shape!.Layout, parameter.Shape.IsJagged ? _context.Unique("row") : null));
            }

            Prepare(_steps);
            DeclareVariables();
            foreach (var declaration in _declarations)
            {
                setup.Add(declaration);
            }

            var tapes = new[] { _valueTape, _controlTape }.Where(_usedTapes.Contains).ToList();
            foreach (var tape in tapes)
            {
                setup.Add(new OpenTapeStatement(tape));
            }

            _program = new ProgramBuilder();
            _program.Add(new BlankLineStatement());
            _program.Add(new CommentStatement("Forward sweep: the method's own steps, keeping what the reverse sweep needs."));
            Forward(_steps);
            var value = _context.Unique("value");
            _program.Add(new DeclareStatement(value, _resultType, 0, Result));
            var forward = _program.Statements;

            _program = new ProgramBuilder();
            _program.Add(new BlankLineStatement());
            _program.Add(new CommentStatement("Reverse sweep: the same steps backwards, accumulating d(result)/d(each value)."));
            if (HasAdjoint(_result))
            {
                _program.Add(new SetStatement(AdjointOf(_result), _context.Seed is { } seed ? new NameExpression(seed) : ExpressionBuilder.One));
            }

            Reverse(_steps);
            foreach (var tape in tapes)
            {
                _program.Add(new CloseTapeStatement(tape));
            }

            var reverse = _program.Statements;

            _program = new ProgramBuilder();
            _program.Add(new BlankLineStatement());
            foreach (var parameter in Differentiable.Where(p => !p.Shape!.IsArray))
            {
                var destination = new NameExpression(_context.Destinations[parameter.Name]);
                if (_context.Seed is not null)
                {
                    if (_variables.ContainsKey(parameter.Name))
                    {
                        _program.Add(new AddStatement(destination, AdjointOf(parameter.Name)));
                    }

                    continue;
                }

                BodyExpression adjoint = _variables.ContainsKey(parameter.Name) ? AdjointOf(parameter.Name) : ExpressionBuilder.Zero;
                _program.Add(new SetStatement(destination, parameter.Shape!.Element == ScalarKind.Float ? new CastExpression(adjoint, BodyType.Float) : adjoint));
            }

            return new SweepProgram(setup.Statements, forward, value, _resultType, _result, reverse, _program.Statements, tapes.ToEquatableArray(), _names);
        }

        private NameExpression Result => new(_result, _resultType);

        private NameExpression AdjointOf(string name) => new(Adjoint(name));

        /// <summary>
        /// The variables the reverse statements of an assignment read (not counting its restore): exactly what
        /// <see cref="RestoreAnalysis"/> must keep values of. Read from the statements the accumulator returns for
        /// it, so that the analysis and the program cannot disagree.
        /// </summary>
        private ICollection<string> ReverseReads(AssignStep assign)
        {
            var program = new ProgramBuilder();
            Accumulate(program, assign, name => name);
            return new HashSet<string>(ProgramReads.Of(program.Statements));
        }

        private bool IsActive(string name)
        {
            if (name == _result)
            {
                return true;
            }

            return _variables.TryGetValue(name, out var variable)
                && variable.Type.IsReal() && (variable.Kind != VariableKind.ConstantParameter || (!variable.IsArray && _planner.IsAssigned(name)));
        }

        private bool HasAdjoint(string name) => _receivers.Contains(name) || (_variables.TryGetValue(name, out var v) && v.Kind == VariableKind.DifferentiableParameter);

        private string Adjoint(string name)
        {
            if (!_adjoints.TryGetValue(name, out var adjoint))
            {
                var parameter = Differentiable.FirstOrDefault(p => p.Name == name && p.Shape!.IsArray);
                adjoint = parameter is not null ? _context.Destinations[parameter.Name] : _context.Unique(name.TrimStart('@') + "Adjoint");
                _adjoints[name] = adjoint;
            }

            return adjoint;
        }

        private bool HasFloatAdjoint(string name) =>
            _variables[name] is { Kind: VariableKind.DifferentiableParameter, IsArray: true, Type: BodyType.Float };

        /// <summary>
        /// The variables some adjoint flows into (<see cref="Activity.Receivers"/>) from the assignments to variables
        /// already found, until nothing new appears: only these get an adjoint, so no adjoint is declared and never used.
        /// </summary>
        private HashSet<string> FindReceivers()
        {
            // The result's adjoint is seeded with 1 only where some returned value depends on an input: a constant
            // result has a zero gradient, and an adjoint that is set but never read would warn in the consumer.
            var receivers = new HashSet<string>();
            if (AllSteps(_steps).OfType<AssignStep>().Any(s => s.Target == _result && _accumulator.IsActive(s.Value)))
            {
                receivers.Add(_result);
            }

            // A differentiable scalar parameter always has an adjoint (HasAdjoint), so an assignment to it passes that
            // adjoint on even where the result does not read the parameter afterwards (a = t in a forward-mode program
            // that returns only tangents): what the assigned value reads must have adjoints too.
            receivers.UnionWith(_variables.Values.Where(v => v.Kind == VariableKind.DifferentiableParameter && !v.IsArray && AllSteps(_steps).OfType<AssignStep>().Any(s => s.Target == v.Name)).Select(v => v.Name));

            for (var count = 0; count != receivers.Count;)
            {
                count = receivers.Count;
                foreach (var step in AllSteps(_steps).OfType<AssignStep>().Where(s => receivers.Contains(s.Target)).ToList())
                {
                    receivers.UnionWith(Activity.Receivers(step.Value, IsActive));
                }
            }

            return receivers;
        }

        private static IEnumerable<SweepStep> AllSteps(IEnumerable<SweepStep> steps)
        {
            foreach (var step in steps)
            {
                yield return step;
                var nested = step switch
                {
                    AssignStep or FlagStep => Enumerable.Empty<SweepStep>(),
                    BranchStep branch => AllSteps(branch.Then).Concat(AllSteps(branch.Else)),
                    LoopStep loop => AllSteps(loop.Body),
                    _ => throw new System.InvalidOperationException("Unknown step " + step.GetType().Name),
                };
                foreach (var inner in nested)
                {
                    yield return inner;
                }
            }
        }

        /// <summary>Names the decisions, counters and kept values that have something to reverse, and notes the tapes used.</summary>
        private bool Prepare(List<SweepStep> steps)
        {
            var any = false;
            foreach (var step in steps)
            {
                switch (step)
                {
                    case AssignStep assign:
                        any |= assign.Keep != KeepIn.Nothing || HasAdjoint(assign.Target);
                        if (assign.Keep == KeepIn.Tape)
                        {
                            _usedTapes.Add(TapeOf(assign.Target));
                        }
                        else if (assign.Keep == KeepIn.Local)
                        {
                            assign.KeptIn = _context.Unique(assign.Target.TrimStart('@') + "Saved");
                            _declarations.Add(new DeclareStatement(assign.KeptIn, TypeOf(assign.Target), 0));
                        }

                        break;
                    case FlagStep:
                        break;
                    case BranchStep branch:
                        var thenWork = Prepare(branch.Then);
                        if (Prepare(branch.Else) | thenWork)
                        {
                            branch.Decision = _context.Unique("branch");
                            _declarations.Add(new DeclareStatement(branch.Decision, BodyType.Bool, 0));
                            UseControlTapeIf(branch.OnTape);
                            any = true;
                        }

                        break;
                    case LoopStep loop:
                        if (Prepare(loop.Body))
                        {
                            loop.Counter = _context.Unique("iterations");
                            _declarations.Add(new DeclareStatement(loop.Counter, BodyType.Int, 0));
                            UseControlTapeIf(loop.OnTape);
                            any = true;
                        }

                        CountPushes(loop.Body, loop);

                        break;
                    default:
                        throw new System.InvalidOperationException("Unknown step " + step.GetType().Name);
                }
            }

            return any;
        }

        private void UseControlTapeIf(bool onTape)
        {
            if (onTape)
            {
                _usedTapes.Add(_controlTape);
            }
        }

        /// <summary>Counts what one iteration of a loop pushes, so that the forward sweep makes room once per iteration.</summary>
        private void CountPushes(List<SweepStep> steps, LoopStep loop)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case AssignStep { Keep: KeepIn.Tape } assign when TapeOf(assign.Target) == _valueTape:
                        loop.ValuePushes++;
                        break;
                    case AssignStep { Keep: KeepIn.Tape }:
                        loop.ControlPushes++;
                        break;
                    case AssignStep or FlagStep:
                        break;
                    case BranchStep branch:
                        loop.ControlPushes += branch.Decision is not null && branch.OnTape ? 1 : 0;
                        CountPushes(branch.Then, loop);
                        CountPushes(branch.Else, loop);
                        break;
                    case LoopStep inner:
                        loop.ControlPushes += inner.Counter is not null && inner.OnTape ? 1 : 0;
                        break;
                    default:
                        throw new System.InvalidOperationException("Unknown step " + step.GetType().Name);
                }
            }
        }

        /// <summary>Real values go on the value tape; integers and booleans on the control tape.</summary>
        private TapeModel TapeOf(string variable) => TypeOf(variable).IsReal() ? _valueTape : _controlTape;

        private void DeclareVariables()
        {
            var locals = _variables.Values
                .Where(v => v.Kind == VariableKind.Local && _planner.IsRead(v.Name))
                .Select(v => new DeclareStatement(_names[v.Name], v.Type, v.Rank, Layout: v.Layout))
                .Prepend(new DeclareStatement(_result, _resultType, 0));
            _declarations.InsertRange(0, locals.ToList());
            foreach (var flag in _planner.Flags.Where(_planner.FlagsRead.Contains))
            {
                _declarations.Add(new DeclareStatement(flag, BodyType.Bool, 0));
            }

            foreach (var variable in _variables.Values.Where(v => HasAdjoint(v.Name) && !(v.Kind == VariableKind.DifferentiableParameter && v.IsArray)))
            {
                _declarations.Add(new DeclareStatement(Adjoint(variable.Name), BodyType.Double, variable.Rank, Layout: variable.Layout));
            }

            if (HasAdjoint(_result))
            {
                _declarations.Add(new DeclareStatement(Adjoint(_result), BodyType.Double, 0));
            }
        }

        private BodyType TypeOf(string name) => name == _result ? _resultType : _variables[name].Type;

        /// <summary>The variable or element an assignment writes: the result is a local of the sweeps, not of the body.</summary>
        private BodyExpression Target(AssignStep assign) =>
            assign.Target == _result ? Result
            : assign.Indices.Count == 0 ? new VariableExpression(assign.Target, TypeOf(assign.Target))
            : new ElementExpression(assign.Target, assign.Indices, TypeOf(assign.Target));

        private void Forward(List<SweepStep> steps)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case AssignStep assign:
                        ForwardAssign(assign);
                        break;
                    case FlagStep flag:
                        if (_planner.FlagsRead.Contains(flag.Flag))
                        {
                            _program.Add(new SetStatement(new NameExpression(flag.Flag, BodyType.Bool), new LiteralExpression(flag.Value ? "true" : "false", BodyType.Bool)));
                        }

                        break;
                    case BranchStep branch:
                        ForwardBranch(branch);
                        break;
                    case LoopStep loop:
                        ForwardLoop(loop);
                        break;
                    default:
                        throw new System.InvalidOperationException("Unknown step " + step.GetType().Name);
                }
            }
        }

        private void ForwardAssign(AssignStep assign)
        {
            var target = Target(assign);
            var type = TypeOf(assign.Target);
            switch (assign.Keep)
            {
                case KeepIn.Local:
                    _program.Add(new SetStatement(new NameExpression(assign.KeptIn!, type), target));
                    break;
                case KeepIn.Tape:
                    _program.Add(new PushStatement(TapeOf(assign.Target), type == BodyType.Bool ? Flag(target) : target));
                    break;
            }

            if (assign.Value is NewArrayExpression row && assign.Indices.Count > 0)
            {
                var adjointRow = HasAdjoint(assign.Target) ? new NameExpression(Adjoint(assign.Target), assign.Indices, BodyType.Double) : null;
                _program.Add(new AllocateRowStatement(target, row, adjointRow, "GradGen: a row of the local array '" + assign.Target.TrimStart('@')
                    + "' was created a second time in one call; the exact derivatives need each row created once (or use the numeric derivatives)."));
                return;
            }

            _program.Add(new SetStatement(target, assign.Value));
            if (assign.Value is NewArrayExpression { Jagged: true } && HasAdjoint(assign.Target))
            {
                var rows = new LengthExpression(assign.Target, null);
                _program.Add(new SetStatement(AdjointOf(assign.Target), new NewArrayExpression(new BodyExpression[] { rows }.ToEquatableArray(), BodyType.Double, Jagged: true)));
            }
            else if ((assign.Value is NewArrayExpression || IsVectorCall(assign.Value)) && HasAdjoint(assign.Target))
            {
                var rank = _variables[assign.Target].Rank;
                var lengths = Enumerable.Range(0, rank).Select(d => (BodyExpression)new LengthExpression(
                    assign.Target,
                    rank == 1 ? null : new LiteralExpression(d.ToString(System.Globalization.CultureInfo.InvariantCulture), BodyType.Int)));
                _program.Add(new SetStatement(AdjointOf(assign.Target), new NewArrayExpression(lengths.ToEquatableArray(), BodyType.Double)));
            }
        }

        /// <summary><c>b ? 1 : 0</c>: a boolean as a number for the control tape.</summary>
        private static BodyExpression Flag(BodyExpression condition) =>
            new ConditionalExpression(condition, new LiteralExpression("1", BodyType.Int), new LiteralExpression("0", BodyType.Int), BodyType.Int);

        private void ForwardBranch(BranchStep branch)
        {
            var condition = branch.Condition;
            if (branch.Decision is not null)
            {
                var decision = new NameExpression(branch.Decision, BodyType.Bool);
                _program.Add(new SetStatement(decision, condition));
                condition = decision;
            }

            using (_program.If(condition))
            {
                Forward(branch.Then);
            }

            if (branch.Else.Count > 0)
            {
                using (_program.Else())
                {
                    Forward(branch.Else);
                }
            }

            if (branch.Decision is not null && branch.OnTape)
            {
                _program.Add(new PushStatement(_controlTape, Flag(new NameExpression(branch.Decision, BodyType.Bool))));
            }
        }

        private void ForwardLoop(LoopStep loop)
        {
            var counter = loop.Counter is { } name ? new NameExpression(name, BodyType.Int) : null;
            if (counter is not null)
            {
                _program.Add(new SetStatement(counter, new LiteralExpression("0", BodyType.Int)));
            }

            using (_program.While(loop.Condition, loop.TestsAfterBody))
            {
                Reserve(loop);
                _enclosingLoops.Push(loop);
                Forward(loop.Body);
                _enclosingLoops.Pop();
                if (counter is not null)
                {
                    _program.Add(new IncrementStatement(counter));
                }
            }

            if (_enclosingLoops.Count > 0)
            {
                // This loop's own pushes may have filled a buffer: make room again there for the rest of the
                // enclosing iteration (as many as a whole iteration pushes, which is enough).
                Reserve(_enclosingLoops.Peek(), PushesOnto(loop.Body, _valueTape), PushesOnto(loop.Body, _controlTape));
            }

            if (counter is not null && loop.OnTape)
            {
                _program.Add(new PushStatement(_controlTape, counter));
            }
        }

        /// <summary>Makes room, once per iteration, for what one iteration of the loop pushes.</summary>
        private void Reserve(LoopStep loop, bool values = true, bool control = true)
        {
            if (values && loop.ValuePushes > 0)
            {
                _program.Add(new ReserveStatement(_valueTape, loop.ValuePushes));
            }

            if (control && loop.ControlPushes > 0)
            {
                _program.Add(new ReserveStatement(_controlTape, loop.ControlPushes));
            }
        }

        /// <summary>Whether the steps, or loops inside them, push anything onto the tape.</summary>
        private bool PushesOnto(List<SweepStep> steps, TapeModel tape) => AllSteps(steps).Any(step => step switch
        {
            AssignStep { Keep: KeepIn.Tape } assign => TapeOf(assign.Target) == tape,
            BranchStep { Decision: not null, OnTape: true } => tape == _controlTape,
            LoopStep { Counter: not null, OnTape: true } => tape == _controlTape,
            _ => false,
        });

        private void Reverse(List<SweepStep> steps)
        {
            for (var i = steps.Count - 1; i >= 0; i--)
            {
                foreach (var recomputed in steps[i].Recomputes)
                {
                    _program.Add(new SetStatement(Target(recomputed), recomputed.Value));
                }

                switch (steps[i])
                {
                    case AssignStep assign:
                        ReverseAssign(assign);
                        break;
                    case BranchStep { Decision: { } decision } branch:
                        var taken = branch.OnTape
                            ? new BinaryExpression(BinaryOperator.NotEqual, new PopExpression(_controlTape), new LiteralExpression("0", BodyType.Int), BodyType.Bool)
                            : (BodyExpression)new NameExpression(decision, BodyType.Bool);
                        using (_program.If(taken))
                        {
                            Reverse(branch.Then);
                        }

                        if (branch.Else.Count > 0)
                        {
                            using (_program.Else())
                            {
                                Reverse(branch.Else);
                            }
                        }

                        break;
                    case LoopStep { Counter: { } counter } loop:
                        var start = loop.OnTape ? new CastExpression(new PopExpression(_controlTape), BodyType.Int) : null;
                        using (_program.CountDown(new NameExpression(counter, BodyType.Int), start))
                        {
                            Reverse(loop.Body);
                        }

                        break;
                    case FlagStep or BranchStep or LoopStep:
                        break;
                    default:
                        throw new System.InvalidOperationException("Unknown step " + steps[i].GetType().Name);
                }
            }
        }

        private void ReverseAssign(AssignStep assign)
        {
            if (assign.Value is NewArrayExpression)
            {
                return;
            }

            var target = Target(assign);
            var type = TypeOf(assign.Target);
            switch (assign.Keep)
            {
                case KeepIn.Local:
                    _program.Add(new SetStatement(target, new NameExpression(assign.KeptIn!, type)));
                    break;
                case KeepIn.Tape:
                    var popped = new PopExpression(TapeOf(assign.Target));
                    _program.Add(new SetStatement(target, type switch
                    {
                        BodyType.Float => new CastExpression(popped, BodyType.Float),
                        BodyType.Int => new CastExpression(popped, BodyType.Int),
                        BodyType.Bool => new BinaryExpression(BinaryOperator.NotEqual, popped, new LiteralExpression("0", BodyType.Int), BodyType.Bool),
                        _ => popped,
                    }));
                    break;
                case KeepIn.Inverse:
                    RestoreAnalysis.IsIncrement(assign, type, out var increment, out var subtracts);
                    _program.Add(new SetStatement(target, new BinaryExpression(subtracts ? BinaryOperator.Add : BinaryOperator.Subtract, target, increment, type)));
                    break;
            }

            Accumulate(_program, assign, _context.Unique);
        }

        /// <summary><c>Softmax(z)</c> as the value of a local array: a call to a vector-valued method (issue 13).</summary>
        private static bool IsVectorCall(BodyExpression value) => value is MethodCallExpression { Callee.ReturnsVector: true };

        /// <summary>The chain rule for one assignment: its adjoint flows into what its value reads, and is then reset.</summary>
        private void Accumulate(ProgramBuilder program, AssignStep assign, System.Func<string, string> newName)
        {
            if (!HasAdjoint(assign.Target))
            {
                return;
            }

            if (assign.Value is MethodCallExpression { Callee.ReturnsVector: true } vectorCall)
            {
                // p = Softmax(z): p's adjoint array is the cotangent of the call, which the callee's
                // MAccumulateVectorJacobianProduct passes on to the arguments; p held nothing before.
                var arrayAdjoint = new NameExpression(Adjoint(assign.Target));
                if (_accumulator.IsActive(vectorCall))
                {
                    _accumulator.AccumulateVectorCall(program, vectorCall, arrayAdjoint, newName);
                }

                program.Add(new ClearStatement(arrayAdjoint));
                return;
            }

            var adjoint = new NameExpression(Adjoint(assign.Target), assign.Indices, BodyType.Double);
            if (!_accumulator.IsActive(assign.Value))
            {
                program.Add(new SetStatement(adjoint, ExpressionBuilder.Zero));
            }
            else if (assign.IsIncrement(out var added, out var subtracts))
            {
                // v = v + e (from v += e): v's adjoint passes through unchanged, e receives it.
                _accumulator.Accumulate(program, added, subtracts ? ExpressionBuilder.Negate(adjoint) : adjoint, newName);
            }
            else if (assign.Indices.Count == 0 && !BodyExpressions.VariablesIn(assign.Value).Contains(assign.Target))
            {
                _accumulator.Accumulate(program, assign.Value, adjoint, newName);
                program.Add(new SetStatement(adjoint, ExpressionBuilder.Zero));
            }
            else
            {
                var seed = newName("seed");
                program.Add(new DeclareStatement(seed, BodyType.Double, 0, adjoint));
                program.Add(new SetStatement(adjoint, ExpressionBuilder.Zero));
                _accumulator.Accumulate(program, assign.Value, new NameExpression(seed), newName);
            }
        }
    }
}
