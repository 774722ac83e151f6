using System.Collections.Generic;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MGradient</c>. Its contract is "the gradient": exact (<see cref="ExactGradientEmitter"/>) when the
    /// body was differentiated, else <c>MRichardsonDiff</c> (or, where the attribute asks for it, the centered
    /// difference at the method's step), with the same signature.
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
            var centered = signature.Method.NumericGradient == NumericGradientScheme.CenteredDifference;
            var step = centered ? NumberFormat.ForCode(signature.Step) : null;
            var estimator = (centered ? GeneratedMethodKind.CenteredDiff : GeneratedMethodKind.RichardsonDiff).NameFor(signature.Method.Name);
            var summary = "Computes the gradient of " + DocumentationWriter.Cref(signature.Method) + " with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ".";
            var remarks = (centered
                    ? "Evaluated by the centered difference with step " + step + " (as <c>" + estimator + "</c> does, <c>Gradient = GradientMethod.CenteredDifference</c>)"
                    : "Evaluated by Richardson extrapolation of centered differences (as <c>" + estimator + "</c> does, which also gives error estimates)")
                + ", which perturbs array elements in place and restores them before returning: the method asks for a numeric gradient"
                + " (<c>Gradient = GradientMethod.Numeric</c> or <c>CenteredDifference</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).";

            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false);
            using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, name, signature.ParameterList(GeneratedMethodKind.Gradient)))
            {
                writer.WriteLine("return " + signature.Qualify(estimator) + "(" + signature.ForwardArguments(withDestinations: false, step) + ");");
            }

            if (signature.HasArrayResult)
            {
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: true, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, "void", name, signature.ParameterList(GeneratedMethodKind.Gradient, withDestinations: true)))
                {
                    writer.WriteLine(signature.Qualify(estimator) + "(" + signature.ForwardArguments(withDestinations: true, step) + ");");
                }
            }
        }

        /// <summary>How the numeric gradient of <paramref name="method"/> is estimated, for the documentation of the methods that use it.</summary>
        public static string NumericSchemeText(MethodModel method) =>
            method.NumericGradient == NumericGradientScheme.CenteredDifference ? "the centered difference" : "Richardson extrapolation of centered differences";
    }
}
