using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;
using static GradGen.Differentiation.ExpressionBuilder;

namespace GradGen.Differentiation
{
    /// <summary>
    /// The reverse sweep of one expression, as program statements: given the adjoint (seed) of its value, adds seed
    /// times each partial derivative to the adjoint of every variable and array element it reads, by the chain rule.
    /// </summary>
    internal sealed class AdjointAccumulator
    {
        private readonly Func<string, bool> _isActive;
        private readonly Func<string, string> _adjoint;
        private readonly Func<string, bool> _hasFloatAdjoint;

        /// <summary>
        /// The terms each array element's adjoint receives from the expression being accumulated, in the order first
        /// met: added in one statement per element, so that the element is read and written once rather than once
        /// per term (a scalar adjoint lives in a register, and gets one line per term for readability).
        /// </summary>
        private readonly List<(NameExpression Adjoint, bool IsFloat, List<BodyExpression> Terms)> _terms = new();

        private ProgramBuilder _program = new();
        private Func<string, string> _newName = name => name;

        /// <param name="isActive">Whether a variable or array carries a derivative.</param>
        /// <param name="adjoint">The name of a variable's or array's adjoint.</param>
        /// <param name="hasFloatAdjoint">Whether an array's adjoint holds floats (a float destination array).</param>
        public AdjointAccumulator(Func<string, bool> isActive, Func<string, string> adjoint, Func<string, bool> hasFloatAdjoint)
        {
            _isActive = isActive;
            _adjoint = adjoint;
            _hasFloatAdjoint = hasFloatAdjoint;
        }

        /// <summary>Whether the expression is a real value that depends on a variable carrying a derivative.</summary>
        public bool IsActive(BodyExpression expression) => Activity.Carries(expression, _isActive);

        /// <summary>
        /// Adds to <paramref name="program"/> the statements that add seed times each partial derivative of the
        /// expression to the adjoints it flows into.
        /// </summary>
        /// <param name="newName">A fresh local name, from a preferred one, for an intermediate adjoint or a callee's partial derivatives.</param>
        public void Accumulate(ProgramBuilder program, BodyExpression expression, BodyExpression seed, Func<string, string> newName)
        {
            _program = program;
            _newName = newName;
            Into(expression, seed);
            Flush();
        }

        /// <summary>
        /// Adds to <paramref name="program"/> the step back through <c>p = M(args)</c> for a vector-valued <c>M</c>
        /// (issue 13): <c>MAccumulateVectorJacobianProduct</c> adds p's adjoint array times M's Jacobian into the
        /// adjoints of the arguments.
        /// </summary>
        public void AccumulateVectorCall(ProgramBuilder program, MethodCallExpression call, NameExpression cotangent, Func<string, string> newName)
        {
            _program = program;
            _newName = newName;
            AccumulateThroughAdjointArrays(call, cotangent, GeneratedMethodKind.AccumulateVectorJacobianProduct.NameFor(call.Callee.Name));
            Flush();
        }

        private void Into(BodyExpression expression, BodyExpression seed)
        {
            if (!IsActive(expression))
            {
                return;
            }

            switch (expression)
            {
                case VariableExpression variable:
                    _program.Add(new AddStatement(new NameExpression(_adjoint(variable.Name)), seed));
                    break;
                case ElementExpression element:
                    Add(new NameExpression(_adjoint(element.Array), element.Indices, BodyType.Double), _hasFloatAdjoint(element.Array), seed);
                    break;
                case UnaryExpression { Operator: UnaryOperator.Negate } unary:
                    Pass(unary.Operand, Negate(seed));
                    break;
                case UnaryExpression { Operator: UnaryOperator.Plus } unary:
                    Pass(unary.Operand, seed);
                    break;
                case BinaryExpression binary:
                    AccumulateBinary(binary, seed);
                    break;
                case ConditionalExpression conditional:
                    Branch(conditional.Condition, conditional.WhenTrue, conditional.WhenFalse, seed);
                    break;
                case CastExpression cast:
                    Pass(cast.Operand, seed);
                    break;
                case CallExpression call:
                    AccumulateCall(call, seed);
                    break;
                case MethodCallExpression call:
                    AccumulateMethodCall(call, seed);
                    break;
                case DerivativeCallExpression derivative when Activity.IsDirectionalDerivative(derivative):
                    AccumulateDirectionalDerivative(derivative, seed);
                    break;
                case DerivativeCallExpression or CalleePartialExpression:
                    throw Activity.SecondOrder(expression);
                default:
                    throw new InvalidOperationException("No adjoint rule for " + expression.GetType().Name);
            }
        }

