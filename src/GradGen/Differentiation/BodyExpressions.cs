using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>Questions about a body expression that several steps of the differentiation ask.</summary>
    internal static class BodyExpressions
    {
        /// <summary>Every variable and array the expression reads.</summary>
        public static IEnumerable<string> VariablesIn(BodyExpression expression) => expression switch
        {
            VariableExpression variable => new[] { variable.Name },
            ElementExpression element => element.Indices.SelectMany(VariablesIn).Prepend(element.Array),
            ArrayArgumentExpression array => new[] { array.Array },
            LengthExpression length => (length.Dimension is null ? Enumerable.Empty<string>() : VariablesIn(length.Dimension)).Prepend(length.Array),
            _ => Children(expression).SelectMany(VariablesIn),
        };

        public static IEnumerable<BodyExpression> Children(BodyExpression expression) => expression switch
        {
            UnaryExpression unary => new[] { unary.Operand },
            BinaryExpression binary => new[] { binary.Left, binary.Right },
            ConditionalExpression conditional => new[] { conditional.Condition, conditional.WhenTrue, conditional.WhenFalse },
            CallExpression call => call.Arguments,
            MethodCallExpression call => call.Arguments,
            CastExpression cast => new[] { cast.Operand },
            NewArrayExpression array => array.Lengths,
            ElementExpression element => element.Indices,
            ConstantElementExpression element => element.Indices,
            LengthExpression { Dimension: { } dimension } => new[] { dimension },
            _ => Enumerable.Empty<BodyExpression>(),
        };
    }
}
