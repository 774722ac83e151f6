using System.Collections.Generic;
using GradGen.Model;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// What the file of a helper's hidden copy holds (issue 14): the copy itself, printed from its parsed body, and
    /// the entry points a caller's derivatives call on a callee (the gradient, its accumulating form, the directional
    /// derivative, the second-order entry point). No finite difference, check or public Hessian: nobody calls them.
    /// </summary>
    internal static class HelperEmitters
    {
        public static readonly IReadOnlyList<MethodEmitter> All = new[]
        {
            new MethodEmitter(new GeneratedMethodKind[0], _ => true, (writer, signature, _) => WriteCopy(writer, signature)),
            new MethodEmitter(new[] { GeneratedMethodKind.Gradient, GeneratedMethodKind.ValueAndGradient }, _ => true, GradientEmitter.Write),
            new MethodEmitter(new[] { GeneratedMethodKind.AccumulateGradient }, signature => signature.HasArrayResult, AccumulatingGradientEmitter.Write),
            new MethodEmitter(new[] { GeneratedMethodKind.DirectionalDerivative }, _ => true, (writer, signature, _) => DirectionalDerivativeEmitter.Write(writer, signature)),
            new MethodEmitter(new[] { GeneratedMethodKind.AccumulateHessianVectorProduct }, _ => true, AccumulatingHessianVectorProductEmitter.Write),
        };

        /// <summary>
        /// The helper's body as GradGen parsed it, under the hidden name: the derivatives call it for the helper's
        /// value, so that a private helper of another type needs no access and its derivatives and value come from one body.
        /// A [Differentiable] method over structs called from another type, as a struct's member or for its struct
        /// result, is copied the same way, flattened (issue 19, <c>StructCalls</c>).
        /// </summary>
        private static void WriteCopy(IndentedWriter writer, DerivativeSignature shared)
        {
            var signature = shared.WithFreshNames();
            var method = signature.Method;
            DocumentationWriter.WriteSummary(writer, "A copy of a method that a [Differentiable] method of this type calls, written by GradGen with its derivatives below: a method without [Differentiable], or one over structs with their fields as parameters.", "For generated code.");
            writer.WriteLine(MemberWriter.EditorBrowsableNever);
            using (MemberWriter.OpenMethod(writer, signature, DerivativeSignature.ScalarKeyword(method.ReturnKind), method.Name, signature.ParameterList(GeneratedMethodKind.Gradient)))
            {
                BodyPrinter.Write(writer, signature.Names, method.ExactBody!);
            }
        }
    }
}
