using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Tests.Differentiation
{
    /// <summary>
    /// Runs a scalar body model directly, in double: enough to check what the transforms return without printing
    /// it, for straight-line code with branches and the Math functions.
    /// </summary>
    internal sealed class BodyEvaluator
    {
        private readonly Dictionary<string, double> _values;

        private BodyEvaluator(Dictionary<string, double> values) => _values = values;

        public static double Run(ExactBody body, IReadOnlyDictionary<string, double> parameters)
        {
            var evaluator = new BodyEvaluator(new Dictionary<string, double>(parameters));
            foreach (var local in body.Variables.Where(v => v.Kind == VariableKind.Local))
            {
                evaluator._values[local.Name] = local.Initial is { } initial ? evaluator.Value(initial) : 0;
            }

            return evaluator.Block(body.Statements) ?? throw new InvalidOperationException("The body did not return.");
        }

        public static double Value(BodyExpression expression, IReadOnlyDictionary<string, double> variables) =>
            new BodyEvaluator(new Dictionary<string, double>(variables)).Value(expression);

        private double? Block(IEnumerable<BodyStatement> statements)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case AssignStatement { Indices.Count: 0 } assign:
                        _values[assign.Target] = Value(assign.Value);
                        break;
                    case IfStatement @if:
                        if (Block(Value(@if.Condition) != 0 ? @if.Then : @if.Else) is { } returned)
                        {
                            return returned;
                        }

                        break;
                    case ReturnStatement @return:
                        return Value(@return.Value);
                    default:
                        throw new NotSupportedException(statement.GetType().Name);
                }
            }

            return null;
        }

        private double Value(BodyExpression expression) => expression switch
        {
            LiteralExpression literal => double.Parse(literal.Text.TrimEnd('f'), System.Globalization.CultureInfo.InvariantCulture),
            VariableExpression variable => _values[variable.Name],
            UnaryExpression { Operator: UnaryOperator.Negate } unary => -Value(unary.Operand),
            UnaryExpression { Operator: UnaryOperator.Plus } unary => Value(unary.Operand),
            CastExpression cast => Value(cast.Operand),
            BinaryExpression binary => Binary(binary.Operator, Value(binary.Left), Value(binary.Right)),
            ConditionalExpression conditional => Value(conditional.Condition) != 0 ? Value(conditional.WhenTrue) : Value(conditional.WhenFalse),
            CallExpression call => Call(call.Function, call.Arguments.Select(Value).ToArray()),
            _ => throw new NotSupportedException(expression.GetType().Name),
        };

        private static double Binary(BinaryOperator op, double a, double b) => op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => a / b,
            BinaryOperator.Less => a < b ? 1 : 0,
            BinaryOperator.LessOrEqual => a <= b ? 1 : 0,
            BinaryOperator.Greater => a > b ? 1 : 0,
            BinaryOperator.GreaterOrEqual => a >= b ? 1 : 0,
            BinaryOperator.Equal => a == b ? 1 : 0,
            BinaryOperator.NotEqual => a != b ? 1 : 0,
            BinaryOperator.And => a != 0 && b != 0 ? 1 : 0,
            BinaryOperator.Or => a != 0 || b != 0 ? 1 : 0,
            _ => throw new NotSupportedException(op.ToString()),
        };

        /// <summary>The function itself, by reflection on System.Math, so that a new member needs no line here.</summary>
        public static double Call(MathFunction function, double[] arguments)
        {
            var method = typeof(Math).GetMethods()
                .Single(m => m.Name == function.ToString() && m.GetParameters().Length == arguments.Length && m.GetParameters().All(p => p.ParameterType == typeof(double)));
            return Convert.ToDouble(method.Invoke(null, arguments.Cast<object>().ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
