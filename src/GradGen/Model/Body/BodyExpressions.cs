using System;
using System.Collections.Generic;
using System.Linq;

namespace GradGen.Model.Body
{
    /// <summary>Questions about a body expression that parsing, the analyses and the transforms all ask.</summary>
    internal static class BodyExpressions
    {
        /// <summary>Every variable and array of the body the expression reads.</summary>
        public static IEnumerable<string> VariablesIn(BodyExpression expression) => expression switch
        {
            VariableExpression variable => new[] { variable.Name },
            ElementExpression element => element.Indices.SelectMany(VariablesIn).Prepend(element.Array),
            ArrayArgumentExpression array => new[] { array.Array },
            LengthExpression length => (length.Dimension is null ? Enumerable.Empty<string>() : VariablesIn(length.Dimension)).Prepend(length.Array),
            RowLengthExpression length => VariablesIn(length.Row).Prepend(length.Array),
            ZeroRowsExpression zeros => new[] { zeros.Array },
            SliceArgumentExpression slice => VariablesIn(slice.Start).Concat(VariablesIn(slice.Length)).Prepend(slice.Array),
            _ => Children(expression).SelectMany(VariablesIn),
        };

        /// <summary>The expressions directly inside this one; every kind is listed, and an unknown kind throws.</summary>
        public static IEnumerable<BodyExpression> Children(BodyExpression expression) => expression switch
        {
            LiteralExpression or VariableExpression or ConstantReadExpression or ArrayArgumentExpression => Enumerable.Empty<BodyExpression>(),
            NameExpression name => name.Indices,
            Sweep.PopExpression => Enumerable.Empty<BodyExpression>(),
            Sweep.RefExpression reference => new[] { reference.Operand },
            UnaryExpression unary => new[] { unary.Operand },
            BinaryExpression binary => new[] { binary.Left, binary.Right },
            ConditionalExpression conditional => new[] { conditional.Condition, conditional.WhenTrue, conditional.WhenFalse },
            CallExpression call => call.Arguments,
            MethodCallExpression call => call.Arguments,
            DerivativeCallExpression call => call.Call.Arguments.Concat(call.Extra),
            CalleePartialExpression partial => new[] { partial.Partials },
            CastExpression cast => new[] { cast.Operand },
            NewArrayExpression array => array.Lengths,
            ElementExpression element => element.Indices,
            ConstantElementExpression element => element.Indices,
            LengthExpression length => length.Dimension is { } dimension ? new[] { dimension } : Enumerable.Empty<BodyExpression>(),
            RowIndexExpression row => new[] { row.Index },
            RowLengthExpression length => new[] { length.Row },
            ZeroRowsExpression => Enumerable.Empty<BodyExpression>(),
            SliceArgumentExpression slice => new[] { slice.Start, slice.Length },
            _ => throw new InvalidOperationException("Unknown expression " + expression.GetType().Name),
        };
    }
}