        /// <summary>The seed flows into the branch taken: <c>if (c) { ... } else { ... }</c>.</summary>
        private void Branch(BodyExpression condition, BodyExpression whenTrue, BodyExpression whenFalse, BodyExpression seed)
        {
            Flush();
            using (_program.If(condition))
            {
                Pass(whenTrue, seed);
                Flush();
            }

            using (_program.Else())
            {
                Pass(whenFalse, seed);
                Flush();
            }
        }

        private void AccumulateBinary(BinaryExpression binary, BodyExpression seed)
        {
            var left = binary.Left;
            var right = binary.Right;
            switch (binary.Operator)
            {
                case BinaryOperator.Add:
                    Pass(left, seed);
                    Pass(right, seed);
                    break;
                case BinaryOperator.Subtract:
                    Pass(left, seed);
                    Pass(right, Negate(seed));
                    break;
                case BinaryOperator.Multiply:
                    Pass(left, Multiply(seed, right));
                    Pass(right, Multiply(seed, left));
                    break;
                case BinaryOperator.Divide:
                    Pass(left, Divide(seed, right));
                    Pass(right, Negate(Divide(Multiply(seed, left), Multiply(right, right))));
                    break;
                default:
                    throw new InvalidOperationException("No adjoint rule for the real operator " + binary.Operator);
            }
        }

        private void AccumulateCall(CallExpression call, BodyExpression seed)
        {
            if (MathPartials.For(call).FirstChosenWhen is { } firstChosen)
            {
                Branch(firstChosen(call.Arguments), call.Arguments[0], call.Arguments[1], seed);
                return;
            }

            foreach (var (argument, term) in MathPartials.Times(call, seed))
            {
                Pass(call.Arguments[argument], term);
            }
        }

        /// <summary>
        /// The chain rule through a call: the callee's partial derivatives at the arguments, from its generated
        /// <c>MGradient</c> (exact, or the centered difference where the callee falls back) or its custom derivative.
        /// </summary>
        private void AccumulateMethodCall(MethodCallExpression call, BodyExpression seed)
        {
            if (call.Callee.ReturnsVector)
            {
                throw new InvalidOperationException("A call to the vector-valued '" + call.Callee.Name + "' is the value of a local array, never part of an expression");
            }

            if (call.Callee.TakesArrayAdjoints)
            {
                AccumulateThroughAdjointArrays(call, seed, GeneratedMethodKind.AccumulateGradient.NameFor(call.Callee.Name));
                return;
            }

            var partials = _newName("partials");
            var method = call.Callee.CustomDerivative ?? GeneratedMethodKind.Gradient.NameFor(call.Callee.Name);
            _program.Add(new DeclareStatement(partials, BodyType.Double, 0, new DerivativeCallExpression(call, method, EquatableArray<BodyExpression>.Empty, BodyType.Double), Inferred: true));
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                if (call.Callee.Parameters[i].IsDifferentiable)
                {
                    Pass(call.Arguments[i], Multiply(seed, new CalleePartialExpression(new NameExpression(partials), call.Callee, i, BodyType.Double)));
                }
            }
        }

        /// <summary>
        /// The chain rule through a call that takes arrays: the callee's <c>MAccumulateGradient</c> adds the seed
        /// times its partial derivatives straight into the adjoint arrays of the array arguments, and into one local
        /// per scalar argument, passed on from there. An array that carries no derivative gets a scratch array.
        /// </summary>
        /// <param name="method">The callee's method that adds into the adjoints: <c>MAccumulateGradient</c>, or <c>MAccumulateVectorJacobianProduct</c> with the cotangent array as the seed.</param>
        private void AccumulateThroughAdjointArrays(MethodCallExpression call, BodyExpression seed, string method)
        {
            var adjoints = new List<BodyExpression> { seed };
            var scalars = new List<(BodyExpression Argument, string Adjoint)>();
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                if (call.Callee.Parameters[i].IsDifferentiable)
                {
                    adjoints.Add(AdjointArgument(call.Arguments[i], call.Callee.Parameters[i], call.Arguments[i], scalars));
                }
            }

