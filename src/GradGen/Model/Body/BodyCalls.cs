using System.Collections.Generic;
using System.Linq;

namespace GradGen.Model.Body
{
    /// <summary>The calls a body makes to other methods it is differentiated through.</summary>
    internal static class BodyCalls
    {
        /// <summary>Whether some derivative of the body comes from another method's generated derivatives, not from a custom derivative.</summary>
        public static bool UsesGeneratedDerivatives(ExactBody body) => CallsIn(body).Any(call => call.Callee.CustomDerivative is null);

        /// <summary>Whether some call's derivatives come from a [DerivativeOf] custom derivative, which gives first derivatives only.</summary>
        public static bool UsesCustomDerivatives(ExactBody body) => CustomDerivativeCallees(body).Any();

        /// <summary>The names of the methods the body calls through their [DerivativeOf] custom derivatives, each once.</summary>
        public static IEnumerable<string> CustomDerivativeCallees(ExactBody body) =>
            CallsIn(body).Where(call => call.Callee.CustomDerivative is not null).Select(call => call.Callee.Name).Distinct();

        /// <summary>Whether the reverse sweep passes adjoint arrays to some callee's <c>MAccumulateGradient</c>.</summary>
        public static bool PassesArrayAdjoints(ExactBody body) => CallsIn(body).Any(call => call.Callee.TakesArrayAdjoints);

        /// <summary>Whether the body fills a local array from a vector-valued callee (issue 13).</summary>
        public static bool CallsVectorValued(ExactBody body) => CallsIn(body).Any(call => call.Callee.ReturnsVector);

        private static IEnumerable<MethodCallExpression> CallsIn(ExactBody body) => body.Statements.SelectMany(ExpressionsIn).SelectMany(Calls);

        private static IEnumerable<MethodCallExpression> Calls(BodyExpression expression) =>
            BodyExpressions.Children(expression).SelectMany(Calls).Concat(expression is MethodCallExpression call ? new[] { call } : Enumerable.Empty<MethodCallExpression>());

        private static IEnumerable<BodyExpression> ExpressionsIn(BodyStatement statement) => statement switch
        {
            AssignStatement assign => assign.Indices.Append(assign.Value),
            ReturnStatement @return => new[] { @return.Value },
            ReturnVectorStatement @return => @return.Elements,
            IfStatement @if => @if.Then.Concat(@if.Else).SelectMany(ExpressionsIn).Prepend(@if.Condition),
            LoopStatement loop => loop.Body.Concat(loop.Increment).SelectMany(ExpressionsIn).Prepend(loop.Condition),
            BreakStatement or ContinueStatement => Enumerable.Empty<BodyExpression>(),
            _ => throw new System.InvalidOperationException("Unknown statement " + statement.GetType().Name),
        };
    }
}
