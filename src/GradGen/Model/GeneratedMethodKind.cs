using System.Collections.Generic;
using System.Linq;

namespace GradGen.Model
{
    /// <summary>What one parameter of a generated method stands for.</summary>
    internal enum SlotRole
    {
        /// <summary>One of the method's own parameters, as declared.</summary>
        Parameter,

        /// <summary>Receives the derivative with respect to a differentiable parameter: the array itself, or an <c>out</c> scalar.</summary>
        Destination,

        /// <summary>The direction's component along a differentiable parameter, of its type.</summary>
        Tangent,

        /// <summary>The <c>double</c> factor of <c>MAccumulateGradient</c>.</summary>
        Seed,

        /// <summary>An adjoint added into: the array itself, or a <c>ref double</c>.</summary>
        Adjoint,

        /// <summary>The optional <c>double</c> step of a finite difference.</summary>
        Step,

        /// <summary>Receives the estimate of the absolute error of the derivative with respect to a differentiable parameter: an array of its shape, or an <c>out</c> scalar.</summary>
        ErrorDestination,

        /// <summary>The <c>double[,]</c> that receives a Hessian, N x N.</summary>
        HessianDestination,

        /// <summary>An adjoint of a tangent (direction) parameter, added into: an array of its shape, or a <c>ref double</c>.</summary>
        TangentAdjoint,

        /// <summary>The <c>double[,]</c> that receives a Jacobian, m x N.</summary>
        JacobianDestination,

        /// <summary>The cotangent u of a vector-valued method's output: <c>double[]</c>, or its tuple type with <c>double</c> elements.</summary>
        Cotangent,
    }

    /// <summary>One parameter of a generated method: its role and, for all but the seed and the step, which of the method's parameters it belongs to.</summary>
    internal readonly record struct SignatureSlot(SlotRole Role, int Parameter = -1);

    /// <summary>What a generated signature needs to know of one of the method's parameters.</summary>
    internal readonly record struct SignatureInput(bool IsDifferentiable, bool IsArray);

    /// <summary>
    /// A family of methods GradGen writes for each [Differentiable] method <c>M</c>: the suffix of its name and its
    /// parameter lists (<see cref="Overloads"/>), the one description of its signatures that the collision check
    /// (Parsing) and its emitter both read. Adding a kind is a member here, its emitter in
    /// <c>Emitting/MethodEmitters</c>, and its tests.
    /// </summary>
    internal sealed record GeneratedMethodKind(string Suffix, bool HasStep, bool HasTangents = false, bool HasSeedAndAdjoints = false, bool HasErrorEstimates = false, SecondOrder SecondOrder = SecondOrder.None, VectorFamily Vector = VectorFamily.None)
    {
        public static readonly GeneratedMethodKind ForwardDiff = new("ForwardDiff", HasStep: true);
        public static readonly GeneratedMethodKind CenteredDiff = new("CenteredDiff", HasStep: true);
        public static readonly GeneratedMethodKind Gradient = new("Gradient", HasStep: false);

        /// <summary>Richardson extrapolation of centered differences; one overload also fills error estimates.</summary>
        public static readonly GeneratedMethodKind RichardsonDiff = new("RichardsonDiff", HasStep: false, HasErrorEstimates: true);
        public static readonly GeneratedMethodKind ValueAndGradient = new("ValueAndGradient", HasStep: false);

        public static readonly GeneratedMethodKind DirectionalDerivative = new("DirectionalDerivative", HasStep: false, HasTangents: true);
        public static readonly GeneratedMethodKind CheckGradient = new("CheckGradient", HasStep: false);

        /// <summary>The hidden reverse entry point through which callers pass their adjoint arrays.</summary>
        public static readonly GeneratedMethodKind AccumulateGradient = new("AccumulateGradient", HasStep: false, HasSeedAndAdjoints: true);

        /// <summary>H v, shaped as the gradient: written only for <c>[Differentiable(Hessian = true)]</c>, as are the next three.</summary>
        public static readonly GeneratedMethodKind HessianVectorProduct = new("HessianVectorProduct", HasStep: false, HasTangents: true, SecondOrder: SecondOrder.VectorProduct);

        /// <summary>The N x N Hessian (a <c>double</c> for one differentiable scalar).</summary>
        public static readonly GeneratedMethodKind Hessian = new("Hessian", HasStep: false, SecondOrder: SecondOrder.Matrix);

        /// <summary><c>(value, gradient, hessian)</c> in one call.</summary>
        public static readonly GeneratedMethodKind ValueGradientAndHessian = new("ValueGradientAndHessian", HasStep: false, SecondOrder: SecondOrder.ValueGradientAndMatrix);

        /// <summary>The numeric Hessian by second differences.</summary>
        public static readonly GeneratedMethodKind HessianCenteredDiff = new("HessianCenteredDiff", HasStep: true, SecondOrder: SecondOrder.Numeric);

