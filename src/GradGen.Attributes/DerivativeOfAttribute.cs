using System;

namespace GradGen
{
    /// <summary>
    /// Marks a method as the custom derivative of another method of the same type, which
    /// <see cref="DifferentiableAttribute">[Differentiable]</see> methods then differentiate through exactly,
    /// in the spirit of Swift's <c>@derivative(of:)</c>. Use it for what GradGen cannot or should not differentiate:
    /// a library call, a numerically delicate formula.
    /// </summary>
    /// <remarks>
    /// For a target <c>double F(double x, double y)</c> the custom derivative has the same parameters (and is static
    /// when the target is) and returns the value and one partial derivative per <c>double</c> or <c>float</c> parameter,
    /// in order, of the target's return type:
    /// <code>
    /// [DerivativeOf(nameof(F))]
    /// static (double value, double dx, double dy) FDerivative(double x, double y) => ...;
    /// </code>
    /// GradGen reports error GG0011 when the signature does not match and says which signature it expected.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class DerivativeOfAttribute : Attribute
    {
        /// <summary>Declares the method as the derivative of <paramref name="target"/>.</summary>
        /// <param name="target">The name of the method differentiated, written <c>nameof(F)</c>.</param>
        public DerivativeOfAttribute(string target) => Target = target;

        /// <summary>The name of the method this method is the derivative of.</summary>
        public string Target { get; }
    }
}
