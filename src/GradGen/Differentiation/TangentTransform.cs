using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using static GradGen.Differentiation.ExpressionBuilder;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Forward mode as a transform of the body model: returns the body of the exact directional derivative, itself
    /// a body in the supported subset. Each assignment to a value that carries a derivative is preceded by the
    /// assignment of its tangent (which reads the values before they change), and each <c>return</c> returns the
    /// tangent. Tangents are ordinary variables of the new body: the direction parameters, and locals for the
    /// tangents of locals and of parameters the body assigns (those start as their direction, see
    /// <see cref="BodyVariable.Initial"/>). One pass, no tape.
    /// </summary>
    internal sealed class TangentTransform
    {
        private readonly Dictionary<string, string> _tangents = new();
        private readonly Func<string, string> _newName;

        private TangentTransform(Func<string, string> newName) => _newName = newName;

        /// <param name="body">The body to differentiate.</param>
        /// <param name="directions">
        /// For each differentiable parameter of the body, the name of the parameter that gives the direction along it.
        /// </param>
        public static ExactBody Apply(ExactBody body, IReadOnlyDictionary<string, string> directions) => Apply(body, directions, out _);

        /// <param name="body">The body to differentiate.</param>
        /// <param name="directions">For each differentiable parameter of the body, the name of the parameter that gives the direction along it.</param>
        /// <param name="tangents">For each variable that carries a derivative, the variable of the new body that holds its tangent.</param>
        public static ExactBody Apply(ExactBody body, IReadOnlyDictionary<string, string> directions, out IReadOnlyDictionary<string, string> tangents)
        {
            var taken = new HashSet<string>(body.Variables.Select(v => v.Name).Concat(directions.Values));
            string NewName(string variable) => Unique(variable.TrimStart('@') + "Tangent");
            string Unique(string preferred)
            {
                var name = preferred;
                for (var suffix = 1; !taken.Add(name); suffix++)
                {
                    name = preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return name;
            }

            var transform = new TangentTransform(Unique);
            var assignments = Assignments(body.Statements).ToList();
            var assigned = new HashSet<string>(assignments.Select(a => a.Target));
            var parameters = body.Variables.Where(v => v.Kind == VariableKind.DifferentiableParameter && v.Type.IsReal()).ToList();
            foreach (var parameter in parameters)
            {
                transform._tangents[parameter.Name] = parameter.IsArray || !assigned.Contains(parameter.Name) ? directions[parameter.Name] : NewName(parameter.Name);
            }

            // A variable carries a derivative once some assignment gives it a value that does.
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var assignment in assignments.Where(a => !transform._tangents.ContainsKey(a.Target)))
                {
                    if (assignment.Value is not NewArrayExpression && transform.Carries(assignment.Value))
                    {
                        transform._tangents[assignment.Target] = NewName(assignment.Target);
                        changed = true;
                    }
                }
            }

            var variables = new List<BodyVariable>();
            foreach (var variable in body.Variables)
            {
                variables.Add(variable);
                if (!transform._tangents.TryGetValue(variable.Name, out var tangent) || directions.TryGetValue(variable.Name, out var direction) && direction == tangent)
                {
                    continue;
                }

                var initial = variable.Kind == VariableKind.DifferentiableParameter ? new VariableExpression(directions[variable.Name], BodyType.Double) : null;
                variables.Add(new BodyVariable(tangent, BodyType.Double, variable.Rank, VariableKind.Local) { Initial = initial, Layout = variable.Layout });
            }

            foreach (var parameter in parameters)
            {
                var direction = directions[parameter.Name];
                variables.Add(new BodyVariable(direction, parameter.IsArray ? parameter.Type : BodyType.Double, parameter.Rank, VariableKind.ConstantParameter) { Layout = parameter.Layout });
            }

            tangents = transform._tangents;
            return new ExactBody(variables.ToEquatableArray(), transform.Block(body.Statements));
        }

        private static IEnumerable<AssignStatement> Assignments(IEnumerable<BodyStatement> statements) => statements.SelectMany(statement => statement switch
        {
            AssignStatement assign => new[] { assign },
            IfStatement @if => Assignments(@if.Then).Concat(Assignments(@if.Else)),
            LoopStatement loop => Assignments(loop.Body).Concat(Assignments(loop.Increment)),
            BreakStatement or ContinueStatement or ReturnStatement => Enumerable.Empty<AssignStatement>(),
            _ => throw new InvalidOperationException("Unknown statement " + statement.GetType().Name),
        });

        private bool Carries(BodyExpression expression) => Activity.Carries(expression, _tangents.ContainsKey);

        private EquatableArray<BodyStatement> Block(IEnumerable<BodyStatement> statements) => statements.SelectMany(Statement).ToEquatableArray();

        private IEnumerable<BodyStatement> Statement(BodyStatement statement)
        {
            switch (statement)
            {
                case AssignStatement assign:
                    if (_tangents.TryGetValue(assign.Target, out var tangent))
                    {
                        var value = assign.Value is NewArrayExpression array ? array with { Type = BodyType.Double } : Tangent(assign.Value) ?? Zero;
                        yield return new AssignStatement(tangent, assign.Indices, value);
                    }

                    yield return assign;
                    break;
                case IfStatement @if:
                    yield return new IfStatement(@if.Condition, Block(@if.Then), Block(@if.Else));
                    break;
                case LoopStatement loop:
                    yield return new LoopStatement(loop.Condition, Block(loop.Body), Block(loop.Increment), loop.TestsAfterBody);
                    break;
                case BreakStatement or ContinueStatement:
                    yield return statement;
                    break;
                case ReturnStatement @return:
                    yield return new ReturnStatement(Tangent(@return.Value) ?? Zero);
                    break;
                default:
                    throw new InvalidOperationException("Unknown statement " + statement.GetType().Name);
            }
        }

        /// <summary>How the expression's value moves along the direction, by the chain rule; null when it does not move.</summary>
        private BodyExpression? Tangent(BodyExpression expression)
        {
            if (!expression.Type.IsReal())
            {
                return null;
            }

            switch (expression)
            {
                case VariableExpression variable:
                    return _tangents.TryGetValue(variable.Name, out var name) ? new VariableExpression(name, BodyType.Double) : null;
                case ElementExpression element:
                    return _tangents.TryGetValue(element.Array, out var array) ? new ElementExpression(array, element.Indices, BodyType.Double) : null;
                case ArrayArgumentExpression argument:
                    return _tangents.TryGetValue(argument.Array, out var tangentArray) ? new ArrayArgumentExpression(tangentArray, argument.Rank, BodyType.Double) : null;
                case SliceArgumentExpression slice:
                    return _tangents.TryGetValue(slice.Array, out var tangentSpan) ? slice with { Array = tangentSpan, Type = BodyType.Double } : null;
                case LiteralExpression or ConstantReadExpression or ConstantElementExpression:
                    return null;
                case UnaryExpression { Operator: UnaryOperator.Negate } unary:
                    return Tangent(unary.Operand) is { } negated ? Negate(negated) : null;
                case UnaryExpression { Operator: UnaryOperator.Plus } unary:
                    return Tangent(unary.Operand);
                case CastExpression cast:
                    return Tangent(cast.Operand);
                case BinaryExpression binary:
                    return Binary(binary);
                case ConditionalExpression conditional:
                    return Either(conditional.Condition, Tangent(conditional.WhenTrue), Tangent(conditional.WhenFalse));
                case CallExpression call when MathPartials.For(call) is { FirstChosenWhen: { } firstChosen }:
                    return Either(firstChosen(call.Arguments), Tangent(call.Arguments[0]), Tangent(call.Arguments[1]));
                case CallExpression call:
                    var rule = MathPartials.For(call);
                    return Sum(call.Arguments.Select((argument, i) => i < rule.Partials.Count && rule.Partials[i] is { } partial && Tangent(argument) is { } t ? partial(call.Arguments, t) : null).ToList());
                case MethodCallExpression call:
                    return MethodCall(call);
                case DerivativeCallExpression or CalleePartialExpression:
                    throw Activity.SecondOrder(expression);
                default:
                    throw new InvalidOperationException("No tangent rule for " + expression.GetType().Name);
            }
        }

        private static BodyExpression? Either(BodyExpression condition, BodyExpression? whenTrue, BodyExpression? whenFalse) =>
            whenTrue is null && whenFalse is null ? null : Choose(condition, whenTrue ?? Zero, whenFalse ?? Zero);

        private BodyExpression? Binary(BinaryExpression binary)
        {
            var left = Tangent(binary.Left);
            var right = Tangent(binary.Right);
            if (left is null && right is null)
            {
                return null;
            }

            var a = binary.Left;
            var b = binary.Right;
            return binary.Operator switch
            {
                BinaryOperator.Add => Sum(new[] { left, right }),
                BinaryOperator.Subtract => right is { } r ? (left is { } l ? Subtract(l, r) : Negate(r)) : left,
                BinaryOperator.Multiply => Sum(new[] { left is { } l ? Multiply(l, b) : null, right is { } r ? Multiply(a, r) : null }),
                BinaryOperator.Divide => Quotient(left, right, a, b),
                _ => throw new InvalidOperationException("No tangent rule for the real operator " + binary.Operator),
            };
        }

        /// <summary>(a / b)' = a' / b - a b' / (b b).</summary>
        private static BodyExpression Quotient(BodyExpression? left, BodyExpression? right, BodyExpression a, BodyExpression b)
        {
            var fromRight = right is { } r ? Divide(Multiply(a, r), Multiply(b, b)) : null;
            return left is { } l
                ? fromRight is { } f ? Subtract(Divide(l, b), f) : Divide(l, b)
                : Negate(fromRight!);
        }

        /// <summary>
        /// Through a call: the callee's own <c>MDirectionalDerivative</c> along the arguments' tangents, or the sum of
        /// its custom partial derivatives times them.
        /// </summary>
        private BodyExpression? MethodCall(MethodCallExpression call)
        {
            var callee = call.Callee;
            var tangents = call.Arguments.Select((argument, i) => callee.Parameters[i].IsDifferentiable ? Tangent(argument) : null).ToList();
            if (tangents.All(t => t is null))
            {
                return null;
            }

            if (callee.CustomDerivative is not { } custom)
            {
                var directions = tangents
                    .Select((t, i) => (Tangent: t, Parameter: callee.Parameters[i], Argument: call.Arguments[i]))
                    .Where(p => p.Parameter.IsDifferentiable)
                    .Select(p => Direction(p.Tangent, p.Parameter, p.Argument));
                // A vector-valued callee (var p = Softmax(z)) gives the tangent of the whole array: its J v.
                var kind = callee.ReturnsVector ? GeneratedMethodKind.JacobianVectorProduct : GeneratedMethodKind.DirectionalDerivative;
                return new DerivativeCallExpression(call, kind.NameFor(callee.Name), directions.ToEquatableArray(), BodyType.Double);
            }

            var partials = new DerivativeCallExpression(call, custom, EquatableArray<BodyExpression>.Empty, BodyType.Double);
            return Sum(tangents.Select((t, i) => t is { } tangent ? Multiply(new CalleePartialExpression(partials, callee, i, BodyType.Double), tangent) : null).ToList());
        }

        /// <summary>
        /// The tangent passed for one parameter of a callee's <c>MDirectionalDerivative</c>: cast to float for a float
        /// scalar; for an array that carries no derivative, a new array of zeros of its shape.
        /// </summary>
        private BodyExpression Direction(BodyExpression? tangent, CalleeParameter parameter, BodyExpression argument)
        {
            if (parameter.IsArray)
            {
                return tangent ?? ZerosLike(argument, parameter, _newName);
            }

            return parameter.Type == BodyType.Float ? new CastExpression(tangent ?? Zero, BodyType.Float) : tangent ?? Zero;
        }

        private static BodyExpression? Sum(IEnumerable<BodyExpression?> terms)
        {
            BodyExpression? sum = null;
            foreach (var term in terms)
            {
                if (term is { } t)
                {
                    sum = sum is { } s ? Add(s, t) : t;
                }
            }

            return sum;
        }
    }
}
