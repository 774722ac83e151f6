using System.Linq;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// How a caller's derivatives read a callee's partial derivatives: one call to the callee's generated
    /// <c>MGradient</c>, or to its [DerivativeOf] method, whose tuple holds the value and then one partial per real parameter.
    /// </summary>
    internal static class CalleePartials
    {
        /// <summary>The call that gives every partial derivative of the callee at the call's arguments.</summary>
        public static string Call(MethodCallExpression call, ExpressionWriter expressions)
        {
            var callee = call.Callee;
            var name = callee.CustomDerivative ?? GeneratedMethodKind.Gradient.NameFor(callee.Name);
            return ExpressionWriter.Callee(callee, NameScope.Escape(name)) + "(" + string.Join(", ", call.Arguments.Select(expressions.Text)) + ")";
        }

        /// <summary>The partial derivative with respect to parameter <paramref name="index"/>, read from <paramref name="partials"/>; null when it has none.</summary>
        public static string? Of(CalleeModel callee, int index, string partials)
        {
            var parameters = callee.Parameters;
            if (!parameters[index].IsDifferentiable)
            {
                return null;
            }

            if (callee.CustomDerivative is not null)
            {
                return partials + ".Item" + (2 + parameters.Take(index).Count(p => p.IsDifferentiable)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return parameters.Count(p => p.IsDifferentiable) == 1 ? partials : partials + "." + NameScope.Escape(parameters[index].Name);
        }
    }
}
