using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MForwardDiff</c> and <c>MCenteredDiff</c>: each differentiable input is perturbed by the step,
    /// in place for array elements as in the notebook, and put back to its original bits in a <c>finally</c>.
    /// </summary>
    internal sealed class FiniteDifferenceEmitter
    {
        private readonly IndentedWriter _writer;
        private readonly DerivativeSignature _signature;
        private readonly string _value;
        private readonly string _original;
        private readonly string _plus;
        private readonly string _minus;
        private readonly string _valuePlus;
        private readonly string _valueMinus;
        private readonly IReadOnlyList<string> _indices;
        private readonly Dictionary<string, (string Plus, string Minus)> _perturbedScalars = new();

        private FiniteDifferenceEmitter(IndentedWriter writer, DerivativeSignature signature)
        {
            _writer = writer;
            _signature = signature;
            var names = signature.Names;
            _value = names.Unique("value");
            _original = names.Unique("original");
            _plus = names.Unique("plus");
            _minus = names.Unique("minus");
            _valuePlus = names.Unique("valuePlus");
            _valueMinus = names.Unique("valueMinus");
            var maxRank = signature.Differentiable.Max(parameter => parameter.Shape!.Rank);
            _indices = Enumerable.Range(0, maxRank).Select(d => names.Unique("i" + d)).ToList();
            foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.Element == ScalarKind.Float && !p.Shape.IsArray))
            {
                _perturbedScalars[parameter.Name] = (names.Unique(parameter.Name + "Plus"), names.Unique(parameter.Name + "Minus"));
            }
        }

        private string Step => _signature.StepValue;

        public static void Write(IndentedWriter writer, DerivativeSignature signature)
        {
            if (signature.Method.IsVectorValued)
            {
                JacobianDifferenceEmitter.Write(writer, signature);
                return;
            }

            var emitter = new FiniteDifferenceEmitter(writer, signature);
            emitter.WriteScheme(centered: false);
            writer.WriteLine();
            emitter.WriteScheme(centered: true);
        }

        private void WriteScheme(bool centered)
        {
            var kind = centered ? GeneratedMethodKind.CenteredDiff : GeneratedMethodKind.ForwardDiff;
            var name = kind.NameFor(_signature.Method.Name);
            var summary = (centered
                    ? "Estimates the derivatives of " + DocumentationWriter.Cref(_signature.Method) + " by the centered difference (f(p + h e_i) - f(p - h e_i)) / 2h"
                    : "Estimates the derivatives of " + DocumentationWriter.Cref(_signature.Method) + " by the forward difference (f(p + h e_i) - f(p)) / h")
                + " with respect to " + DocumentationWriter.DifferentiableParameterList(_signature) + ".";
            var remarks = (centered ? "Calls the method twice per differentiable input." : "Calls the method once per differentiable input, plus once at p.")
                + " Array elements are perturbed in place and put back to their exact original bits before this method returns or throws:"
                + " do not read or write the arrays from another thread during the call.";

            if (_signature.HasArrayResult)
            {
                DocumentationWriter.Write(_writer, _signature, summary, remarks, withDestinations: false, withStep: true);
                MemberWriter.WriteAllocatingOverload(_writer, _signature, kind);
                _writer.WriteLine();
                DocumentationWriter.Write(_writer, _signature, summary, DocumentationWriter.SameAsWithoutDestinations(perturbsArrays: true), withDestinations: true, withStep: true);
                using (MemberWriter.OpenMethod(_writer, _signature, "void", name, _signature.ParameterList(kind, withDestinations: true)))
                {
                    MemberWriter.WriteDestinationChecks(_writer, _signature);
                    AliasChecks.Write(_writer, _signature, kind, withDestinations: true);
                    WriteDerivatives(centered, declareScalars: false);
                }
            }
            else
            {
                DocumentationWriter.Write(_writer, _signature, summary, remarks, withDestinations: false, withStep: true);
                using (MemberWriter.OpenMethod(_writer, _signature, _signature.ResultType, name, _signature.ParameterList(kind)))
                {
                    WriteDerivatives(centered, declareScalars: true);
                    _writer.WriteLine("return " + _signature.ResultExpression + ";");
                }
            }
        }

        private void WriteDerivatives(bool centered, bool declareScalars)
        {
            if (!centered)
            {
                _writer.WriteLine("double " + _value + " = " + _signature.CallOriginal() + ";");
            }
            else if (_signature.Method.Parameters.Any(parameter => parameter.ArgumentModifier == "out "))
            {
                // With only empty arrays the scheme calls nothing, yet an out parameter must be assigned (CS0177).
                _writer.WriteLine(_signature.CallOriginal() + ";");
            }

            foreach (var parameter in _signature.Differentiable)
            {
                if (parameter.Shape!.IsArray)
                {
                    WriteArrayDerivative(parameter, centered);
                }
                else
                {
                    WriteScalarDerivative(parameter, centered, declareScalars);
                }
            }
        }

        private void WriteScalarDerivative(ParameterModel parameter, bool centered, bool declare)
        {
            var input = NameScope.Escape(parameter.Name);
            var target = (declare ? DerivativeSignature.GradientType(parameter) + " " : string.Empty) + _signature.DestinationName(parameter);
            var isFloat = parameter.Shape!.Element == ScalarKind.Float;
            string plus = input + " + " + Step, minus = input + " - " + Step;
            if (isFloat)
            {
                var names = _perturbedScalars[parameter.Name];
                plus = DeclarePerturbed(names.Plus, plus);
                minus = centered ? DeclarePerturbed(names.Minus, minus) : minus;
            }

            var valuePlus = CallAsDouble(p => p.Name == parameter.Name ? plus : null);
            var valueMinus = centered ? _signature.CallOriginal(p => p.Name == parameter.Name ? minus : null) : _value;
            var quotient = "(" + valuePlus + " - " + valueMinus + ") / " + Divisor(isFloat, centered, plus, centered ? minus : input);
            _writer.WriteLine(target + " = " + (isFloat ? "(float)(" + quotient + ")" : quotient) + ";");
        }

        private string DeclarePerturbed(string name, string expression)
        {
            _writer.WriteLine("float " + name + " = (float)(" + expression + ");");
            return name;
        }

        private void WriteArrayDerivative(ParameterModel parameter, bool centered)
        {
            var input = ArrayCode.WritableCopy(_writer, parameter, _signature.Names) ?? NameScope.Escape(parameter.Name);
            string Call() => _signature.CallOriginal(p => p.Name == parameter.Name ? input : null);
            var isFloat = parameter.Shape!.Element == ScalarKind.Float;
            var loops = new List<IndentedWriter.Block>();
            var element = input + "[" + ArrayCode.OpenLoops(_writer, _indices, input, parameter.Shape!, loops) + "]";
            var destination = _signature.DestinationName(parameter) + element.Substring(input.Length);

            _writer.WriteLine(DerivativeSignature.ScalarKeyword(parameter.Shape.Element) + " " + _original + " = " + element + ";");
            string plus = _original + " + " + Step, minus = _original + " - " + Step;
            if (isFloat)
            {
                _writer.WriteLine("float " + _plus + " = (float)(" + plus + ");");
                plus = _plus;
                if (centered)
                {
                    _writer.WriteLine("float " + _minus + " = (float)(" + minus + ");");
                    minus = _minus;
                }
            }

            using (_writer.OpenBlock("try"))
            {
                _writer.WriteLine(element + " = " + plus + ";");
                _writer.WriteLine("double " + _valuePlus + " = " + Call() + ";");
                if (centered)
                {
                    _writer.WriteLine(element + " = " + minus + ";");
                    _writer.WriteLine("double " + _valueMinus + " = " + Call() + ";");
                }

                var quotient = "(" + _valuePlus + " - " + (centered ? _valueMinus : _value) + ") / " + Divisor(isFloat, centered, plus, centered ? minus : _original);
                _writer.WriteLine(destination + " = " + (isFloat ? "(float)(" + quotient + ")" : quotient) + ";");
            }

            using (_writer.OpenBlock("finally"))
            {
                _writer.WriteLine(element + " = " + _original + ";");
            }

            ArrayCode.CloseLoops(loops);
        }

        /// <summary>
        /// The notebook divides by h (or 2h) for doubles, and its numbers are our acceptance test. A float cannot hold
        /// x + h exactly, so for floats the step actually taken, computed in double, is the divisor.
        /// </summary>
        private string Divisor(bool isFloat, bool centered, string plus, string lower) =>
            isFloat ? "((double)" + plus + " - " + lower + ")"
            : centered ? "(2 * " + Step + ")"
            : Step;

        /// <summary>A call whose float result is widened first, so that the difference is taken in double.</summary>
        private string CallAsDouble(System.Func<ParameterModel, string?> replace) =>
            (_signature.Method.ReturnKind == ScalarKind.Float ? "(double)" : string.Empty) + _signature.CallOriginal(replace);
    }
}
