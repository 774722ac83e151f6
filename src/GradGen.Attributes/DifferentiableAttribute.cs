using System;
using System.Diagnostics;

namespace GradGen
{
    /// <summary>
    /// Marks a method whose derivatives GradGen generates at compile time, beside the method in the same partial type.
    /// </summary>
    /// <remarks>
    /// <para>
    /// For a method <c>M</c> returning <see cref="double"/> or <see cref="float"/>, GradGen writes
    /// <c>MForwardDiff</c>, <c>MCenteredDiff</c>, <c>MRichardsonDiff</c>, <c>MGradient</c>, <c>MValueAndGradient</c> and <c>MCheckGradient</c>, each
    /// taking <c>M</c>'s parameters, and <c>MDirectionalDerivative</c>, which also takes one tangent per differentiable parameter.
    /// Parameters of type <see cref="double"/>, <see cref="float"/> and arrays of them (of any rank) are
    /// differentiated; mark any other parameter <see cref="NoDerivativeAttribute"/>.
    /// </para>
    /// <para>
    /// <c>MGradient</c> and <c>MValueAndGradient</c> are exact: GradGen differentiates <c>M</c>'s body in reverse
    /// mode, through calls to other [Differentiable] methods and to methods with a <see cref="DerivativeOfAttribute">custom
    /// derivative</see>. See <see cref="Gradient"/> for the numeric alternative.
    /// </para>
    /// <para>Every enclosing type must be declared <c>partial</c>.</para>
    /// <para>
    /// Only the compiler and GradGen read this attribute. Like <see cref="NoDerivativeAttribute"/>, it is conditional
    /// on <c>GRADGEN_USAGES</c>: it is not written into the compiled assembly, which then needs no GradGen assembly
    /// at run time. Define the symbol <c>GRADGEN_USAGES</c> to keep it for reflection.
    /// </para>
    /// </remarks>
    [Conditional("GRADGEN_USAGES")]
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class DifferentiableAttribute : Attribute
    {
        /// <summary>
        /// The step used when neither the attribute nor the project's <c>GradGenDefaultStep</c> property gives one:
        /// 1e-4, as in the notebook GradGen comes from.
        /// </summary>
        public const double DefaultStep = 1e-4;

        /// <summary>
        /// The finite-difference step <c>h</c>: the default of the <c>step</c> parameter of the generated
        /// <c>ForwardDiff</c> and <c>CenteredDiff</c> methods. Must be a finite positive number. When not set, the
        /// project's <c>&lt;GradGenDefaultStep&gt;</c> MSBuild property applies, and without it <see cref="DefaultStep"/>.
        /// </summary>
        public double Step { get; set; } = DefaultStep;

        /// <summary>
        /// How <c>MGradient</c> computes the gradient: <see cref="GradientMethod.Exact"/> (the default) differentiates
        /// the method's body; <see cref="GradientMethod.Numeric"/> uses Richardson extrapolation of centered differences
        /// on purpose, <see cref="GradientMethod.CenteredDifference"/> the plain centered difference at <see cref="Step"/>.
        /// </summary>
        public GradientMethod Gradient { get; set; } = GradientMethod.Exact;

        /// <summary>
        /// Whether GradGen also writes the second-order members: <c>MHessianVectorProduct</c> (H v, exact, reverse
        /// mode over forward mode, at the cost of a few gradients whatever the number of inputs), <c>MHessian</c> (the
        /// N x N Hessian, parameters in declaration order and arrays in row-major order), <c>MValueGradientAndHessian</c>
        /// and <c>MHessianCenteredDiff</c> (the numeric Hessian by second differences). Off by default, so that methods
        /// that need no Hessian keep their generated code small.
        /// </summary>
        public bool Hessian { get; set; }
    }
}
