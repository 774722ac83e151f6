using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Writes the tangent (forward-mode derivative) of an expression: how its value moves when the inputs move along
    /// the direction, by the chain rule. Null stands for a tangent that is zero, so no code is written for it.
    /// </summary>
    internal sealed class TangentExpressions
    {
        private static readonly Code Zero = Code.Atom("0.0");

        private readonly ExpressionWriter _expressions;
        private readonly Func<string, string?> _tangent;

        /// <param name="expressions">Writes the values the partial derivatives need.</param>
        /// <param name="tangent">The name of a variable's or array's tangent, or null when it carries none.</param>
        public TangentExpressions(ExpressionWriter expressions, Func<string, string?> tangent)
        {
            _expressions = expressions;
            _tangent = tangent;
        }

        public Code? Tangent(BodyExpression expression)
        {
            if (!expression.Type.IsReal())
            {
                return null;
            }

            switch (expression)
            {
                case VariableExpression variable:
                    return _tangent(variable.Name) is { } name ? Code.Atom(name) : null;
                case ElementExpression element:
                    return _tangent(element.Array) is { } array ? Code.Atom(array + _expressions.Index(element.Indices)) : null;
                case ArrayArgumentExpression argument:
                    return _tangent(argument.Array) is { } tangentArray ? Code.Atom(tangentArray) : null;
                case UnaryExpression { Operator: UnaryOperator.Negate } unary:
                    return Tangent(unary.Operand) is { } negated ? Code.Negate(negated) : null;
                case UnaryExpression unary:
                    return Tangent(unary.Operand);
                case CastExpression cast:
                    return Tangent(cast.Operand);
                case BinaryExpression binary:
                    return Binary(binary);
                case ConditionalExpression conditional:
                    var whenTrue = Tangent(conditional.WhenTrue);
                    var whenFalse = Tangent(conditional.WhenFalse);
                    return whenTrue is null && whenFalse is null ? null : Choose(conditional.Condition, whenTrue, whenFalse);
                case CallExpression { Function: MathFunction.Max or MathFunction.Min } call:
                    var condition = new BinaryExpression(call.Function == MathFunction.Max ? BinaryOperator.GreaterOrEqual : BinaryOperator.LessOrEqual, call.Arguments[0], call.Arguments[1], BodyType.Bool);
                    var first = Tangent(call.Arguments[0]);
                    var second = Tangent(call.Arguments[1]);
                    return first is null && second is null ? null : Choose(condition, first, second);
                case CallExpression call:
                    return Sum(MathPartials.Of(call, _expressions).Select(p => Tangent(call.Arguments[p.Argument]) is { } t ? p.Times(t) : (Code?)null));
                case MethodCallExpression call:
                    return MethodCall(call);
                default:
                    return null;
            }
        }

        private Code? Binary(BinaryExpression binary)
        {
            var left = Tangent(binary.Left);
            var right = Tangent(binary.Right);
            if (left is null && right is null)
            {
                return null;
            }

            var a = _expressions.Write(binary.Left);
            var b = _expressions.Write(binary.Right);
            return binary.Operator switch
            {
                BinaryOperator.Add => Sum(new[] { left, right }),
                BinaryOperator.Subtract => right is { } r ? (left is { } l ? Code.Subtract(l, r) : Code.Negate(r)) : left,
                BinaryOperator.Multiply => Sum(new[] { left is { } l ? Code.Multiply(l, b) : (Code?)null, right is { } r ? Code.Multiply(a, r) : (Code?)null }),
                BinaryOperator.Divide => Quotient(left, right, a, b),
                _ => null,
            };
        }

        /// <summary>(a / b)' = a' / b - a b' / (b b).</summary>
        private static Code Quotient(Code? left, Code? right, Code a, Code b)
        {
            var fromRight = right is { } r ? Code.Divide(Code.Multiply(a, r), Code.Multiply(b, b)) : (Code?)null;
            return left is { } l
                ? fromRight is { } f ? Code.Subtract(Code.Divide(l, b), f) : Code.Divide(l, b)
                : Code.Negate(fromRight!.Value);
        }

        /// <summary>
        /// Through a call: the callee's own <c>MDirectionalDerivative</c> along the arguments' tangents, or the sum of
        /// its custom partial derivatives times them.
        /// </summary>
        private Code? MethodCall(MethodCallExpression call)
        {
            var callee = call.Callee;
            var tangents = call.Arguments.Select((argument, i) => callee.Parameters[i].IsDifferentiable ? Tangent(argument) : null).ToList();
            if (tangents.All(t => t is null))
            {
                return null;
            }

            if (callee.CustomDerivative is null)
            {
                var directions = tangents
                    .Select((t, i) => (Tangent: t, Parameter: callee.Parameters[i], Argument: call.Arguments[i]))
                    .Where(p => p.Parameter.IsDifferentiable)
                    .Select(p => Direction(p.Tangent, p.Parameter, p.Argument));
                var name = GeneratedMethodKind.DirectionalDerivative.NameFor(callee.Name);
                return Code.Atom(ExpressionWriter.Callee(callee, NameScope.Escape(name)) + "(" + string.Join(", ", call.Arguments.Select(_expressions.Text).Concat(directions)) + ")");
            }

            var partials = CalleePartials.Call(call, _expressions);
            return Sum(tangents.Select((t, i) => t is { } tangent ? Code.Multiply(Code.Atom(CalleePartials.Of(callee, i, "(" + partials + ")")!), tangent) : (Code?)null));
        }

        /// <summary>
        /// The tangent passed for one parameter of a callee's <c>MDirectionalDerivative</c>: cast to float for a float
        /// scalar; for an array that carries no derivative, a new array of zeros of its shape.
        /// </summary>
        private string Direction(Code? tangent, CalleeParameter parameter, BodyExpression argument)
        {
            if (parameter.IsArray)
            {
                return tangent?.Text ?? ArrayCode.AllocateLike(_expressions.Text(argument), parameter.DerivativeShape);
            }

            return parameter.Type == BodyType.Float ? "(float)" + (tangent ?? Zero).At(Code.Primary) : (tangent ?? Zero).Text;
        }

        private Code Choose(BodyExpression condition, Code? whenTrue, Code? whenFalse) => new(
            _expressions.Write(condition).At(Code.Conditional + 1) + " ? " + (whenTrue ?? Zero).At(Code.Conditional + 1) + " : " + (whenFalse ?? Zero).At(Code.Conditional + 1),
            Code.Conditional);

        private static Code? Sum(IEnumerable<Code?> terms)
        {
            Code? sum = null;
            foreach (var term in terms)
            {
                if (term is { } t)
                {
                    sum = sum is { } s ? Code.Add(s, t) : t;
                }
            }

            return sum;
        }
    }
}
