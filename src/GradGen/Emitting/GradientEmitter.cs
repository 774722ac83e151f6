using System.Collections.Generic;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MGradient</c>. Its contract is "the gradient": exact (<see cref="ExactGradientEmitter"/>) when the
    /// body was differentiated, else the centered difference at the method's step, with the same signature.
    /// </summary>
    internal static class GradientEmitter
    {
        /// <param name="tapes">Receives the tapes the exact gradient's sweeps use.</param>
        public static void Write(IndentedWriter writer, DerivativeSignature signature, ICollection<TapeModel> tapes)
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
            var remarks = "Evaluated by the centered difference with step " + step + " (as <c>" + centered + "</c> does), which perturbs array"
                + " elements in place and restores them before returning: the method asks for the numeric gradient"
                + " (<c>Gradient = GradientMethod.Numeric</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).";

            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false);
            using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, name, signature.ParameterList(GeneratedMethodKind.Gradient)))
            {
                writer.WriteLine("return " + signature.Qualify(centered) + "(" + signature.ForwardArguments(withDestinations: false, step) + ");");
            }

            if (signature.HasArrayResult)
            {
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: true, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, "void", name, signature.ParameterList(GeneratedMethodKind.Gradient, withDestinations: true)))
                {
                    writer.WriteLine(signature.Qualify(centered) + "(" + signature.ForwardArguments(withDestinations: true, step) + ");");
                }
            }
        }
    }
}
