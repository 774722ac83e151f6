using System;
using System.Diagnostics;

namespace GradGen
{
    /// <summary>
    /// Marks the one array parameter into which a <c>void</c> <see cref="DifferentiableAttribute">[Differentiable]</see>
    /// method writes its outputs, for allocation-free vector-valued code:
    /// <c>void Lorenz(double[] u, [NoDerivative] double sigma, [NoDerivative] double rho, [NoDerivative] double beta, [Output] double[] du)</c>.
    /// GradGen writes the method's Jacobian members (<c>LorenzJacobian(u, sigma, rho, beta, du)</c> returns the
    /// Jacobian and leaves the method's value in <c>du</c>). The array must be a <c>double[]</c> or <c>float[]</c>
    /// that the method writes and never reads; its length is the number of outputs.
    /// </summary>
    [Conditional("GRADGEN_USAGES")]
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class OutputAttribute : Attribute
    {
    }
}