            _program.Add(new CallStatement(new DerivativeCallExpression(call, method, adjoints.ToEquatableArray(), BodyType.Double)));
            PassScalars(scalars);
        }

        /// <summary>
        /// The chain rule through <c>F.MDirectionalDerivative(x, v)</c> in a forward-mode program (the second order
        /// through a call): the callee's <c>MAccumulateHessianVectorProduct</c> adds the seed times H v into the
        /// adjoints of the arguments x and the seed times the gradient into the adjoints of the directions v, as
        /// <see cref="AccumulateThroughAdjointArrays"/> does for one.
        /// </summary>
        private void AccumulateDirectionalDerivative(DerivativeCallExpression derivative, BodyExpression seed)
        {
            var call = derivative.Call;
            var differentiable = Enumerable.Range(0, call.Arguments.Count).Where(i => call.Callee.Parameters[i].IsDifferentiable).ToList();
            var arguments = derivative.Extra.Append(seed).ToList();
            var scalars = new List<(BodyExpression Argument, string Adjoint)>();
            foreach (var i in differentiable)
            {
                arguments.Add(AdjointArgument(call.Arguments[i], call.Callee.Parameters[i], call.Arguments[i], scalars));
            }

            for (var k = 0; k < differentiable.Count; k++)
            {
                var i = differentiable[k];
                arguments.Add(AdjointArgument(derivative.Extra[k], call.Callee.Parameters[i], call.Arguments[i], scalars));
            }

            var method = GeneratedMethodKind.AccumulateHessianVectorProduct.NameFor(call.Callee.Name);
            _program.Add(new CallStatement(new DerivativeCallExpression(call, method, arguments.ToEquatableArray(), BodyType.Double)));
            PassScalars(scalars);
        }

        /// <summary>
        /// What a callee's accumulating entry point adds into for one operand: the adjoint array of an array that
        /// carries a derivative, a scratch array of zeros shaped as <paramref name="primal"/> for one that does not,
        /// or a new scalar local passed by <c>ref</c>, passed on to the operand afterwards (<see cref="PassScalars"/>).
        /// </summary>
        private BodyExpression AdjointArgument(BodyExpression operand, CalleeParameter parameter, BodyExpression primal, ICollection<(BodyExpression Argument, string Adjoint)> scalars)
        {
            if (parameter.IsArray)
            {
                return operand switch
                {
                    ArrayArgumentExpression array when IsActive(array) => new NameExpression(_adjoint(array.Array)),
                    SliceArgumentExpression slice when IsActive(slice) => slice with { Array = _adjoint(slice.Array), Type = BodyType.Double },
                    _ => ZerosLike(primal, parameter, _newName),
                };
            }

            var adjoint = _newName(parameter.Name + "Adjoint");
            _program.Add(new DeclareStatement(adjoint, BodyType.Double, 0, Zero));
            scalars.Add((operand, adjoint));
            return new RefExpression(new NameExpression(adjoint));
        }

        private void PassScalars(IEnumerable<(BodyExpression Argument, string Adjoint)> scalars)
        {
            foreach (var (argument, adjoint) in scalars)
            {
                Pass(argument, new NameExpression(adjoint));
            }
        }

        /// <summary>
        /// Accumulates into an operand: straight into a variable's adjoint, else through a named intermediate
        /// adjoint so that a long partial derivative is written once.
        /// </summary>
        private void Pass(BodyExpression operand, BodyExpression seed)
        {
            if (!IsActive(operand))
            {
                return;
            }

            if (operand is VariableExpression or ElementExpression || seed is NameExpression { Indices.Count: 0 })
            {
                Into(operand, seed);
                return;
            }

            var name = _newName("seed");
            _program.Add(new DeclareStatement(name, BodyType.Double, 0, seed));
            Into(operand, new NameExpression(name));
        }

        private void Add(NameExpression adjoint, bool isFloat, BodyExpression term)
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

        /// <summary>One statement per element with terms waiting, in the order first met.</summary>
        private void Flush()
        {
            foreach (var (adjoint, isFloat, terms) in _terms)
            {
                _program.Add(new AddSumStatement(adjoint, terms.ToEquatableArray(), isFloat));
            }

            _terms.Clear();
        }
    }
}
