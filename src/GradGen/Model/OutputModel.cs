using System.Linq;

namespace GradGen.Model
{
    /// <summary>How a vector-valued [Differentiable] method gives its m outputs (issue 13).</summary>
    internal enum OutputShape
    {
        /// <summary>It returns a new <c>double[]</c> or <c>float[]</c>: m is known only at run time.</summary>
        Array,

        /// <summary>It returns a <c>ValueTuple</c> of 2 to 7 <c>double</c>/<c>float</c> elements: m is its arity.</summary>
        Tuple,

        /// <summary>It returns <c>void</c> and writes its outputs into its [Output] array parameter: m is that array's length.</summary>
        Parameter,
    }

    /// <summary>One element of a returned tuple: its name (unescaped) where the method names it, and its type.</summary>
    internal sealed record TupleElementModel(string? Name, ScalarKind Kind);

    /// <summary>
    /// The outputs of a vector-valued method: present in <see cref="MethodModel.Output"/> instead of a scalar result,
    /// it makes GradGen write the Jacobian family in place of the gradient family.
    /// </summary>
    /// <param name="Shape">Returned as an array or as a tuple.</param>
    /// <param name="Element">The array's element type (for a tuple, double unless every element is float).</param>
    /// <param name="Elements">The tuple's elements in order; empty for an array.</param>
    /// <param name="Type">The method's return type (the [Output] array's type) as written in generated code.</param>
    /// <param name="Parameter">The index of the [Output] parameter; -1 where the method returns its outputs.</param>
    internal sealed record OutputModel(OutputShape Shape, ScalarKind Element, EquatableArray<TupleElementModel> Elements, string Type, int Parameter = -1)
    {
        /// <summary>The number of outputs where it is fixed (a tuple's arity); null for an array.</summary>
        public int? FixedCount => Shape == OutputShape.Tuple ? Elements.Count : null;
    }
}
