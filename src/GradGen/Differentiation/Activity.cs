using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Whether a derivative flows through an expression, given which variables carry one: the activity rule both
    /// modes share. Conditions, integer parts and the piecewise-constant Math functions carry none.
    /// </summary>
    internal static class Activity
    {
        /// <summary>Whether the expression is a real value that depends on a variable carrying a derivative.</summary>
        public static bool Carries(BodyExpression expression, Func<string, bool> isActive) =>
            expression.Type.IsReal() && DependsOn(expression, isActive);

        private static bool DependsOn(BodyExpression expression, Func<string, bool> isActive) => expression switch
        {
            VariableExpression variable => isActive(variable.Name),
            ElementExpression element => isActive(element.Array),
            ArrayArgumentExpression array => isActive(array.Array),
            SliceArgumentExpression slice => isActive(slice.Array),
            LiteralExpression or ConstantReadExpression or ConstantElementExpression or LengthExpression or NewArrayExpression => false,
            RowIndexExpression or RowLengthExpression or ZeroRowsExpression => false,
            ConditionalExpression conditional => Carries(conditional.WhenTrue, isActive) || Carries(conditional.WhenFalse, isActive),
            CallExpression call => MathPartials.For(call).Kind != DerivativeKind.PiecewiseConstant && call.Arguments.Any(a => Carries(a, isActive)),
            CastExpression or UnaryExpression or BinaryExpression => BodyExpressions.Children(expression).Any(e => Carries(e, isActive)),
            MethodCallExpression call => call.Arguments.Where((argument, i) => call.Callee.Parameters[i].IsDifferentiable).Any(a => Carries(a, isActive)),
            DerivativeCallExpression derivative when IsDirectionalDerivative(derivative) => DirectionalDerivativeOperands(derivative).Any(a => Carries(a, isActive)),
            DerivativeCallExpression or CalleePartialExpression => throw SecondOrder(expression),
            _ => throw new InvalidOperationException("Unknown expression " + expression.GetType().Name),
        };

        /// <summary>
        /// The variables and arrays whose adjoints receive part of an adjoint flowing into the expression, by the
        /// chain rule: its leaves that carry a derivative, reached through subexpressions that carry one and through
        /// the arguments a derivative flows into (a Math function's partials, a callee's differentiable parameters).
        /// </summary>
        public static IEnumerable<string> Receivers(BodyExpression expression, Func<string, bool> isActive)
        {
            if (!Carries(expression, isActive))
            {
                return Enumerable.Empty<string>();
            }

            IEnumerable<string> Of(IEnumerable<BodyExpression> operands) => operands.SelectMany(o => Receivers(o, isActive));
            return expression switch
            {
                VariableExpression variable => new[] { variable.Name },
                ElementExpression element => new[] { element.Array },
                ArrayArgumentExpression array => new[] { array.Array },
                SliceArgumentExpression slice => new[] { slice.Array },
                UnaryExpression unary => Of(new[] { unary.Operand }),
                CastExpression cast => Of(new[] { cast.Operand }),
                BinaryExpression binary => Of(new[] { binary.Left, binary.Right }),
                ConditionalExpression conditional => Of(new[] { conditional.WhenTrue, conditional.WhenFalse }),
                CallExpression call => MathPartials.For(call) is { FirstChosenWhen: not null }
                    ? Of(call.Arguments)
                    : Of(call.Arguments.Where((argument, i) => i < MathPartials.For(call).Partials.Count && MathPartials.For(call).Partials[i] is not null)),
                MethodCallExpression call => Of(call.Arguments.Where((argument, i) => call.Callee.Parameters[i].IsDifferentiable)),
                DerivativeCallExpression derivative when IsDirectionalDerivative(derivative) => Of(DirectionalDerivativeOperands(derivative)),
                DerivativeCallExpression or CalleePartialExpression => throw SecondOrder(expression),
                _ => throw new InvalidOperationException("Unknown expression " + expression.GetType().Name),
            };
        }

        /// <summary>
        /// Whether the expression is a call of a callee's generated <c>MDirectionalDerivative</c>, which the forward-mode
        /// program writes for a call: its own derivatives come from the callee's <c>MAccumulateHessianVectorProduct</c>,
        /// so a Hessian goes through the call. A custom derivative's partials have no such entry point.
        /// </summary>
        public static bool IsDirectionalDerivative(DerivativeCallExpression derivative) =>
            derivative.Call.Callee.CustomDerivative is null && derivative.Method == Model.GeneratedMethodKind.DirectionalDerivative.NameFor(derivative.Call.Callee.Name);

        /// <summary>What a derivative flows into through <c>MDirectionalDerivative(args, directions)</c>: the differentiable arguments (H v), then the directions (the gradient).</summary>
        private static IEnumerable<BodyExpression> DirectionalDerivativeOperands(DerivativeCallExpression derivative) =>
            derivative.Call.Arguments.Where((argument, i) => derivative.Call.Callee.Parameters[i].IsDifferentiable).Concat(derivative.Extra);

        /// <summary>A derivative of a callee's custom derivative: a second order it does not give.</summary>
        public static Exception SecondOrder(BodyExpression expression) =>
            new NotSupportedException("GradGen cannot differentiate " + expression.GetType().Name + ", a custom derivative of a call, a second time.");
    }
}
