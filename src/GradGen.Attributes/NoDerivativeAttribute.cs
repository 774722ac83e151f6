using System;
using System.Diagnostics;

namespace GradGen
{
    /// <summary>
    /// Marks a parameter of a <see cref="DifferentiableAttribute">[Differentiable]</see> method that is held
    /// constant: data, labels or settings. GradGen passes it through untouched and computes no derivative for it.
    /// It may have any type and any <c>ref</c> kind. On a field of a differentiable struct (or the property of a
    /// record struct's positional parameter, <c>[property: NoDerivative]</c>), it makes the field a constant: its
    /// partial derivative is 0 and the struct's gradient leaves it 0.
    /// </summary>
    [Conditional("GRADGEN_USAGES")]
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class NoDerivativeAttribute : Attribute
    {
    }
}
