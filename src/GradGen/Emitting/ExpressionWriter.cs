using System;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Emitting
{
    /// <summary>Writes a body expression back as C#, with the generated method's names for its variables.</summary>
    internal sealed class ExpressionWriter
    {
        private readonly Func<string, string> _name;

        public ExpressionWriter(Func<string, string> name) => _name = name;

        public string Text(BodyExpression expression) => Write(expression).Text;

        public Code Write(BodyExpression expression) => expression switch
        {
            LiteralExpression literal => new Code(literal.Text, literal.Text.StartsWith("-", StringComparison.Ordinal) ? Code.Unary : Code.Primary),
            VariableExpression variable => Code.Atom(_name(variable.Name)),
            ConstantReadExpression read => Code.Atom(read.Code),
            ElementExpression element => Code.Atom(Element(element.Array, element.Indices)),
            ConstantElementExpression element => Code.Atom(element.Array + Index(element.Indices)),
            ArrayArgumentExpression array => Code.Atom(_name(array.Array)),
            LengthExpression { Dimension: null } length => Code.Atom(_name(length.Array) + ".Length"),
            LengthExpression length => Code.Atom(_name(length.Array) + ".GetLength(" + Text(length.Dimension!) + ")"),
            RowLengthExpression length => Code.Atom(_name(length.Array) + "[" + Text(length.Row) + "].Length"),
            RowIndexExpression row => Write(row.Index),
            SliceArgumentExpression slice => Code.Atom(_name(slice.Array) + ".Slice(" + Text(slice.Start) + ", " + Text(slice.Length) + ")"),
            ZeroRowsExpression zeros => Code.Atom("global::System.Array.ConvertAll(" + _name(zeros.Array) + ", " + _name(zeros.Row) + " => new " + zeros.Type.Keyword() + "[" + _name(zeros.Row) + ".Length])"),
            UnaryExpression { Operator: UnaryOperator.Negate } unary => Code.Negate(Write(unary.Operand)),
            UnaryExpression { Operator: UnaryOperator.Plus } unary => Prefix("+", Write(unary.Operand)),
            UnaryExpression { Operator: UnaryOperator.Not } unary => Prefix("!", Write(unary.Operand)),
            BinaryExpression binary => Code.Binary(Write(binary.Left), Symbol(binary.Operator), Write(binary.Right), Precedence(binary.Operator)),
            ConditionalExpression conditional => new Code(
                Write(conditional.Condition).At(Code.Conditional + 1) + " ? " + Write(conditional.WhenTrue).At(Code.Conditional + 1) + " : " + Write(conditional.WhenFalse).At(Code.Conditional + 1),
                Code.Conditional),
            CallExpression call => Code.Atom(MathFunctionTypes.DeclaringType(call.Function, call.IsMathF) + "." + call.Function + "(" + string.Join(", ", call.Arguments.Select(Text)) + ")"),
            MethodCallExpression call => Code.Atom(Callee(call.Callee, NameScope.Escape(call.Callee.Name)) + "(" + string.Join(", ", call.Arguments.Select(Text)) + ")"),
            CastExpression cast => new Code("(" + cast.Type.Keyword() + ")" + Write(cast.Operand).At(Code.Primary), Code.Unary),
            NewArrayExpression array => Code.Atom("new " + array.Type.Keyword() + "[" + string.Join(", ", array.Lengths.Select(Text)) + "]" + (array.Jagged ? "[]" : string.Empty)),
            Model.Sweep.PopExpression pop => Code.Atom(pop.Tape.Array + "[--" + pop.Tape.Top + "]"),
            Model.Sweep.RefExpression reference => Code.Atom("ref " + Text(reference.Operand)),
            NameExpression name => Code.Atom(name.Name + (name.Indices.Count == 0 ? string.Empty : Index(name.Indices))),
            DerivativeCallExpression call => Code.Atom(Callee(call.Call.Callee, NameScope.Escape(call.Method)) + "(" + string.Join(", ", call.Call.Arguments.Concat(call.Extra).Select(Text)) + ")"),
            CalleePartialExpression partial => Code.Atom(PartialOf(partial.Callee, partial.Parameter, partial.Partials is NameExpression ? Text(partial.Partials) : "(" + Text(partial.Partials) + ")")),
            _ => throw new InvalidOperationException("Unknown expression " + expression.GetType().Name),
        };

        /// <summary><c>this.Name</c> or <c>global::N.T.Name</c>: a method beside the callee, such as one of its derivatives.</summary>
        public static string Callee(CalleeModel callee, string name) => callee.Receiver + "." + name;

        /// <summary>
        /// The partial derivative with respect to parameter <paramref name="index"/>, read from the value of the
        /// callee's <c>MGradient</c> (the value itself, or its member named after the parameter) or of its
        /// [DerivativeOf] method, whose tuple holds the value and then one partial per real parameter.
        /// </summary>
        private static string PartialOf(CalleeModel callee, int index, string partials)
        {
            var parameters = callee.Parameters;
            if (!parameters[index].IsDifferentiable)
            {
                throw new InvalidOperationException("Parameter " + parameters[index].Name + " of " + callee.Name + " has no partial derivative.");
            }

            if (callee.CustomDerivative is not null)
            {
                return partials + ".Item" + (2 + parameters.Take(index).Count(p => p.IsDifferentiable)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return parameters.Count(p => p.IsDifferentiable) == 1 ? partials : partials + "." + NameScope.Escape(parameters[index].Name);
        }

        /// <summary><c>a[i, j]</c> with the generated name of <paramref name="array"/>.</summary>
        public string Element(string array, Model.EquatableArray<BodyExpression> indices) => _name(array) + Index(indices);

        /// <summary><c>[i, j]</c>, or <c>[i][j]</c> where the first index is a <see cref="RowIndexExpression"/>.</summary>
        public string Index(Model.EquatableArray<BodyExpression> indices)
        {
            var text = new System.Text.StringBuilder(indices.Count == 0 ? "[]" : "[");
            for (var i = 0; i < indices.Count; i++)
            {
                text.Append(Text(indices[i]));
                text.Append(i == indices.Count - 1 ? "]" : indices[i] is RowIndexExpression ? "][" : ", ");
            }

            return text.ToString();
        }

        private static Code Prefix(string op, Code operand)
        {
            var text = operand.At(Code.Unary);
            return new Code(op + (text.StartsWith(op, StringComparison.Ordinal) ? "(" + text + ")" : text), Code.Unary);
        }

        private static string Symbol(BinaryOperator op) => op switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            BinaryOperator.Divide => "/",
            BinaryOperator.Remainder => "%",
            BinaryOperator.Less => "<",
            BinaryOperator.LessOrEqual => "<=",
            BinaryOperator.Greater => ">",
            BinaryOperator.GreaterOrEqual => ">=",
            BinaryOperator.Equal => "==",
            BinaryOperator.NotEqual => "!=",
            BinaryOperator.And => "&&",
            BinaryOperator.Or => "||",
            _ => throw new InvalidOperationException("Unknown operator " + op),
        };

        private static int Precedence(BinaryOperator op) => op switch
        {
            BinaryOperator.Add or BinaryOperator.Subtract => Code.Additive,
            BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Remainder => Code.Multiplicative,
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => Code.Relational,
            BinaryOperator.Equal or BinaryOperator.NotEqual => Code.Equality,
            BinaryOperator.And => Code.And,
            BinaryOperator.Or => Code.Or,
            _ => throw new InvalidOperationException("Unknown operator " + op),
        };
    }
}
