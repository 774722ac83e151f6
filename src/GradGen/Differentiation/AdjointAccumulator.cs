using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Model.Body;
using static GradGen.Differentiation.ExpressionBuilder;

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
        private readonly Func<string, string> _newName;

        /// <summary>
        /// The terms each array element's adjoint receives from the expression being accumulated, in the order first
        /// met: written as one <c>+=</c> per element, so that the element is read and written once rather than once
        /// per term (a scalar adjoint lives in a register, and gets one line per term for readability).
        /// </summary>
        private readonly List<(string Adjoint, bool IsFloat, List<BodyExpression> Terms)> _terms = new();

        /// <param name="expressions">Writes the values the partial derivatives need.</param>
        /// <param name="isActive">Whether a variable or array carries a derivative.</param>
        /// <param name="adjoint">The name of a variable's or array's adjoint.</param>
        /// <param name="hasFloatAdjoint">Whether an array's adjoint holds floats (a float destination array).</param>
        /// <param name="newName">A fresh local name, from a preferred one, for an intermediate adjoint or a callee's partial derivatives.</param>
        public AdjointAccumulator(ExpressionWriter expressions, Func<string, bool> isActive, Func<string, string> adjoint, Func<string, bool> hasFloatAdjoint, Func<string, string> newName)
        {
            _expressions = expressions;
            _isActive = isActive;
            _adjoint = adjoint;
            _hasFloatAdjoint = hasFloatAdjoint;
            _newName = newName;
        }

        /// <summary>When set, collects the variables that receive an adjoint instead of mattering to the output.</summary>
        public HashSet<string>? Receivers { get; set; }

        /// <summary>Whether the expression is a real value that depends on a variable carrying a derivative.</summary>
        public bool IsActive(BodyExpression expression) => Activity.Carries(expression, _isActive);

        /// <summary>Adds seed times each partial derivative of the expression to the adjoints it flows into.</summary>
        public void Accumulate(IndentedWriter writer, BodyExpression expression, BodyExpression seed)
        {
            Into(writer, expression, seed);
            Flush(writer);
        }

        private void Into(IndentedWriter writer, BodyExpression expression, BodyExpression seed)
        {
            if (!IsActive(expression))
            {
                return;
            }

            switch (expression)
            {
                case VariableExpression variable:
                    Receivers?.Add(variable.Name);
                    writer.WriteLine(_adjoint(variable.Name) + " += " + _expressions.Text(seed) + ";");
                    break;
                case ElementExpression element:
                    Receivers?.Add(element.Array);
                    Add(_adjoint(element.Array) + _expressions.Index(element.Indices), _hasFloatAdjoint(element.Array), seed);
                    break;
                case UnaryExpression { Operator: UnaryOperator.Negate } unary:
                    Pass(writer, unary.Operand, Negate(seed));
                    break;
                case UnaryExpression { Operator: UnaryOperator.Plus } unary:
                    Pass(writer, unary.Operand, seed);
                    break;
                case BinaryExpression binary:
                    AccumulateBinary(writer, binary, seed);
                    break;
                case ConditionalExpression conditional:
                    Flush(writer);
                    using (writer.OpenBlock("if (" + _expressions.Text(conditional.Condition) + ")"))
                    {
                        Pass(writer, conditional.WhenTrue, seed);
                        Flush(writer);
                    }

                    using (writer.OpenBlock("else"))
                    {
                        Pass(writer, conditional.WhenFalse, seed);
                        Flush(writer);
                    }

                    break;
                case CastExpression cast:
                    Pass(writer, cast.Operand, seed);
                    break;
                case CallExpression call:
                    AccumulateCall(writer, call, seed);
                    break;
                case MethodCallExpression call:
                    AccumulateMethodCall(writer, call, seed);
                    break;
                case DerivativeCallExpression or CalleePartialExpression:
                    throw Activity.SecondOrder(expression);
                default:
                    throw new InvalidOperationException("No adjoint rule for " + expression.GetType().Name);
            }
        }

        /// <summary>The partial derivatives of + and - read no values: the operands are written only for * and /.</summary>
        private void AccumulateBinary(IndentedWriter writer, BinaryExpression binary, BodyExpression seed)
        {
            var left = binary.Left;
            var right = binary.Right;
            switch (binary.Operator)
            {
                case BinaryOperator.Add:
                    Pass(writer, binary.Left, seed);
                    Pass(writer, binary.Right, seed);
                    break;
                case BinaryOperator.Subtract:
                    Pass(writer, binary.Left, seed);
                    Pass(writer, binary.Right, Negate(seed));
                    break;
                case BinaryOperator.Multiply:
                    Pass(writer, binary.Left, Multiply(seed, right));
                    Pass(writer, binary.Right, Multiply(seed, left));
                    break;
                case BinaryOperator.Divide:
                    Pass(writer, binary.Left, Divide(seed, right));
                    Pass(writer, binary.Right, Negate(Divide(Multiply(seed, left), Multiply(right, right))));
                    break;
                default:
                    throw new InvalidOperationException("No adjoint rule for the real operator " + binary.Operator);
            }
        }

        private void AccumulateCall(IndentedWriter writer, CallExpression call, BodyExpression seed)
        {
            if (MathPartials.For(call).FirstChosenWhen is { } firstChosen)
            {
                Flush(writer);
                using (writer.OpenBlock("if (" + _expressions.Text(firstChosen(call.Arguments)) + ")"))
                {
                    Pass(writer, call.Arguments[0], seed);
                    Flush(writer);
                }

                using (writer.OpenBlock("else"))
                {
                    Pass(writer, call.Arguments[1], seed);
                    Flush(writer);
                }

                return;
            }

            foreach (var (argument, term) in MathPartials.Times(call, seed))
            {
                Pass(writer, call.Arguments[argument], term);
            }
        }

        /// <summary>
        /// The chain rule through a call: the callee's partial derivatives at the arguments, from its generated
        /// <c>MGradient</c> (exact, or the centered difference where the callee falls back) or its custom derivative.
        /// </summary>
        private void AccumulateMethodCall(IndentedWriter writer, MethodCallExpression call, BodyExpression seed)
        {
            if (call.Callee.TakesArrayAdjoints)
            {
                AccumulateThroughAdjointArrays(writer, call, seed);
                return;
            }

            var partials = Receivers is null ? _newName("partials") : "partials";
            var method = call.Callee.CustomDerivative ?? GeneratedMethodKind.Gradient.NameFor(call.Callee.Name);
            writer.WriteLine("var " + partials + " = " + _expressions.Text(new DerivativeCallExpression(call, method, EquatableArray<BodyExpression>.Empty, BodyType.Double)) + ";");
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                if (call.Callee.Parameters[i].IsDifferentiable)
                {
                    Pass(writer, call.Arguments[i], Multiply(seed, new CalleePartialExpression(new NameExpression(partials), call.Callee, i, BodyType.Double)));
                }
            }
        }

        /// <summary>
        /// The chain rule through a call that takes arrays: the callee's <c>MAccumulateGradient</c> adds the seed
        /// times its partial derivatives straight into the adjoint arrays of the array arguments, and into one local
        /// per scalar argument, passed on from there. An array that carries no derivative gets a scratch array.
        /// </summary>
        private void AccumulateThroughAdjointArrays(IndentedWriter writer, MethodCallExpression call, BodyExpression seed)
        {
            var adjoints = new List<string>();
            var scalars = new List<(BodyExpression Argument, string Adjoint)>();
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                var parameter = call.Callee.Parameters[i];
                var argument = call.Arguments[i];
                if (!parameter.IsDifferentiable)
                {
                    continue;
                }

                if (argument is ArrayArgumentExpression array)
                {
                    adjoints.Add(IsActive(array) ? ArrayAdjoint(array.Array) : _expressions.Text(ZerosLike(array, parameter)));
                    continue;
                }

                var adjoint = Receivers is null ? _newName(parameter.Name + "Adjoint") : "adjoint";
                writer.WriteLine("double " + adjoint + " = 0.0;");
                adjoints.Add("ref " + adjoint);
                scalars.Add((argument, adjoint));
            }

            var name = NameScope.Escape(GeneratedMethodKind.AccumulateGradient.NameFor(call.Callee.Name));
            var arguments = call.Arguments.Select(_expressions.Text).Append(_expressions.Text(seed)).Concat(adjoints);
            writer.WriteLine(ExpressionWriter.Callee(call.Callee, name) + "(" + string.Join(", ", arguments) + ");");
            foreach (var (argument, adjoint) in scalars)
            {
                Pass(writer, argument, new NameExpression(adjoint));
            }
        }

        private string ArrayAdjoint(string array)
        {
            Receivers?.Add(array);
            return _adjoint(array);
        }

        /// <summary>
        /// Accumulates into an operand: straight into a variable's adjoint, else through a named intermediate
        /// adjoint so that a long partial derivative is written once.
        /// </summary>
        private void Pass(IndentedWriter writer, BodyExpression operand, BodyExpression seed)
        {
            if (!IsActive(operand))
            {
                return;
            }

            if (operand is VariableExpression or ElementExpression || seed is NameExpression { Indices.Count: 0 })
            {
                Into(writer, operand, seed);
                return;
            }

            var name = Receivers is null ? _newName("seed") : "seed";
            writer.WriteLine("double " + name + " = " + _expressions.Text(seed) + ";");
            Into(writer, operand, new NameExpression(name));
        }

        private void Add(string adjoint, bool isFloat, BodyExpression term)
        {
            var index = _terms.FindIndex(t => t.Adjoint == adjoint);
            if (index < 0)
            {
                _terms.Add((adjoint, isFloat, new List<BodyExpression> { term }));
            }
            else
            {
                _terms[index].Terms.Add(term);
            }
        }

        /// <summary>
        /// <c>aAdjoint[i] += a + b - c;</c> for every element with terms waiting, in the order first met; the sum is
        /// taken in double and rounded once for a float destination.
        /// </summary>
        private void Flush(IndentedWriter writer)
        {
            foreach (var (adjoint, isFloat, expressions) in _terms)
            {
                var terms = expressions.Select(_expressions.Write).ToList();
                var sum = terms[0].At(Code.Additive);
                foreach (var term in terms.Skip(1))
                {
                    var text = term.At(Code.Unary);
                    sum += text.StartsWith("-", StringComparison.Ordinal) && term.Precedence == Code.Unary
                        ? " - " + text.Substring(1)
                        : " + " + term.At(Code.Additive + 1);
                }

                var total = new Code(sum, terms.Count == 1 ? terms[0].Precedence : Code.Additive);
                writer.WriteLine(adjoint + " += " + (isFloat ? "(float)" + total.At(Code.Primary) : total.Text) + ";");
            }

            _terms.Clear();
        }
    }
}
