using System;
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

        /// <summary>
        /// The code the body reads through <c>this</c>: a field, property or array of the object (<c>this.k</c>), or the
        /// object an instance call goes to. A static copy of a method has no <c>this</c> (issue 19).
        /// </summary>
        public static IEnumerable<string> ReadsThrough(ExactBody body, string receiver) =>
            body.Statements.SelectMany(ExpressionsIn).SelectMany(Descendants).Select(expression => expression switch
            {
                ConstantReadExpression read => read.Code,
                ConstantElementExpression element => element.Array,
                MethodCallExpression call => call.Callee.Receiver,
                _ => null,
            }).Where(code => code is not null && (code == receiver || code.StartsWith(receiver + ".", StringComparison.Ordinal)))!;

        private static IEnumerable<BodyExpression> Descendants(BodyExpression expression) =>
            BodyExpressions.Children(expression).SelectMany(Descendants).Prepend(expression);

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