        /// <summary>
        /// The hidden second-order entry point of every method, through which a caller's Hessian goes through a call
        /// (the reverse mode of <c>MDirectionalDerivative</c>): written whether or not the method asks for a Hessian.
        /// </summary>
        public static readonly GeneratedMethodKind AccumulateHessianVectorProduct = new("AccumulateHessianVectorProduct", HasStep: false, SecondOrder: SecondOrder.Accumulate);

        /// <summary>The m x N Jacobian of a vector-valued method (issue 13), as are the next four: written only for vector-valued methods.</summary>
        public static readonly GeneratedMethodKind Jacobian = new("Jacobian", HasStep: false, Vector: VectorFamily.Jacobian);

        public static readonly GeneratedMethodKind ValueAndJacobian = new("ValueAndJacobian", HasStep: false, Vector: VectorFamily.ValueAndJacobian);

        /// <summary>J v in one forward-mode pass.</summary>
        public static readonly GeneratedMethodKind JacobianVectorProduct = new("JacobianVectorProduct", HasStep: false, HasTangents: true, Vector: VectorFamily.JacobianVectorProduct);

        /// <summary>u^T J in one reverse-mode pass, shaped as a gradient.</summary>
        public static readonly GeneratedMethodKind VectorJacobianProduct = new("VectorJacobianProduct", HasStep: false, Vector: VectorFamily.VectorJacobianProduct);

        public static readonly GeneratedMethodKind CheckJacobian = new("CheckJacobian", HasStep: false, Vector: VectorFamily.Check);

        /// <summary>The hidden reverse entry point through which a scalar caller of a vector-valued method passes its adjoints.</summary>
        public static readonly GeneratedMethodKind AccumulateVectorJacobianProduct = new("AccumulateVectorJacobianProduct", HasStep: false, Vector: VectorFamily.AccumulateVectorJacobianProduct);

        public static readonly IReadOnlyList<GeneratedMethodKind> All = new[]
        {
            ForwardDiff, CenteredDiff, RichardsonDiff, Gradient, ValueAndGradient, DirectionalDerivative, CheckGradient, AccumulateGradient,
            HessianVectorProduct, Hessian, ValueGradientAndHessian, HessianCenteredDiff, AccumulateHessianVectorProduct,
            Jacobian, ValueAndJacobian, JacobianVectorProduct, VectorJacobianProduct, CheckJacobian, AccumulateVectorJacobianProduct,
        };

        /// <summary>Whether a vector-valued method gets this kind as well as a scalar one: the finite differences, which estimate its Jacobian.</summary>
        public bool WrittenForBoth => this == ForwardDiff || this == CenteredDiff;

        /// <summary>
        /// Whether GradGen writes this kind for a method: the Jacobian family and the finite differences for a
        /// vector-valued one; every other kind for a scalar one, the second-order kinds only where it opts in.
        /// </summary>
        public bool IsWrittenFor(bool vectorValued, bool wantsHessian) =>
            vectorValued ? Vector != VectorFamily.None || WrittenForBoth : Vector == VectorFamily.None && (wantsHessian || !NeedsHessianOptIn);

        /// <summary>Whether GradGen writes this kind only for a method marked <c>[Differentiable(Hessian = true)]</c>.</summary>
        public bool NeedsHessianOptIn => SecondOrder is not (SecondOrder.None or SecondOrder.Accumulate);

        public string NameFor(string methodName) => methodName + Suffix;

