using System.Collections.Generic;
using GradGen.Differentiation;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MGradient</c>. Its contract is "the gradient": exact (<see cref="ExactGradientEmitter"/>) when the
    /// body was differentiated, else the centered difference at the method's step, with the same signature.
    /// </summary>
    internal static class GradientEmitter
    {
        /// <param name="tapes">Receives the tapes the exact gradient's sweeps use.</param>
        public static void Write(IndentedWriter writer, DerivativeSignature signature, ICollection<Tape> tapes)
        {
            if (signature.Method.ExactBody is { } body)
            {
                ExactGradientEmitter.Write(writer, signature.WithFreshNames(), body, tapes);
                return;
            }

            var name = GeneratedMethodKind.Gradient.NameFor(signature.Method.Name);
            var centered = GeneratedMethodKind.CenteredDiff.NameFor(signature.Method.Name);
            var step = NumberFormat.ForCode(signature.Step);
            var summary = "Computes the gradient of " + DocumentationWriter.Cref(signature.Method) + " with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ".";
            var how = "by the centered difference with step " + step + " (as <c>" + centered + "</c> does), which perturbs array"
                + " elements in place and restores them before returning: the method asks for the numeric gradient"
                + " (<c>Gradient = GradientMethod.Numeric</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).";
            var remarks = "Evaluated " + how;

            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false);
            using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, name, signature.ParameterList(withDestinations: false, withStep: false)))
            {
                writer.WriteLine("return " + signature.Qualify(centered) + "(" + signature.ForwardArguments(withDestinations: false, step) + ");");
            }

            if (signature.HasArrayResult)
            {
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: true, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, "void", name, signature.ParameterList(withDestinations: true, withStep: false)))
                {
                    writer.WriteLine(signature.Qualify(centered) + "(" + signature.ForwardArguments(withDestinations: true, step) + ");");
                }
            }

            writer.WriteLine();
            WriteNumericValueAndGradient(writer, signature, "The gradient is evaluated " + how);
        }

        /// <summary>
        /// <c>MValueAndGradient</c> beside the numeric <c>MGradient</c>: one call of the method, then the centered
        /// difference. Code that calls it keeps compiling when one construct of the body makes the gradient fall back.
        /// </summary>
        private static void WriteNumericValueAndGradient(IndentedWriter writer, DerivativeSignature signature, string remarks)
        {
            var method = signature.Method;
            var name = GeneratedMethodKind.ValueAndGradient.NameFor(method.Name);
            var gradient = GeneratedMethodKind.Gradient.NameFor(method.Name);
            var valueType = DerivativeSignature.ScalarKeyword(method.ReturnKind);
            var summary = "Computes the value of " + DocumentationWriter.Cref(method) + " and its gradient with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ": one call of the method, then the centered difference.";
            var tupleReturns = "<c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>" + gradient + "</c> returns it.";
            if (!signature.HasArrayResult)
            {
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false, tupleReturns);
                using (MemberWriter.OpenMethod(writer, signature, MemberWriter.ValueAndGradientType(signature, valueType), name, signature.ParameterList(withDestinations: false, withStep: false)))
                {
                    writer.WriteLine("return (" + signature.CallOriginal() + ", " + signature.Qualify(gradient) + "(" + signature.ForwardArguments(withDestinations: false, step: null) + "));");
                }

                return;
            }

            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false, tupleReturns);
            MemberWriter.WriteAllocatingOverload(writer, signature, name, withStep: false, valueType);
            writer.WriteLine();
            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: true, withStep: false, "The method's value, of its own return type.");
            using (MemberWriter.OpenMethod(writer, signature, valueType, name, signature.ParameterList(withDestinations: true, withStep: false)))
            {
                writer.WriteLine(signature.Qualify(gradient) + "(" + signature.ForwardArguments(withDestinations: true, step: null) + ");");
                writer.WriteLine("return " + signature.CallOriginal() + ";");
            }
        }
    }
}
