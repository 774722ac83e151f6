using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MAccumulateGradient</c>, for methods that differentiate with respect to an array: it adds a seed
    /// times the gradient into adjoints the caller owns, clearing nothing, and returns the method's value. A [Differentiable] method that passes its
    /// arrays to <c>M</c> calls it in its reverse sweep with its own adjoint arrays (Clad's "pullback"), so the
    /// gradient flows through the call exactly and without copying. Hidden from IntelliSense: it is for generated code.
    /// </summary>
    internal static class AccumulatingGradientEmitter
    {
        /// <param name="tapes">Receives the tapes the sweeps use; they share the fields of <c>MGradient</c>'s tapes.</param>
        public static void Write(IndentedWriter writer, DerivativeSignature shared, ICollection<TapeModel> tapes)
        {
            var signature = shared.WithFreshNames();
            var method = signature.Method;
            var seed = signature.Names.Unique("seed");
            var gradient = GeneratedMethodKind.Gradient.NameFor(method.Name);
            var remarks = method.ExactBody is { } exactBody
                ? "Exact to rounding: the reverse sweep of <c>" + gradient + "</c>, started from the seed instead of 1."
                    + ExactGradientEmitter.CallRemarks(exactBody, reverseMode: true)
                : "From the numeric gradient <c>" + gradient + "</c> (" + GradientEmitter.NumericSchemeText(method) + ") on copies of the arrays, which allocates the copies and its result on every call, and one more call of the method for its value.";
            DocumentationWriter.WriteSummary(
                writer,
                "Adds <paramref name=\"" + seed.TrimStart('@') + "\"/> times the gradient of " + DocumentationWriter.Cref(method) + " with respect to "
                    + DocumentationWriter.DifferentiableParameterList(signature) + " to the adjoints given, which it does not clear: the step through a call to "
                    + DocumentationWriter.Cref(method) + " in the reverse sweep of a [Differentiable] method that passes it arrays.",
                remarks + " For generated code; call <c>" + gradient + "</c> instead.");
            DocumentationWriter.WriteMethodParameters(writer, signature);
            writer.WriteLine("/// <param name=\"" + seed.TrimStart('@') + "\">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>");
            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine("/// <param name=\"" + signature.DestinationName(parameter).TrimStart('@') + "\">Receives, added to what it holds, the seed times the derivative with respect to <paramref name=\""
                    + parameter.Name + "\"/>" + (parameter.Shape!.IsArray ? ", element by element; must have its shape." : ".") + "</param>");
            }

            writer.WriteLine("/// <returns>The method's value, of its own return type.</returns>");

            var parameters = signature.ParameterList(GeneratedMethodKind.AccumulateGradient, seed: seed);
            writer.WriteLine(MemberWriter.EditorBrowsableNever);
            using (MemberWriter.OpenMethod(writer, signature, DerivativeSignature.ScalarKeyword(method.ReturnKind), GeneratedMethodKind.AccumulateGradient.NameFor(method.Name), parameters))
            {
                MemberWriter.WriteDestinationChecks(writer, signature);
                AliasChecks.Write(writer, signature, GeneratedMethodKind.AccumulateGradient);
                var value = method.ExactBody is { } body ? ExactGradientEmitter.WriteSweeps(writer, signature, body, tapes, seed) : WriteFromNumericGradient(writer, signature, seed);
                writer.WriteLine("return " + value + ";");
            }
        }

        /// <summary>Adds the seed times the numeric gradient to the adjoints; returns the method's value, as code.</summary>
        private static string WriteFromNumericGradient(IndentedWriter writer, DerivativeSignature signature, string seed)
        {
            var gradient = signature.Names.Unique("gradient");

            // The numeric gradient perturbs array elements in place; it works on copies, so that the caller's
            // exact gradient, whose reverse sweep this is part of, never writes to its inputs.
            var arguments = new List<string>();
            foreach (var parameter in signature.Method.Parameters)
            {
                var name = NameScope.Escape(parameter.Name);
                if (parameter.IsDifferentiable && parameter.Shape!.IsArray)
                {
                    var copy = signature.Names.Unique(parameter.Name + "Copy");
                    writer.WriteLine("var " + copy + " = " + ArrayCode.CopyOf(name, parameter.Shape, signature.Names) + ";");
                    name = copy;
                }

                arguments.Add(parameter.ArgumentModifier + name);
            }

            writer.WriteLine("var " + gradient + " = " + GeneratedMethodKind.Gradient.NameFor(signature.MethodIdentifier) + "(" + string.Join(", ", arguments) + ");");
            AddSeedTimes(writer, signature, gradient, seed, signature.DestinationName);
            writer.WriteLine();
            return signature.CallOriginal();
        }

        /// <summary>Adds the seed times a gradient held in <paramref name="gradient"/> (shaped as <c>MGradient</c>'s result) into adjoints: <c>ref double</c> for scalars, arrays of the parameters' shapes.</summary>
        internal static void AddSeedTimes(IndentedWriter writer, DerivativeSignature signature, string gradient, string seed, System.Func<ParameterModel, string> adjointOf)
        {
            var indices = DirectionalDerivativeEmitter.Indices(signature);
            foreach (var parameter in signature.Differentiable)
            {
                var component = signature.ResultComponent(gradient, parameter);
                var destination = adjointOf(parameter);
                if (!parameter.Shape!.IsArray)
                {
                    writer.WriteLine(destination + " += " + seed + " * " + component + ";");
                    continue;
                }

                var blocks = new List<IndentedWriter.Block>();
                var index = "[" + ArrayCode.OpenLoops(writer, indices, component, parameter.Shape!, blocks) + "]";
                var added = seed + " * " + component + index;
                writer.WriteLine(destination + index + " += " + (parameter.Shape.Element == ScalarKind.Float ? "(float)(" + added + ")" : added) + ";");
                ArrayCode.CloseLoops(blocks);
            }
        }
    }
}
