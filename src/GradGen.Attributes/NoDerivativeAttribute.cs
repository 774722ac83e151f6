using System;
using System.Diagnostics;

namespace GradGen
{
    /// <summary>
    /// Marks a parameter of a <see cref="DifferentiableAttribute">[Differentiable]</see> method that is held
    /// constant: data, labels or settings. GradGen passes it through untouched and computes no derivative for it.
    /// It may have any type and any <c>ref</c> kind.
    /// </summary>
    [Conditional("GRADGEN_USAGES")]
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class NoDerivativeAttribute : Attribute
    {
    }
}
