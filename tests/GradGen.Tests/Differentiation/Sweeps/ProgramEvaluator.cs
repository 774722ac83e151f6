using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Tests.Differentiation.Sweeps
{
    /// <summary>
    /// Runs the statements of a derivative program directly, in double: scalars by name, arrays by reference (two names
    /// may be given one array, as aliased arguments would be), declarations, assignments, adds, branches and count-down
    /// loops, while loops, increments and tapes. Enough to check that a rewrite of a program computes what the program computed, without printing it.
    /// </summary>
    internal sealed class ProgramEvaluator
    {
        private readonly Dictionary<string, double> _scalars;
        private readonly Dictionary<string, double[]> _arrays;
        private readonly Dictionary<TapeModel, Stack<double>> _tapes = new();

        public ProgramEvaluator(IReadOnlyDictionary<string, double> scalars, IReadOnlyDictionary<string, double[]> arrays)
        {
            _scalars = new Dictionary<string, double>(scalars.ToDictionary(p => p.Key, p => p.Value));
            _arrays = arrays.ToDictionary(p => p.Key, p => p.Value);
        }

        /// <summary>The scalars after the statements ran; the arrays given were written in place.</summary>
        public IReadOnlyDictionary<string, double> Scalars => _scalars;

        public void Run(IEnumerable<ProgramStatement> statements)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case DeclareStatement declare:
                        _scalars[declare.Name] = declare.Value is { } value ? Value(value) : 0;
                        break;
                    case SetStatement set:
                        Write(set.Target, Value(set.Value));
                        break;
                    case AddStatement add:
                        Write(add.Target, Value(add.Target) + Value(add.Value));
                        break;
                    case AddSumStatement sum:
                        var old = Value(sum.Target);
                        Write(sum.Target, old + sum.Terms.Select(Value).Aggregate((a, b) => a + b));
                        break;
                    case IfElseStatement @if:
                        Run(Value(@if.Condition) != 0 ? @if.Then : @if.Else ?? EquatableArray<ProgramStatement>.Empty);
                        break;
                    case CountDownStatement loop:
                        if (loop.Start is { } start)
                        {
                            Write(loop.Counter, Value(start));
                        }

                        for (; Value(loop.Counter) > 0; Write(loop.Counter, Value(loop.Counter) - 1))
                        {
                            Run(loop.Body);
                        }

                        break;
                    case WhileStatement loop:
                        do
                        {
                            if (!loop.TestsAfterBody && Value(loop.Condition) == 0)
                            {
                                break;
                            }

                            Run(loop.Body);
                        }
                        while (!loop.TestsAfterBody || Value(loop.Condition) != 0);
                        break;
                    case IncrementStatement increment:
                        Write(increment.Target, Value(increment.Target) + 1);
                        break;
                    case PushStatement push:
                        Tape(push.Tape).Push(Value(push.Value));
                        break;
                    case CommentStatement or BlankLineStatement or ReserveStatement or OpenTapeStatement or CloseTapeStatement:
                        break;
                    default:
                        throw new NotSupportedException(statement.GetType().Name);
                }
            }
        }

        private Stack<double> Tape(TapeModel tape) => _tapes.TryGetValue(tape, out var stack) ? stack : _tapes[tape] = new Stack<double>();

        private void Write(BodyExpression target, double value)
        {
            switch (target)
            {
                case NameExpression { Indices.Count: 0 } name:
                    _scalars[name.Name] = value;
                    break;
                case VariableExpression variable:
                    _scalars[variable.Name] = value;
                    break;
                case NameExpression name:
                    _arrays[name.Name][Index(name.Indices)] = value;
                    break;
                case ElementExpression element:
                    _arrays[element.Array][Index(element.Indices)] = value;
                    break;
                default:
                    throw new NotSupportedException(target.GetType().Name);
            }
        }

        private int Index(EquatableArray<BodyExpression> indices) => (int)Value(indices.Single());

        private double Value(BodyExpression expression) => expression switch
        {
            LiteralExpression literal => double.Parse(literal.Text, System.Globalization.CultureInfo.InvariantCulture),
            VariableExpression variable => _scalars[variable.Name],
            NameExpression { Indices.Count: 0 } name => _scalars[name.Name],
            NameExpression name => _arrays[name.Name][Index(name.Indices)],
            ElementExpression element => _arrays[element.Array][Index(element.Indices)],
            UnaryExpression { Operator: UnaryOperator.Negate } unary => -Value(unary.Operand),
            CastExpression cast => Value(cast.Operand),
            PopExpression pop => Tape(pop.Tape).Pop(),
            BinaryExpression binary => binary.Operator switch
            {
                BinaryOperator.Add => Value(binary.Left) + Value(binary.Right),
                BinaryOperator.Subtract => Value(binary.Left) - Value(binary.Right),
                BinaryOperator.Multiply => Value(binary.Left) * Value(binary.Right),
                BinaryOperator.Greater => Value(binary.Left) > Value(binary.Right) ? 1 : 0,
                BinaryOperator.Less => Value(binary.Left) < Value(binary.Right) ? 1 : 0,
                _ => throw new NotSupportedException(binary.Operator.ToString()),
            },
            _ => throw new NotSupportedException(expression.GetType().Name),
        };
    }
}
