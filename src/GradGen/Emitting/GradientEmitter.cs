using System.Collections.Generic;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MGradient</c> and <c>MValueAndGradient</c>. Their contract is "the gradient": exact
    /// (<see cref="ExactGradientEmitter"/>) when the body was differentiated, else <c>MRichardsonDiff</c> (or, where
    /// the attribute asks for it, the centered difference at the method's step), with the same signatures.
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
            var stepArgument = signature.HasStepParameter ? step : null;
            var estimator = (centered ? GeneratedMethodKind.CenteredDiff : GeneratedMethodKind.RichardsonDiff).NameFor(signature.Method.Name);
            var summary = "Computes the gradient of " + DocumentationWriter.Cref(signature.Method) + " with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ".";
            var how = (centered
                    ? "by the centered difference with step " + step + " (as <c>" + estimator + "</c> does, <c>Gradient = GradientMethod.CenteredDifference</c>)"
                    : "by Richardson extrapolation of centered differences (as <c>" + estimator + "</c> does, which also gives error estimates)")
                + ", which perturbs array elements in place and restores them before returning: the method asks for a numeric gradient"
                + " (<c>Gradient = GradientMethod.Numeric</c> or <c>CenteredDifference</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).";
            var remarks = "Evaluated " + how;

            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false);
            using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, name, signature.ParameterList(GeneratedMethodKind.Gradient)))
            {
                writer.WriteLine("return " + signature.Qualify(estimator) + "(" + signature.ForwardArguments(withDestinations: false, stepArgument) + ");");
            }

            if (signature.HasArrayResult)
            {
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, summary, DocumentationWriter.SameAsWithoutDestinations(perturbsArrays: true), withDestinations: true, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, "void", name, signature.ParameterList(GeneratedMethodKind.Gradient, withDestinations: true)))
                {
                    writer.WriteLine(signature.Qualify(estimator) + "(" + signature.ForwardArguments(withDestinations: true, stepArgument) + ");");
                }
            }

            writer.WriteLine();
            WriteNumericValueAndGradient(writer, signature, "The gradient is evaluated " + how);
        }

        /// <summary>
        /// <c>MValueAndGradient</c> beside the numeric <c>MGradient</c>: one call of the method, then the numeric
        /// gradient (<c>MGradient</c> itself, so both use the same scheme). Code that calls it keeps compiling when one
        /// construct of the body makes the gradient fall back. Its parameter lists are the kind's
        /// (<see cref="GeneratedMethodKind.ValueAndGradient"/>), which the collision check reads too.
        /// </summary>
        private static void WriteNumericValueAndGradient(IndentedWriter writer, DerivativeSignature signature, string remarks)
        {
            var method = signature.Method;
            var kind = GeneratedMethodKind.ValueAndGradient;
            var name = kind.NameFor(method.Name);
            var gradient = GeneratedMethodKind.Gradient.NameFor(method.Name);
            var valueType = DerivativeSignature.ScalarKeyword(method.ReturnKind);
            var summary = "Computes the value of " + DocumentationWriter.Cref(method) + " and its gradient with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ": one call of the method, then " + NumericSchemeText(method) + ".";
            var tupleReturns = "<c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>" + gradient + "</c> returns it.";
            if (!signature.HasArrayResult)
            {
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false, tupleReturns);
                using (MemberWriter.OpenMethod(writer, signature, MemberWriter.ValueAndGradientType(signature, valueType), name, signature.ParameterList(kind)))
                {
                    writer.WriteLine("return (" + signature.CallOriginal() + ", " + signature.Qualify(gradient) + "(" + signature.ForwardArguments(withDestinations: false, step: null) + "));");
                }

                return;
            }

            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false, tupleReturns);
            MemberWriter.WriteAllocatingOverload(writer, signature, kind, valueType);
            writer.WriteLine();
            DocumentationWriter.Write(writer, signature, summary, DocumentationWriter.SameAsWithoutDestinations(perturbsArrays: true), withDestinations: true, withStep: false, "The method's value, of its own return type.");
            using (MemberWriter.OpenMethod(writer, signature, valueType, name, signature.ParameterList(kind, withDestinations: true)))
            {
                writer.WriteLine(signature.Qualify(gradient) + "(" + signature.ForwardArguments(withDestinations: true, step: null) + ");");
                writer.WriteLine("return " + signature.CallOriginal() + ";");
            }
        }

        /// <summary>How the numeric gradient of <paramref name="method"/> is estimated, for the documentation of the methods that use it.</summary>
        public static string NumericSchemeText(MethodModel method) =>
            method.NumericGradient == NumericGradientScheme.CenteredDifference ? "the centered difference" : "Richardson extrapolation of centered differences";
    }
}
