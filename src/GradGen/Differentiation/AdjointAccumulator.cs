using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Emitting;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Writes the reverse sweep of one expression: given the adjoint (seed) of its value, adds seed times each
    /// partial derivative to the adjoint of every variable and array element it reads, by the chain rule.
    /// </summary>
    internal sealed class AdjointAccumulator
    {
        private readonly ExpressionWriter _expressions;
        private readonly Func<string, bool> _isActive;
        private readonly Func<string, string> _adjoint;
        private readonly Func<string, bool> _hasFloatAdjoint;
        private readonly Func<string> _newSeed;

        /// <param name="expressions">Writes the values the partial derivatives need.</param>
        /// <param name="isActive">Whether a variable or array carries a derivative.</param>
        /// <param name="adjoint">The name of a variable's or array's adjoint.</param>
        /// <param name="hasFloatAdjoint">Whether an array's adjoint holds floats (a float destination array).</param>
        /// <param name="newSeed">A fresh local name for an intermediate adjoint.</param>
        public AdjointAccumulator(ExpressionWriter expressions, Func<string, bool> isActive, Func<string, string> adjoint, Func<string, bool> hasFloatAdjoint, Func<string> newSeed)
        {
            _expressions = expressions;
            _isActive = isActive;
            _adjoint = adjoint;
            _hasFloatAdjoint = hasFloatAdjoint;
            _newSeed = newSeed;
        }

        /// <summary>When set, collects the variables that receive an adjoint instead of mattering to the output.</summary>
        public HashSet<string>? Receivers { get; set; }

        /// <summary>Whether the expression is a real value that depends on a variable carrying a derivative.</summary>
        public bool IsActive(BodyExpression expression) => expression.Type.IsReal() && DependsOnActive(expression);

        public void Accumulate(IndentedWriter writer, BodyExpression expression, Code seed)
        {
            if (!IsActive(expression))
            {
                return;
            }

            switch (expression)
            {
                case VariableExpression variable:
                    Receivers?.Add(variable.Name);
                    writer.WriteLine(_adjoint(variable.Name) + " += " + seed.Text + ";");
                    break;
                case ElementExpression element:
                    Receivers?.Add(element.Array);
                    writer.WriteLine(_adjoint(element.Array) + _expressions.Index(element.Indices) + " += " + (_hasFloatAdjoint(element.Array) ? "(float)" + seed.At(Code.Primary) : seed.Text) + ";");
                    break;
                case UnaryExpression { Operator: UnaryOperator.Negate } unary:
                    Pass(writer, unary.Operand, Code.Negate(seed));
                    break;
                case UnaryExpression unary:
                    Pass(writer, unary.Operand, seed);
                    break;
                case BinaryExpression binary:
                    AccumulateBinary(writer, binary, seed);
                    break;
                case ConditionalExpression conditional:
                    using (writer.OpenBlock("if (" + _expressions.Text(conditional.Condition) + ")"))
                    {
                        Pass(writer, conditional.WhenTrue, seed);
                    }

                    using (writer.OpenBlock("else"))
                    {
                        Pass(writer, conditional.WhenFalse, seed);
                    }

                    break;
                case CastExpression cast:
                    Pass(writer, cast.Operand, seed);
                    break;
                case CallExpression call:
                    AccumulateCall(writer, call, seed);
                    break;
            }
        }

        private void AccumulateBinary(IndentedWriter writer, BinaryExpression binary, Code seed)
        {
            var left = _expressions.Write(binary.Left);
            var right = _expressions.Write(binary.Right);
            switch (binary.Operator)
            {
                case BinaryOperator.Add:
                    Pass(writer, binary.Left, seed);
                    Pass(writer, binary.Right, seed);
                    break;
                case BinaryOperator.Subtract:
                    Pass(writer, binary.Left, seed);
                    Pass(writer, binary.Right, Code.Negate(seed));
                    break;
                case BinaryOperator.Multiply:
                    Pass(writer, binary.Left, Code.Multiply(seed, right));
                    Pass(writer, binary.Right, Code.Multiply(seed, left));
                    break;
                case BinaryOperator.Divide:
                    Pass(writer, binary.Left, Code.Divide(seed, right));
                    Pass(writer, binary.Right, Code.Negate(Code.Divide(Code.Multiply(seed, left), Code.Multiply(right, right))));
                    break;
            }
        }

        private void AccumulateCall(IndentedWriter writer, CallExpression call, Code seed)
        {
            var a = _expressions.Write(call.Arguments[0]);
            var b = call.Arguments.Count > 1 ? _expressions.Write(call.Arguments[1]) : default;
            var first = call.Arguments[0];
            var one = Code.Atom("1.0");
            switch (call.Function)
            {
                case MathFunction.Sin:
                    Pass(writer, first, Code.Multiply(seed, Code.Math("Cos", a)));
                    break;
                case MathFunction.Cos:
                    Pass(writer, first, Code.Negate(Code.Multiply(seed, Code.Math("Sin", a))));
                    break;
                case MathFunction.Tan:
                    Pass(writer, first, Code.Divide(seed, Code.Multiply(Code.Math("Cos", a), Code.Math("Cos", a))));
                    break;
                case MathFunction.Asin:
                    Pass(writer, first, Code.Divide(seed, Code.Math("Sqrt", Code.Subtract(one, Code.Multiply(a, a)))));
                    break;
                case MathFunction.Acos:
                    Pass(writer, first, Code.Negate(Code.Divide(seed, Code.Math("Sqrt", Code.Subtract(one, Code.Multiply(a, a))))));
                    break;
                case MathFunction.Atan:
                    Pass(writer, first, Code.Divide(seed, Code.Add(one, Code.Multiply(a, a))));
                    break;
                case MathFunction.Atan2:
                    var squares = Code.Add(Code.Multiply(b, b), Code.Multiply(a, a));
                    Pass(writer, first, Code.Divide(Code.Multiply(seed, b), squares));
                    Pass(writer, call.Arguments[1], Code.Negate(Code.Divide(Code.Multiply(seed, a), squares)));
                    break;
                case MathFunction.Sinh:
                    Pass(writer, first, Code.Multiply(seed, Code.Math("Cosh", a)));
                    break;
                case MathFunction.Cosh:
                    Pass(writer, first, Code.Multiply(seed, Code.Math("Sinh", a)));
                    break;
                case MathFunction.Tanh:
                    Pass(writer, first, Code.Multiply(seed, Code.Subtract(one, Code.Multiply(Code.Math("Tanh", a), Code.Math("Tanh", a)))));
                    break;
                case MathFunction.Exp:
                    Pass(writer, first, Code.Multiply(seed, Code.Math("Exp", a)));
                    break;
                case MathFunction.Log when call.Arguments.Count == 1:
                    Pass(writer, first, Code.Divide(seed, a));
                    break;
                case MathFunction.Log:
                    Pass(writer, first, Code.Divide(seed, Code.Multiply(a, Code.Math("Log", b))));
                    Pass(writer, call.Arguments[1], Code.Negate(Code.Divide(Code.Multiply(seed, Code.Math("Log", a)), Code.Multiply(b, Code.Multiply(Code.Math("Log", b), Code.Math("Log", b))))));
                    break;
                case MathFunction.Log10:
                    Pass(writer, first, Code.Divide(seed, Code.Multiply(a, Code.Math("Log", Code.Atom("10.0")))));
                    break;
                case MathFunction.Sqrt:
                    Pass(writer, first, Code.Divide(seed, Code.Multiply(Code.Atom("2.0"), Code.Math("Sqrt", a))));
                    break;
                case MathFunction.Cbrt:
                    Pass(writer, first, Code.Divide(seed, Code.Multiply(Code.Atom("3.0"), Code.Multiply(Code.Math("Cbrt", a), Code.Math("Cbrt", a)))));
                    break;
                case MathFunction.Pow:
                    Pass(writer, first, Code.Multiply(seed, Code.Multiply(b, Code.Math("Pow", a, Code.Subtract(b, one)))));
                    Pass(writer, call.Arguments[1], Code.Multiply(seed, Code.Multiply(Code.Math("Pow", a, b), Code.Math("Log", a))));
                    break;
                case MathFunction.Abs:
                    Pass(writer, first, new Code(a.At(Code.Relational + 1) + " < 0 ? " + Code.Negate(seed).At(Code.Conditional + 1) + " : " + seed.At(Code.Conditional + 1), Code.Conditional));
                    break;
                case MathFunction.Max:
                case MathFunction.Min:
                    using (writer.OpenBlock("if (" + a.At(Code.Relational + 1) + (call.Function == MathFunction.Max ? " >= " : " <= ") + b.At(Code.Relational + 1) + ")"))
                    {
                        Pass(writer, first, seed);
                    }

                    using (writer.OpenBlock("else"))
                    {
                        Pass(writer, call.Arguments[1], seed);
                    }

                    break;
            }
        }

        /// <summary>
        /// Accumulates into an operand: straight into a variable's adjoint, else through a named intermediate
        /// adjoint so that a long partial derivative is written once.
        /// </summary>
        private void Pass(IndentedWriter writer, BodyExpression operand, Code seed)
        {
            if (!IsActive(operand))
            {
                return;
            }

            if (operand is VariableExpression or ElementExpression || IsName(seed.Text))
            {
                Accumulate(writer, operand, seed);
                return;
            }

            var name = Receivers is null ? _newSeed() : "seed";
            writer.WriteLine("double " + name + " = " + seed.Text + ";");
            Accumulate(writer, operand, Code.Atom(name));
        }

        private static bool IsName(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != '@')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether some derivative flows through: conditions, integer parts and the piecewise-constant functions
        /// (Floor, Ceiling, Round, Sign, Truncate) carry none.
        /// </summary>
        private bool DependsOnActive(BodyExpression expression) => expression switch
        {
            VariableExpression variable => _isActive(variable.Name),
            ElementExpression element => _isActive(element.Array),
            ConditionalExpression conditional => IsActive(conditional.WhenTrue) || IsActive(conditional.WhenFalse),
            CallExpression { Function: MathFunction.Floor or MathFunction.Ceiling or MathFunction.Round or MathFunction.Sign or MathFunction.Truncate } => false,
            CallExpression or CastExpression or UnaryExpression or BinaryExpression => BodyExpressions.Children(expression).Any(IsActive),
            _ => false,
        };
    }
}
