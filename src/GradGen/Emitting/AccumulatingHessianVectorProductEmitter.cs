using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MAccumulateHessianVectorProduct</c>, the hidden second-order entry point of every method: the reverse
    /// mode of <c>MDirectionalDerivative(p, v)</c>, which adds a seed times H v into the adjoints of the parameters
    /// and the seed times the gradient into the adjoints of the directions, and returns the directional derivative.
    /// A caller's Hessian (reverse mode over its forward-mode program, which calls <c>MDirectionalDerivative</c> for
    /// each call) goes through a call by it, whether or not the callee asks for a Hessian itself.
    /// </summary>
    internal static class AccumulatingHessianVectorProductEmitter
    {
        public static void Write(IndentedWriter writer, DerivativeSignature shared, ICollection<TapeModel> tapes)
        {
            var signature = shared.WithFreshNames();
            var method = signature.Method;
            var kind = GeneratedMethodKind.AccumulateHessianVectorProduct;
            var directions = signature.Differentiable.ToDictionary(p => p.Name, p => signature.Names.Unique(p.Name.TrimStart('@') + "Direction"));
            var seed = signature.Names.Unique("seed");
            var directionAdjoints = signature.Differentiable.ToDictionary(p => p.Name, p => signature.Names.Unique(p.Name.TrimStart('@') + "DirectionAdjoint"));
            var exact = HessianEmitter.IsExact(method);
            DocumentationWriter.WriteSummary(
                writer,
                "Adds <paramref name=\"" + seed.TrimStart('@') + "\"/> times the Hessian of " + DocumentationWriter.Cref(method) + " times the direction to the parameters' adjoints, and the seed times its gradient to the directions' adjoints,"
                    + " clearing neither: the reverse mode of <c>" + GeneratedMethodKind.DirectionalDerivative.NameFor(method.Name) + "</c>, the step through a call to "
                    + DocumentationWriter.Cref(method) + " in the Hessian of a [Differentiable] method that calls it.",
                (exact
                    ? "Exact to rounding: reverse mode over the method's forward-mode program."
                    : "H v is the centered difference of <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c> along the direction with step " + NumberFormat.ForCode(signature.Step)
                        + (method.ExactBody is not null ? ": " + HessianEmitter.WhyNotExact(method) : ": the method's gradient is numeric."))
                    + (method.IsHelper ? " For generated code." : " For generated code; call <c>" + GeneratedMethodKind.HessianVectorProduct.NameFor(method.Name) + "</c> (with <c>[Differentiable(Hessian = true)]</c>) instead."));
            DocumentationWriter.WriteMethodParameters(writer, signature);
            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine("/// <param name=\"" + directions[parameter.Name].TrimStart('@') + "\">The direction's component along <paramref name=\"" + parameter.Name + "\"/>.</param>");
            }

            writer.WriteLine("/// <param name=\"" + seed.TrimStart('@') + "\">The factor: in the caller, the adjoint of the directional derivative.</param>");
            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine("/// <param name=\"" + signature.DestinationName(parameter).TrimStart('@') + "\">Receives, added, the seed times the component of H v along <paramref name=\"" + parameter.Name + "\"/>.</param>");
            }

            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine("/// <param name=\"" + directionAdjoints[parameter.Name].TrimStart('@') + "\">Receives, added, the seed times the derivative with respect to <paramref name=\"" + parameter.Name + "\"/>.</param>");
            }

            writer.WriteLine("/// <returns>The derivative of the method along the direction.</returns>");
            writer.WriteLine(MemberWriter.EditorBrowsableNever);
            var parameters = signature.ParameterList(kind, tangents: directions, seed: seed, tangentAdjoints: directionAdjoints);
            using (MemberWriter.OpenMethod(writer, signature, "double", kind.NameFor(method.Name), parameters))
            {
                if (signature.HasArrayResult)
                {
                    MemberWriter.WriteDestinationChecks(writer, signature);
                }

                AliasChecks.Write(writer, signature, kind, tangents: directions, tangentAdjoints: directionAdjoints);

                if (exact)
                {
                    var value = HessianEmitter.WriteReverseOverForward(writer, signature, directions, kind, seed, directionAdjoints, tapes);
                    writer.WriteLine("return " + value + ";");
                    return;
                }

                HessianEmitter.WriteGradientDifference(writer, signature, directions, signature.DestinationName, seed);
                var gradient = signature.Names.Unique("gradient");
                writer.WriteLine("var " + gradient + " = " + signature.Qualify(GeneratedMethodKind.Gradient.NameFor(method.Name)) + "(" + signature.ForwardArguments(withDestinations: false, step: null) + ");");
                AccumulatingGradientEmitter.AddSeedTimes(writer, signature, gradient, seed, p => directionAdjoints[p.Name]);
                writer.WriteLine("return " + signature.Qualify(GeneratedMethodKind.DirectionalDerivative.NameFor(method.Name)) + "("
                    + string.Join(", ", signature.Method.Parameters.Select(p => p.ArgumentModifier + NameScope.Escape(p.Name)).Concat(signature.Differentiable.Select(p => directions[p.Name]))) + ");");
            }
        }
    }
}
