using System.Collections.Generic;
using System.Linq;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Writes the body of the exact gradient: declarations, the forward sweep (the method's own code, keeping
    /// overwritten values, branch decisions and iteration counts), then the reverse sweep (the same steps
    /// backwards, restoring each overwritten value and accumulating adjoints by the chain rule).
    /// The destinations must be declared; on return they hold the gradient, and the value is in the returned local.
    /// Given a seed, the sweeps instead add the seed times the gradient to the destinations, as they are.
    /// </summary>
    internal sealed class AdjointBodyWriter
    {
        private readonly IndentedWriter _writer;
        private readonly DerivativeSignature _signature;
        private readonly Dictionary<string, BodyVariable> _variables;
        private readonly Dictionary<string, string> _names = new();
        private readonly Dictionary<string, string> _adjoints = new();
        private readonly HashSet<string> _receivers;
        private readonly ExpressionWriter _expressions;
        private readonly AdjointAccumulator _accumulator;
        private readonly SweepPlanner _planner;
        private readonly List<SweepStep> _steps;
        private readonly string _result;
        private readonly BodyType _resultType;
        private readonly Tape _valueTape;
        private readonly Tape _controlTape;
        private readonly string? _seed;
        private readonly List<string> _declarations = new();

        /// <summary>The loops around the step the forward sweep is writing, innermost on top.</summary>
        private readonly Stack<LoopStep> _enclosingLoops = new();

        /// <summary>While set, collects the variables whose values the code being written reads.</summary>
        private HashSet<string>? _reads;

        private AdjointBodyWriter(IndentedWriter writer, DerivativeSignature signature, ExactBody body, string? seed)
        {
            _writer = writer;
            _seed = seed;
            _signature = signature;
            _variables = body.Variables.ToDictionary(v => v.Name);
            var names = signature.Names;
            foreach (var variable in body.Variables)
            {
                _names[variable.Name] = variable.Kind == VariableKind.Local ? names.Unique(variable.Name) : NameScope.Escape(variable.Name);
            }

            _result = names.Unique("result");
            _resultType = signature.Method.ReturnKind == ScalarKind.Float ? BodyType.Float : BodyType.Double;
            _valueTape = Tape.ForValues(signature.Method, names);
            _controlTape = Tape.ForControl(signature.Method, names);
            _expressions = new ExpressionWriter(Name);
            _accumulator = new AdjointAccumulator(_expressions, IsActive, Adjoint, HasFloatAdjoint, preferred => names.Unique(preferred));
            (_steps, _planner) = SweepPlanner.Plan(body, _result, preferred => names.Unique(preferred));
            _receivers = FindReceivers();
            var reverseReads = new Dictionary<AssignStep, ICollection<string>>();
            ICollection<string> ReadsOf(AssignStep step) => reverseReads.TryGetValue(step, out var reads) ? reads : reverseReads[step] = ReverseReads(step);
            Recomputation.Plan(_steps, ReadsOf);
            RestoreAnalysis.Decide(_steps, ReadsOf, TypeOf);
        }

        /// <summary>
        /// Writes the sweeps and returns the name of the local holding the method's value. The tapes the sweeps
        /// use are added to <paramref name="tapes"/>: their fields must be declared in the method's type.
        /// </summary>
        /// <param name="seed">Null to overwrite the destinations with the gradient; else the name of the seed, times which the gradient is added to them.</param>
        public static string Write(IndentedWriter writer, DerivativeSignature signature, ExactBody body, ICollection<Tape> tapes, string? seed = null)
        {
            var bodyWriter = new AdjointBodyWriter(writer, signature, body, seed);
            var value = bodyWriter.WriteAll();
            foreach (var tape in new[] { bodyWriter._valueTape, bodyWriter._controlTape }.Where(t => t.IsUsed))
            {
                tapes.Add(tape);
            }

            return value;
        }

        private string WriteAll()
        {
            foreach (var parameter in _signature.Differentiable.Where(p => p.Shape!.IsArray && _seed is null))
            {
                var destination = _signature.DestinationName(parameter);
                _writer.WriteLine("global::System.Array.Clear(" + destination + ", 0, " + destination + ".Length);");
            }

            Prepare(_steps, inLoop: false);
            DeclareVariables();
            foreach (var declaration in _declarations)
            {
                _writer.WriteLine(declaration);
            }

            foreach (var tape in new[] { _valueTape, _controlTape }.Where(t => t.IsUsed))
            {
                tape.Open(_writer);
            }

            _writer.WriteLine();
            _writer.WriteLine("// Forward sweep: the method's own steps, keeping what the reverse sweep needs.");
            Forward(_steps);
            var value = _signature.Names.Unique("value");
            _writer.WriteLine(_resultType.Keyword() + " " + value + " = " + _result + ";");

            _writer.WriteLine();
            _writer.WriteLine("// Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).");
            if (HasAdjoint(_result))
            {
                _writer.WriteLine(Adjoint(_result) + " = " + (_seed ?? "1.0") + ";");
            }

            Reverse(_steps);
            foreach (var tape in new[] { _valueTape, _controlTape }.Where(t => t.IsUsed))
            {
                tape.Close(_writer);
            }

            _writer.WriteLine();
            foreach (var parameter in _signature.Differentiable.Where(p => !p.Shape!.IsArray))
            {
                if (_seed is not null)
                {
                    if (_variables.ContainsKey(parameter.Name))
                    {
                        _writer.WriteLine(_signature.DestinationName(parameter) + " += " + Adjoint(parameter.Name) + ";");
                    }

                    continue;
                }

                var adjoint = _variables.ContainsKey(parameter.Name) ? Adjoint(parameter.Name) : "0.0";
                _writer.WriteLine(_signature.DestinationName(parameter) + " = " + (parameter.Shape!.Element == ScalarKind.Float ? "(float)" + adjoint : adjoint) + ";");
            }

            return value;
        }

        private string Name(string variable)
        {
            _reads?.Add(variable);
            return _names.TryGetValue(variable, out var name) ? name : variable;
        }

        /// <summary>
        /// The variables the reverse code of an assignment reads, found by writing that code once into a scratch
        /// writer: exactly what <see cref="RestoreAnalysis"/> must keep values of.
        /// </summary>
        private ICollection<string> ReverseReads(AssignStep assign)
        {
            var reads = new HashSet<string>();
            _reads = reads;
            _accumulator.Receivers = new HashSet<string>();
            Accumulate(new IndentedWriter(), assign, dryRun: true);
            _accumulator.Receivers = null;
            _reads = null;
            return reads;
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
                var parameter = _signature.Differentiable.FirstOrDefault(p => p.Name == name && p.Shape!.IsArray);
                adjoint = parameter is not null ? _signature.DestinationName(parameter) : _signature.Names.Unique(name.TrimStart('@') + "Adjoint");
                _adjoints[name] = adjoint;
            }

            return adjoint;
        }

        private bool HasFloatAdjoint(string name) =>
            _variables[name] is { Kind: VariableKind.DifferentiableParameter, IsArray: true, Type: BodyType.Float };

        /// <summary>
        /// The variables some adjoint flows into, found by writing every accumulation once into a scratch writer
        /// until nothing new appears: only these get an adjoint, so no adjoint is declared and never used.
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

            _accumulator.Receivers = receivers;
            for (var count = 0; count != receivers.Count;)
            {
                count = receivers.Count;
                foreach (var step in AllSteps(_steps).OfType<AssignStep>().Where(s => receivers.Contains(s.Target)).ToList())
                {
                    _accumulator.Accumulate(new IndentedWriter(), step.Value, new NameExpression("seed"));
                }
            }

            _accumulator.Receivers = null;
            return receivers;
        }

        private static IEnumerable<SweepStep> AllSteps(IEnumerable<SweepStep> steps)
        {
            foreach (var step in steps)
            {
                yield return step;
                var nested = step switch
                {
                    BranchStep branch => AllSteps(branch.Then).Concat(AllSteps(branch.Else)),
                    LoopStep loop => AllSteps(loop.Body),
                    _ => Enumerable.Empty<SweepStep>(),
                };
                foreach (var inner in nested)
                {
                    yield return inner;
                }
            }
        }

        /// <summary>Names the decisions, counters and kept values that have something to reverse, and notes the tapes used.</summary>
        private bool Prepare(List<SweepStep> steps, bool inLoop)
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
                            TapeOf(assign.Target).IsUsed = true;
                        }
                        else if (assign.Keep == KeepIn.Local)
                        {
                            assign.KeptIn = _signature.Names.Unique(assign.Target.TrimStart('@') + "Saved");
                            _declarations.Add(Declaration(TypeOf(assign.Target), 0, assign.KeptIn));
                        }

                        break;
                    case BranchStep branch:
                        var thenWork = Prepare(branch.Then, inLoop);
                        if (Prepare(branch.Else, inLoop) | thenWork)
                        {
                            branch.Decision = _signature.Names.Unique("branch");
                            _declarations.Add(Declaration(BodyType.Bool, 0, branch.Decision));
                            _controlTape.IsUsed |= branch.OnTape;
                            any = true;
                        }

                        break;
                    case LoopStep loop:
                        if (Prepare(loop.Body, inLoop: true))
                        {
                            loop.Counter = _signature.Names.Unique("iterations");
                            _declarations.Add(Declaration(BodyType.Int, 0, loop.Counter));
                            _controlTape.IsUsed |= loop.OnTape;
                            any = true;
                        }

                        CountPushes(loop.Body, loop);

                        break;
                }
            }

            return any;
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
                    case BranchStep branch:
                        loop.ControlPushes += branch.Decision is not null && branch.OnTape ? 1 : 0;
                        CountPushes(branch.Then, loop);
                        CountPushes(branch.Else, loop);
                        break;
                    case LoopStep inner:
                        loop.ControlPushes += inner.Counter is not null && inner.OnTape ? 1 : 0;
                        break;
                }
            }
        }

        /// <summary>Real values go on the value tape; integers and booleans on the control tape.</summary>
        private Tape TapeOf(string variable) => TypeOf(variable).IsReal() ? _valueTape : _controlTape;

        private void DeclareVariables()
        {
            var locals = _variables.Values
                .Where(v => v.Kind == VariableKind.Local && _planner.IsRead(v.Name))
                .Select(v => Declaration(v.Type, v.Rank, Name(v.Name)))
                .Prepend(Declaration(_resultType, 0, _result));
            _declarations.InsertRange(0, locals.ToList());
            foreach (var flag in _planner.Flags.Where(_planner.FlagsRead.Contains))
            {
                _declarations.Add(Declaration(BodyType.Bool, 0, flag));
            }

            var adjoints = new List<string>();
            foreach (var variable in _variables.Values.Where(v => HasAdjoint(v.Name) && !(v.Kind == VariableKind.DifferentiableParameter && v.IsArray)))
            {
                adjoints.Add(Declaration(BodyType.Double, variable.Rank, Adjoint(variable.Name)));
            }

            if (HasAdjoint(_result))
            {
                adjoints.Add(Declaration(BodyType.Double, 0, Adjoint(_result)));
            }

            _declarations.AddRange(adjoints);
        }

        private BodyType TypeOf(string name) => name == _result ? _resultType : _variables[name].Type;

        /// <summary><c>double x = 0;</c> or <c>double[,] a = new double[0, 0];</c>: a local declared before the code that assigns it.</summary>
        internal static string Declaration(BodyType type, int rank, string name) => rank == 0
            ? type.Keyword() + " " + name + " = " + (type == BodyType.Bool ? "false" : "0") + ";"
            : type.Keyword() + "[" + new string(',', rank - 1) + "] " + name + " = new " + type.Keyword() + "[" + string.Join(", ", Enumerable.Repeat("0", rank)) + "];";

        private void Forward(List<SweepStep> steps)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case AssignStep assign:
                        ForwardAssign(assign);
                        break;
                    case FlagStep flag when _planner.FlagsRead.Contains(flag.Flag):
                        _writer.WriteLine(flag.Flag + " = " + (flag.Value ? "true" : "false") + ";");
                        break;
                    case BranchStep branch:
                        ForwardBranch(branch);
                        break;
                    case LoopStep loop:
                        ForwardLoop(loop);
                        break;
                }
            }
        }

        private void ForwardAssign(AssignStep assign)
        {
            var target = assign.Indices.Count == 0 ? Name(assign.Target) : _expressions.Element(assign.Target, assign.Indices);
            var type = TypeOf(assign.Target);
            switch (assign.Keep)
            {
                case KeepIn.Local:
                    _writer.WriteLine(assign.KeptIn + " = " + target + ";");
                    break;
                case KeepIn.Tape:
                    _writer.WriteLine(TapeOf(assign.Target).Push(type == BodyType.Bool ? target + " ? 1 : 0" : target));
                    break;
            }

            _writer.WriteLine(target + " = " + _expressions.Text(assign.Value) + ";");
            if (assign.Value is NewArrayExpression && HasAdjoint(assign.Target))
            {
                var rank = _variables[assign.Target].Rank;
                _writer.WriteLine(Adjoint(assign.Target) + " = " + ArrayCode.AllocateLike(target, new DifferentiableShape(ScalarKind.Double, rank)) + ";");
            }
        }

        private void ForwardBranch(BranchStep branch)
        {
            var condition = _expressions.Text(branch.Condition);
            if (branch.Decision is not null)
            {
                _writer.WriteLine(branch.Decision + " = " + condition + ";");
                condition = branch.Decision;
            }

            using (_writer.OpenBlock("if (" + condition + ")"))
            {
                Forward(branch.Then);
            }

            if (branch.Else.Count > 0)
            {
                using (_writer.OpenBlock("else"))
                {
                    Forward(branch.Else);
                }
            }

            if (branch.Decision is not null && branch.OnTape)
            {
                _writer.WriteLine(_controlTape.Push(branch.Decision + " ? 1 : 0"));
            }
        }

        private void ForwardLoop(LoopStep loop)
        {
            var condition = _expressions.Text(loop.Condition);
            if (loop.Counter is not null)
            {
                _writer.WriteLine(loop.Counter + " = 0;");
            }

            using (loop.TestsAfterBody ? _writer.OpenBlock("do", "} while (" + condition + ");") : _writer.OpenBlock("while (" + condition + ")"))
            {
                Reserve(loop);
                _enclosingLoops.Push(loop);
                Forward(loop.Body);
                _enclosingLoops.Pop();
                if (loop.Counter is not null)
                {
                    _writer.WriteLine(loop.Counter + "++;");
                }
            }

            if (_enclosingLoops.Count > 0)
            {
                // This loop's own pushes may have filled a buffer: make room again there for the rest of the
                // enclosing iteration (as many as a whole iteration pushes, which is enough).
                Reserve(_enclosingLoops.Peek(), PushesOnto(loop.Body, _valueTape), PushesOnto(loop.Body, _controlTape));
            }

            if (loop.Counter is not null && loop.OnTape)
            {
                _writer.WriteLine(_controlTape.Push(loop.Counter));
            }
        }

        /// <summary>Makes room, once per iteration, for what one iteration of the loop pushes.</summary>
        private void Reserve(LoopStep loop, bool values = true, bool control = true)
        {
            if (values && loop.ValuePushes > 0)
            {
                _valueTape.Reserve(_writer, loop.ValuePushes);
            }

            if (control && loop.ControlPushes > 0)
            {
                _controlTape.Reserve(_writer, loop.ControlPushes);
            }
        }

        /// <summary>Whether the steps, or loops inside them, push anything onto the tape.</summary>
        private bool PushesOnto(List<SweepStep> steps, Tape tape) => AllSteps(steps).Any(step => step switch
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
                    _writer.WriteLine(Name(recomputed.Target) + " = " + _expressions.Text(recomputed.Value) + ";");
                }

                switch (steps[i])
                {
                    case AssignStep assign:
                        ReverseAssign(assign);
                        break;
                    case BranchStep { Decision: not null } branch:
                        using (_writer.OpenBlock("if (" + (branch.OnTape ? _controlTape.Pop() + " != 0" : branch.Decision) + ")"))
                        {
                            Reverse(branch.Then);
                        }

                        if (branch.Else.Count > 0)
                        {
                            using (_writer.OpenBlock("else"))
                            {
                                Reverse(branch.Else);
                            }
                        }

                        break;
                    case LoopStep { Counter: not null } loop:
                        var start = loop.OnTape ? loop.Counter + " = (int)" + _controlTape.Pop() : string.Empty;
                        using (_writer.OpenBlock("for (" + start + "; " + loop.Counter + " > 0; " + loop.Counter + "--)"))
                        {
                            Reverse(loop.Body);
                        }

                        break;
                }
            }
        }

        private void ReverseAssign(AssignStep assign)
        {
            if (assign.Value is NewArrayExpression)
            {
                return;
            }

            var target = assign.Indices.Count == 0 ? Name(assign.Target) : _expressions.Element(assign.Target, assign.Indices);
            var type = TypeOf(assign.Target);
            switch (assign.Keep)
            {
                case KeepIn.Local:
                    _writer.WriteLine(target + " = " + assign.KeptIn + ";");
                    break;
                case KeepIn.Tape:
                    var popped = TapeOf(assign.Target).Pop();
                    _writer.WriteLine(target + " = " + (type switch
                    {
                        BodyType.Float => "(float)" + popped,
                        BodyType.Int => "(int)" + popped,
                        BodyType.Bool => popped + " != 0",
                        _ => popped,
                    }) + ";");
                    break;
                case KeepIn.Inverse:
                    RestoreAnalysis.IsIncrement(assign, type, out var increment, out var subtracts);
                    var undo = _expressions.Write(increment);
                    _writer.WriteLine(target + " = " + (subtracts ? Code.Add(Code.Atom(target), undo) : Code.Subtract(Code.Atom(target), undo)).Text + ";");
                    break;
            }

            Accumulate(_writer, assign, dryRun: false);
        }

        /// <summary>The chain rule for one assignment: its adjoint flows into what its value reads, and is then reset.</summary>
        private void Accumulate(IndentedWriter writer, AssignStep assign, bool dryRun)
        {
            if (!HasAdjoint(assign.Target))
            {
                return;
            }

            var adjoint = new NameExpression(Adjoint(assign.Target), assign.Indices, BodyType.Double);
            var adjointText = _expressions.Text(adjoint);
            if (!_accumulator.IsActive(assign.Value))
            {
                writer.WriteLine(adjointText + " = 0.0;");
            }
            else if (assign.IsIncrement(out var added, out var subtracts))
            {
                // v = v + e (from v += e): v's adjoint passes through unchanged, e receives it.
                _accumulator.Accumulate(writer, added, subtracts ? ExpressionBuilder.Negate(adjoint) : adjoint);
            }
            else if (assign.Indices.Count == 0 && !BodyExpressions.VariablesIn(assign.Value).Contains(assign.Target))
            {
                _accumulator.Accumulate(writer, assign.Value, adjoint);
                writer.WriteLine(adjointText + " = 0.0;");
            }
            else
            {
                var seed = dryRun ? "seed" : _signature.Names.Unique("seed");
                writer.WriteLine("double " + seed + " = " + adjointText + ";");
                writer.WriteLine(adjointText + " = 0.0;");
                _accumulator.Accumulate(writer, assign.Value, new NameExpression(seed));
            }
        }
    }
}