        /// <summary>
        /// The parameter lists of this kind's methods for a method with these parameters: the method's own
        /// parameters, then, in the destination overload (where a derivative is an array), one destination per
        /// differentiable parameter, then the step where the kind has one. <c>MDirectionalDerivative</c> takes the
        /// parameters, then one tangent per differentiable parameter; <c>MAccumulateGradient</c>, written only where a
        /// differentiable parameter is an array, the parameters, the seed, then one adjoint per differentiable parameter.
        /// A kind with error estimates (<c>MRichardsonDiff</c>) has one more overload, written also where every
        /// parameter is a scalar: the destinations, then one error destination per differentiable parameter.
        /// Where <paramref name="withStep"/> is false (an overload whose optional step would capture calls meant for
        /// another overload: <see cref="MethodModel.StepFromAttributeOnly"/>), the kinds with a step take none.
        /// </summary>
        /// <param name="vectorValued">
        /// Whether the method is vector-valued: then <c>MForwardDiff</c> and <c>MCenteredDiff</c> return the Jacobian
        /// estimate (the parameters, then the step); <c>MJacobian</c> has an overload with a Jacobian destination;
        /// <c>MJacobianVectorProduct</c> takes one tangent per differentiable parameter, <c>MVectorJacobianProduct</c>
        /// the cotangent.
        /// </param>
        public IReadOnlyList<IReadOnlyList<SignatureSlot>> Overloads(IReadOnlyList<SignatureInput> parameters, bool withStep = true, bool vectorValued = false)
        {
            var own = Enumerable.Range(0, parameters.Count).Select(i => new SignatureSlot(SlotRole.Parameter, i)).ToList();
            var differentiable = Enumerable.Range(0, parameters.Count).Where(i => parameters[i].IsDifferentiable).ToList();
            var hasArray = differentiable.Any(i => parameters[i].IsArray);
            var oneScalar = differentiable.Count == 1 && !hasArray;
            var destinations = differentiable.Select(i => new SignatureSlot(SlotRole.Destination, i));
            var tangents = differentiable.Select(i => new SignatureSlot(SlotRole.Tangent, i));
            var hessian = new SignatureSlot(SlotRole.HessianDestination);
            if (vectorValued)
            {
                return VectorOverloads(own, tangents.ToList(), differentiable.Select(i => new SignatureSlot(SlotRole.Adjoint, i)).ToList());
            }

            switch (SecondOrder)
            {
                case SecondOrder.VectorProduct:
                    return hasArray
                        ? new[] { own.Concat(tangents).ToList(), own.Concat(tangents).Concat(destinations).ToList() }
                        : new[] { own.Concat(tangents).ToList() };
                case SecondOrder.Matrix:
                    return oneScalar ? new[] { own } : new[] { own, own.Append(hessian).ToList() };
                case SecondOrder.ValueGradientAndMatrix:
                    return hasArray ? new[] { own, own.Concat(destinations).Append(hessian).ToList() } : new[] { own };
                case SecondOrder.Numeric:
                    return new[] { withStep ? own.Append(new SignatureSlot(SlotRole.Step)).ToList() : own };
                case SecondOrder.Accumulate:
                    return new[]
                    {
                        own.Concat(tangents).Append(new SignatureSlot(SlotRole.Seed))
                            .Concat(differentiable.Select(i => new SignatureSlot(SlotRole.Adjoint, i)))
                            .Concat(differentiable.Select(i => new SignatureSlot(SlotRole.TangentAdjoint, i))).ToList(),
                    };
            }

            if (HasTangents)
            {
                return new[] { own.Concat(tangents).ToList() };
            }

            if (HasSeedAndAdjoints)
            {
                return hasArray
                    ? new[] { own.Append(new SignatureSlot(SlotRole.Seed)).Concat(differentiable.Select(i => new SignatureSlot(SlotRole.Adjoint, i))).ToList() }
                    : new IReadOnlyList<SignatureSlot>[0];
            }

            var withDestinations = own.Concat(destinations).ToList();
            var lists = new List<IReadOnlyList<SignatureSlot>> { own };
            if (hasArray)
            {
                lists.Add(withDestinations);
            }

            if (HasErrorEstimates)
            {
                // Written also where every parameter is a scalar: the error estimates have no other way out.
                lists.Add(withDestinations.Concat(differentiable.Select(i => new SignatureSlot(SlotRole.ErrorDestination, i))).ToList());
            }

            return HasStep && withStep ? lists.Select(list => (IReadOnlyList<SignatureSlot>)list.Append(new SignatureSlot(SlotRole.Step)).ToList()).ToList() : lists;
        }

        private IReadOnlyList<IReadOnlyList<SignatureSlot>> VectorOverloads(List<SignatureSlot> own, List<SignatureSlot> tangents, List<SignatureSlot> adjoints) => Vector switch
        {
            VectorFamily.None => new[] { own.Append(new SignatureSlot(SlotRole.Step)).ToList() },
            VectorFamily.Jacobian => new[] { own, own.Append(new SignatureSlot(SlotRole.JacobianDestination)).ToList() },
            VectorFamily.ValueAndJacobian or VectorFamily.Check => new[] { own },
            VectorFamily.JacobianVectorProduct => new[] { own.Concat(tangents).ToList() },
            VectorFamily.VectorJacobianProduct => new[] { own.Append(new SignatureSlot(SlotRole.Cotangent)).ToList() },
            VectorFamily.AccumulateVectorJacobianProduct => new[] { own.Append(new SignatureSlot(SlotRole.Cotangent)).Concat(adjoints).ToList() },
            _ => throw new System.InvalidOperationException("Unknown vector family " + Vector),
        };

        /// <summary>The overload with destinations or without them, and with error destinations or without them.</summary>
        public IReadOnlyList<SignatureSlot> Overload(IReadOnlyList<SignatureInput> parameters, bool withDestinations, bool withErrors = false, bool withStep = true, bool vectorValued = false) =>
            Overloads(parameters, withStep, vectorValued).Single(list => list.Any(slot => slot.Role is SlotRole.Destination or SlotRole.HessianDestination or SlotRole.JacobianDestination) == withDestinations
                && list.Any(slot => slot.Role == SlotRole.ErrorDestination) == withErrors);
    }

    /// <summary>Which second-order family a kind belongs to, if any (issue 12).</summary>
    internal enum SecondOrder
    {
        None,
        VectorProduct,
        Matrix,
        ValueGradientAndMatrix,
        Numeric,

        /// <summary>The hidden reverse mode of the directional derivative, written for every method.</summary>
        Accumulate,
    }
}
