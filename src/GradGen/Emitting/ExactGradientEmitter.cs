using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the exact <c>MGradient</c> and <c>MValueAndGradient</c>: reverse-mode code derived from <c>M</c>'s body,
    /// with allocating overloads and, where the gradient holds arrays, allocation-free destination overloads.
    /// </summary>
    internal static class ExactGradientEmitter
    {
        private const string Remarks =
            "Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep)."
            + " The derivative follows the path the method takes at this point; the inputs are never written.";

        public static void Write(IndentedWriter writer, DerivativeSignature signature, ExactBody body)
        {
            var method = signature.Method;
            var gradient = GeneratedMethodKind.Gradient.NameFor(method.Name);
            var valueAndGradient = GeneratedMethodKind.ValueAndGradient.NameFor(method.Name);
            var valueType = DerivativeSignature.ScalarKeyword(method.ReturnKind);
            var summary = "Computes the exact gradient of " + DocumentationWriter.Cref(method) + " with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ".";
            var bothSummary = "Computes the value of " + DocumentationWriter.Cref(method) + " and its exact gradient with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ", in one forward and one reverse sweep.";
            var valueReturns = "The method's value, of its own return type.";
            var tupleReturns = "<c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>" + gradient + "</c> returns it.";

            if (signature.HasArrayResult)
            {
                DocumentationWriter.Write(writer, signature, summary, Remarks, withDestinations: false, withStep: false);
                MemberWriter.WriteAllocatingOverload(writer, signature, gradient, withStep: false);
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, summary, Remarks, withDestinations: true, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, "void", gradient, signature.ParameterList(withDestinations: true, withStep: false)))
                {
                    writer.WriteLine(valueAndGradient + "(" + signature.ForwardArguments(withDestinations: true, step: null) + ");");
                }

                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, bothSummary, Remarks, withDestinations: false, withStep: false, tupleReturns);
                MemberWriter.WriteAllocatingOverload(writer, signature, valueAndGradient, withStep: false, valueType);
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, bothSummary, Remarks, withDestinations: true, withStep: false, valueReturns);
                using (MemberWriter.OpenMethod(writer, signature, valueType, valueAndGradient, signature.ParameterList(withDestinations: true, withStep: false)))
                {
                    MemberWriter.WriteDestinationChecks(writer, signature);
                    var value = AdjointBodyWriter.Write(writer, signature, body);
                    writer.WriteLine("return " + value + ";");
                }
            }
            else
            {
                DocumentationWriter.Write(writer, signature, summary, Remarks, withDestinations: false, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, gradient, signature.ParameterList(withDestinations: false, withStep: false)))
                {
                    writer.WriteLine("return " + valueAndGradient + "(" + signature.ForwardArguments(withDestinations: false, step: null) + ").gradient;");
                }

                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, bothSummary, Remarks, withDestinations: false, withStep: false, tupleReturns);
                using (MemberWriter.OpenMethod(writer, signature, MemberWriter.ValueAndGradientType(signature, valueType), valueAndGradient, signature.ParameterList(withDestinations: false, withStep: false)))
                {
                    foreach (var parameter in signature.Differentiable)
                    {
                        writer.WriteLine(DerivativeSignature.GradientType(parameter) + " " + signature.DestinationName(parameter) + ";");
                    }

                    var value = AdjointBodyWriter.Write(writer, signature, body);
                    writer.WriteLine("return (" + value + ", " + signature.ResultExpression + ");");
                }
            }
        }
    }
}
