using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Sweep;
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

        /// <param name="tapes">Receives the tapes the sweeps use, whose fields the type must declare.</param>
        public static void Write(IndentedWriter writer, DerivativeSignature signature, ExactBody body, ICollection<TapeModel> tapes)
        {
            var method = signature.Method;
            var remarks = Remarks + CallRemarks(body, reverseMode: true);
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
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false);
                MemberWriter.WriteAllocatingOverload(writer, signature, GeneratedMethodKind.Gradient);
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, summary, DocumentationWriter.SameAsWithoutDestinations(perturbsArrays: false), withDestinations: true, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, "void", gradient, signature.ParameterList(GeneratedMethodKind.Gradient, withDestinations: true)))
                {
                    writer.WriteLine(valueAndGradient + "(" + signature.ForwardArguments(withDestinations: true, step: null) + ");");
                }

                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, bothSummary, remarks, withDestinations: false, withStep: false, tupleReturns);
                MemberWriter.WriteAllocatingOverload(writer, signature, GeneratedMethodKind.ValueAndGradient, valueType);
                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, bothSummary, DocumentationWriter.SameAsWithoutDestinations(perturbsArrays: false), withDestinations: true, withStep: false, valueReturns);
                using (MemberWriter.OpenMethod(writer, signature, valueType, valueAndGradient, signature.ParameterList(GeneratedMethodKind.ValueAndGradient, withDestinations: true)))
                {
                    MemberWriter.WriteDestinationChecks(writer, signature);
                    AliasChecks.Write(writer, signature, GeneratedMethodKind.ValueAndGradient, withDestinations: true);
                    var value = WriteSweeps(writer, signature, body, tapes);
                    writer.WriteLine("return " + value + ";");
                }
            }
            else
            {
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false);
                using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, gradient, signature.ParameterList(GeneratedMethodKind.Gradient)))
                {
                    writer.WriteLine("return " + valueAndGradient + "(" + signature.ForwardArguments(withDestinations: false, step: null) + ").gradient;");
                }

                writer.WriteLine();
                DocumentationWriter.Write(writer, signature, bothSummary, remarks, withDestinations: false, withStep: false, tupleReturns);
                using (MemberWriter.OpenMethod(writer, signature, MemberWriter.ValueAndGradientType(signature, valueType), valueAndGradient, signature.ParameterList(GeneratedMethodKind.ValueAndGradient)))
                {
                    foreach (var parameter in signature.Differentiable)
                    {
                        writer.WriteLine(DerivativeSignature.GradientType(parameter) + " " + signature.DestinationName(parameter) + ";");
                    }

                    var value = WriteSweeps(writer, signature, body, tapes);
                    writer.WriteLine("return (" + value + ", " + signature.ResultExpression + ");");
                }
            }
        }

        /// <summary>
        /// Writes the sweeps of the exact gradient (<see cref="AdjointTransform"/>, printed by <see cref="ProgramPrinter"/>)
        /// and returns the name of the local holding the method's value. The tapes the sweeps use are added to
        /// <paramref name="tapes"/>: their fields must be declared in the method's type.
        /// </summary>
        /// <param name="seed">Null to overwrite the destinations with the gradient; else the name of the seed, times which the gradient is added to them.</param>
        /// <remarks>Every caller has written <see cref="MemberWriter.WriteDestinationChecks"/> first, where there are arrays: the sweeps may take a destination and its input for different arrays.</remarks>
        public static string WriteSweeps(IndentedWriter writer, DerivativeSignature signature, ExactBody body, ICollection<TapeModel> tapes, string? seed = null)
        {
            var destinations = signature.Differentiable.ToDictionary(p => p.Name, signature.DestinationName);
            var program = AdjointTransform.Apply(body, new SweepContext(signature.Method, signature.Names.Unique, NameScope.Escape, destinations, seed, DestinationsChecked: true, FusesLastLoop: true));
            foreach (var tape in program.Tapes)
            {
                tapes.Add(tape);
            }

            return ProgramPrinter.Write(writer, program);
        }

        /// <summary>
        /// Says, where the body calls other [Differentiable] methods, that their derivatives are exact only where theirs
        /// are, and which of their methods the reverse (or forward) mode goes through.
        /// </summary>
        public static string CallRemarks(ExactBody body, bool reverseMode) => BodyCalls.UsesGeneratedDerivatives(body)
            ? " Calls to other [Differentiable] methods go through their own <c>" + (reverseMode ? "MGradient" : "MDirectionalDerivative") + "</c>"
                + (reverseMode && BodyCalls.PassesArrayAdjoints(body) ? " (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays)" : string.Empty)
                + ": exact, unless that method falls back to the centered difference (warning GG0100 on it)."
                + (BodyCalls.CallsVectorValued(body)
                    ? " A vector-valued callee (<c>var p = M(...)</c>) goes through its <c>" + (reverseMode ? "MAccumulateVectorJacobianProduct" : "MJacobianVectorProduct") + "</c>."
                    : string.Empty)
            : string.Empty;
    }
}
