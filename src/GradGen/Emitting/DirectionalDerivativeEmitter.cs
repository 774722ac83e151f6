using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MDirectionalDerivative</c>: the derivative of <c>M</c> along a direction, one tangent per
    /// differentiable parameter. Exact forward mode from the body where it was differentiated, else the dot product
    /// of the numeric <c>MGradient</c> with the direction.
    /// </summary>
    internal static class DirectionalDerivativeEmitter
    {
        public static void Write(IndentedWriter writer, DerivativeSignature shared)
        {
            var signature = shared.WithFreshNames();
            var method = signature.Method;
            var tangents = signature.Differentiable.ToDictionary(p => p.Name, p => signature.Names.Unique(p.Name.TrimStart('@') + "Tangent"));
            var name = GeneratedMethodKind.DirectionalDerivative.NameFor(method.Name);
            var remarks = method.ExactBody is null
                ? "The dot product of the direction with the gradient <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c> returns, which is numeric for this method (" + GradientEmitter.NumericSchemeText(method) + ")."
                : "Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays."
                    + ExactGradientEmitter.CallRemarks(method.ExactBody, reverseMode: false);
            DocumentationWriter.Write(writer, signature, "Computes the derivative of " + DocumentationWriter.Cref(method) + " at a point along a direction: d/dt " + method.Name + "(p + t v) at t = 0.",
                remarks, withDestinations: false, withStep: false, "The directional derivative, the dot product of the gradient with the direction.");
            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine("/// <param name=\"" + tangents[parameter.Name].TrimStart('@') + "\">The direction's component along <paramref name=\"" + parameter.Name + "\"/>"
                    + (parameter.Shape!.IsArray ? ", of its shape." : ".") + "</param>");
            }

            var parameters = signature.ParameterList(GeneratedMethodKind.DirectionalDerivative, tangents: tangents);
            using (MemberWriter.OpenMethod(writer, signature, "double", name, parameters))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name), parameter.Shape!);
                    ArrayCode.WriteNullCheck(writer, tangents[parameter.Name], parameter.Shape!);
                    ArrayCode.WriteSameShapeCheck(writer, tangents[parameter.Name], NameScope.Escape(parameter.Name), parameter.Shape!, "The direction", signature.Names);
                }

                if (signature.HasArrayResult)
                {
                    writer.WriteLine();
                }

                if (method.ExactBody is { } body)
                {
                    BodyPrinter.Write(writer, signature.Names, CommonSubexpressions.Apply(TangentTransform.Apply(body, tangents.ToDictionary(pair => pair.Key.TrimStart('@'), pair => pair.Value))));
                }
                else
                {
                    writer.WriteLine("return " + WriteGradientDot(writer, signature, tangents, Indices(signature)) + ";");
                }
            }
        }

        /// <summary>Writes the dot product of <c>MGradient</c> at the parameters with the given direction; returns the local that holds it.</summary>
        public static string WriteGradientDot(IndentedWriter writer, DerivativeSignature signature, IReadOnlyDictionary<string, string> direction, IReadOnlyList<string> indices)
        {
            var gradient = signature.Names.Unique("gradient");
            var dot = signature.Names.Unique("dot");
            writer.WriteLine("var " + gradient + " = " + GeneratedMethodKind.Gradient.NameFor(signature.MethodIdentifier) + "(" + signature.ForwardArguments(withDestinations: false, step: null) + ");");
            writer.WriteLine("double " + dot + " = 0.0;");
            foreach (var parameter in signature.Differentiable)
            {
                var component = signature.ResultComponent(gradient, parameter);
                if (!parameter.Shape!.IsArray)
                {
                    writer.WriteLine(dot + " += (double)" + component + " * " + direction[parameter.Name] + ";");
                    continue;
                }

                var blocks = new List<IndentedWriter.Block>();
                var index = "[" + ArrayCode.OpenLoops(writer, indices, component, parameter.Shape!, blocks) + "]";
                writer.WriteLine(dot + " += (double)" + component + index + " * " + direction[parameter.Name] + index + ";");
                ArrayCode.CloseLoops(blocks);
            }

            return dot;
        }

        /// <summary>Loop counters for the largest array rank among the differentiable parameters.</summary>
        public static IReadOnlyList<string> Indices(DerivativeSignature signature) =>
            Enumerable.Range(0, signature.Differentiable.Max(p => p.Shape!.Rank)).Select(d => signature.Names.Unique("i" + d)).ToList();
    }
}
