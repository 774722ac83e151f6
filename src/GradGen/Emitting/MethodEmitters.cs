using System;
using System.Collections.Generic;
using GradGen.Model;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the methods of some generated kinds for one [Differentiable] method, where <see cref="AppliesTo"/>;
    /// adds to the tapes list the tapes whose fields the type must declare.
    /// </summary>
    internal sealed record MethodEmitter(
        IReadOnlyList<GeneratedMethodKind> Kinds,
        Func<DerivativeSignature, bool> AppliesTo,
        Action<IndentedWriter, DerivativeSignature, ICollection<TapeModel>> Write);

    /// <summary>
    /// Every emitter, in the order their methods appear in the generated file. A new generated kind is a member of
    /// <see cref="GeneratedMethodKind"/>, an emitter here, and its tests (a test checks that every kind has one emitter).
    /// </summary>
    internal static class MethodEmitters
    {
        public static readonly IReadOnlyList<MethodEmitter> All = new[]
        {
            new MethodEmitter(new[] { GeneratedMethodKind.ForwardDiff, GeneratedMethodKind.CenteredDiff }, _ => true, (writer, signature, _) => FiniteDifferenceEmitter.Write(writer, signature)),
            new MethodEmitter(new[] { GeneratedMethodKind.RichardsonDiff }, _ => true, (writer, signature, _) => RichardsonDifferenceEmitter.Write(writer, signature)),
            new MethodEmitter(new[] { GeneratedMethodKind.Gradient, GeneratedMethodKind.ValueAndGradient }, _ => true, GradientEmitter.Write),
            new MethodEmitter(new[] { GeneratedMethodKind.AccumulateGradient }, signature => signature.HasArrayResult, AccumulatingGradientEmitter.Write),
            new MethodEmitter(new[] { GeneratedMethodKind.DirectionalDerivative }, _ => true, (writer, signature, _) => DirectionalDerivativeEmitter.Write(writer, signature)),
            new MethodEmitter(new[] { GeneratedMethodKind.CheckGradient }, _ => true, (writer, signature, _) => GradientCheckEmitter.Write(writer, signature)),
            new MethodEmitter(
                new[] { GeneratedMethodKind.HessianVectorProduct, GeneratedMethodKind.Hessian, GeneratedMethodKind.ValueGradientAndHessian, GeneratedMethodKind.HessianCenteredDiff },
                HessianEmitter.AppliesTo,
                HessianEmitter.Write),
            new MethodEmitter(
                new[]
                {
                    GeneratedMethodKind.Jacobian, GeneratedMethodKind.ValueAndJacobian, GeneratedMethodKind.JacobianVectorProduct, GeneratedMethodKind.VectorJacobianProduct,
                    GeneratedMethodKind.CheckJacobian, GeneratedMethodKind.AccumulateVectorJacobianProduct,
                },
                signature => signature.Method.IsVectorValued,
                JacobianEmitter.Write),
            new MethodEmitter(new[] { GeneratedMethodKind.AccumulateHessianVectorProduct }, signature => !signature.Method.IsVectorValued, AccumulatingHessianVectorProductEmitter.Write),
        };
    }
}
