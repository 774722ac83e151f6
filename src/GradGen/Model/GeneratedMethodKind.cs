using System.Collections.Generic;

namespace GradGen.Model
{
    /// <summary>
    /// A family of methods GradGen writes for each [Differentiable] method <c>M</c>: the suffix of its name and
    /// whether it ends with a <c>step</c> parameter, with one tangent per differentiable parameter, or with a seed
    /// and one adjoint per differentiable parameter (written only where one of them is an array), or, in one overload,
    /// with one error destination per differentiable parameter after the gradient's destinations. Parsing uses this
    /// to foresee collisions; the emitters to write.
    /// </summary>
    internal sealed record GeneratedMethodKind(string Suffix, bool HasStep, bool HasTangents = false, bool HasSeedAndAdjoints = false, bool HasErrorEstimates = false)
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

        public static readonly IReadOnlyList<GeneratedMethodKind> All = new[] { ForwardDiff, CenteredDiff, RichardsonDiff, Gradient, ValueAndGradient, DirectionalDerivative, CheckGradient, AccumulateGradient };

        public string NameFor(string methodName) => methodName + Suffix;
    }
}
