using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>The XML documentation of generated members: what users read in IntelliSense.</summary>
    internal static class DocumentationWriter
    {
        public static void Write(IndentedWriter writer, DerivativeSignature signature, string summary, string? remarks, bool withDestinations, bool withStep, string? returns = null)
        {
            if (withStep && !signature.HasStepParameter)
            {
                remarks = (remarks is null ? string.Empty : remarks + " ") + FixedStepRemark(signature);
                withStep = false;
            }

            WriteSummary(writer, summary, remarks);
            WriteMethodParameters(writer, signature);

            if (withDestinations)
            {
                foreach (var parameter in signature.Differentiable)
                {
                    var text = parameter.Shape!.IsArray
                        ? "Receives the derivative with respect to <paramref name=\"" + parameter.Name + "\"/>, element by element; must have its shape."
                        : "Receives the derivative with respect to <paramref name=\"" + parameter.Name + "\"/>.";
                    writer.WriteLine("/// <param name=\"" + signature.DestinationName(parameter).TrimStart('@') + "\">" + text + "</param>");
                }
            }

            if (withStep)
            {
                writer.WriteLine("/// <param name=\"" + signature.StepName + "\">The finite-difference step h; by default "
                    + NumberFormat.ForCode(signature.Step) + ", from "
                    + (signature.StepIsFromProject ? "the project's <c>GradGenDefaultStep</c>" : "<c>[Differentiable(Step = ...)]</c> or GradGen's default")
                    + ".</param>");
            }

            if (returns is not null || !withDestinations)
            {
                writer.WriteLine("/// <returns>" + (returns ?? Returns(signature)) + "</returns>");
            }
        }

        /// <summary>
        /// The remarks of an overload with destinations, beside the overload without them, which has the method's full
        /// remarks: repeated in every overload, they were a good part of what the generated code cost the user's
        /// compile (issue 17). The summary, parameters and returns stay complete on every overload.
        /// </summary>
        public static string SameAsWithoutDestinations(bool perturbsArrays) =>
            "Computed as the overload without destinations computes it (see its remarks), into the destinations given"
            + (perturbsArrays ? "; it too perturbs array elements in place and puts them back: do not read or write the arrays from another thread during the call." : ".");

        /// <summary>Why an overload's finite differences take no step argument, and where their step comes from.</summary>
        private static string FixedStepRemark(DerivativeSignature signature) =>
            "The step h is " + NumberFormat.ForCode(signature.Step) + ", from "
            + (signature.StepIsFromProject ? "the project's <c>GradGenDefaultStep</c>" : "<c>[Differentiable(Step = ...)]</c> or GradGen's default")
            + ". This overload takes no step argument, since an optional step would take calls meant for another overload of <c>"
            + signature.Method.Name + "</c>; set <c>[Differentiable(Step = ...)]</c> to change it.";

        public static void WriteSummary(IndentedWriter writer, string summary, string? remarks)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// " + summary);
            writer.WriteLine("/// </summary>");
            if (remarks is not null)
            {
                writer.WriteLine("/// <remarks>");
                writer.WriteLine("/// " + remarks);
                writer.WriteLine("/// </remarks>");
            }
        }

        /// <summary>One <c>param</c> element for each of the method's own parameters.</summary>
        public static void WriteMethodParameters(IndentedWriter writer, DerivativeSignature signature)
        {
            foreach (var parameter in signature.Method.Parameters)
            {
                var text = parameter.IsDifferentiable
                    ? "The point at which to differentiate: the argument <paramref name=\"" + parameter.Name + "\"/> of " + Cref(signature.Method) + "."
                    : "Passed to " + Cref(signature.Method) + " unchanged; not differentiated.";
                writer.WriteLine("/// <param name=\"" + parameter.Name + "\">" + text + "</param>");
            }
        }

        /// <summary><c>&lt;see cref="Loss(double[,], double[], double[])"/&gt;</c>: a link back to the original method.</summary>
        public static string Cref(MethodModel method) =>
            method.Parameters.Any(p => p.CrefType.Contains("delegate*"))
                ? "<c>" + method.Name + "</c>" // a cref cannot name a function pointer type
                : "<see cref=\"" + NameScope.Escape(method.Name) + "(" + string.Join(", ", method.Parameters.Select(p => CrefModifier(p) + p.CrefType)) + ")\"/>";

        /// <summary>A cref names a parameter's kind as declared: <c>ref readonly</c> is not <c>in</c> there.</summary>
        private static string CrefModifier(ParameterModel parameter) => parameter.Modifier.Replace("this ", string.Empty);

        /// <summary><c>&lt;paramref name="a"/&gt;, &lt;paramref name="b"/&gt;</c>: the parameters differentiated.</summary>
        public static string DifferentiableParameterList(DerivativeSignature signature) =>
            string.Join(", ", signature.Differentiable.Select(p => "<paramref name=\"" + p.Name + "\"/>"));

        private static string Returns(DerivativeSignature signature)
        {
            if (signature.Differentiable.Count > 1)
            {
                return "The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.";
            }

            var parameter = signature.Differentiable[0];
            return parameter.Shape!.IsArray
                ? "A new array of the shape of <paramref name=\"" + parameter.Name + "\"/>: element by element, the derivative with respect to it."
                : "The derivative with respect to <paramref name=\"" + parameter.Name + "\"/>.";
        }
    }
}
