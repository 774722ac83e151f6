namespace GradGen.Model
{
    /// <summary>Everything the emitters need to write the derivatives of one [Differentiable] method.</summary>
    /// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
    /// <param name="ContainingTypes">The enclosing types, outermost first.</param>
    /// <param name="Name">The method's name.</param>
    /// <param name="Accessibility">The method's accessibility keywords, for example <c>public</c> or <c>private protected</c>.</param>
    /// <param name="IsStatic">Whether the method is static.</param>
    /// <param name="ReturnKind">The method's return type.</param>
    /// <param name="Parameters">The method's parameters in order.</param>
    /// <param name="Step">The step from <c>[Differentiable(Step = ...)]</c>; <see langword="null"/> when the attribute gives none, so the project's default applies.</param>
    /// <param name="HintName">The unique, stable name of the generated file.</param>
    /// <param name="Hessian">Whether <c>[Differentiable(Hessian = true)]</c> asks for the second-order members.</param>
    /// <param name="ExactBody">The body to differentiate exactly; null when the gradient is numeric (asked for, or a fallback).</param>
    /// <param name="StepFromAttributeOnly">
    /// Whether the finite-difference members take no optional <c>step</c> (only the attribute's or the project's):
    /// where another [Differentiable] overload of the same name has a generated member that a call could mean, the
    /// optional step would capture that call (<c>GForwardDiff(x, step)</c> beside <c>G(x, y)</c>'s <c>GForwardDiff(x, y)</c>).
    /// </param>
    /// <param name="Output">The outputs of a vector-valued method (issue 13); null where the method returns one double or float.</param>
    /// <param name="Structs">Where the method takes or returns differentiable structs (issue 19): the method as declared, over which struct-shaped members are written; this model is then the flattened method of its leaves.</param>
    /// <param name="NumericGradient">How a numeric gradient is estimated: Richardson extrapolation unless the attribute asks for the centered difference.</param>
    /// <param name="Helpers">
    /// The methods without [Differentiable] (and the local functions of several statements) that the body calls,
    /// directly or through one another, each as a hidden copy written into this method's type (issue 14): one entry
    /// per helper, with its parsed body, so that an edit to a helper changes this model and re-emits the caller.
    /// </param>
    /// <param name="GenericMath">Where the method is generic over <c>T : IFloatingPointIeee754&lt;T&gt;</c> (issue 14, item 6): its model is the double method's, and every emitted member is lifted to <c>T</c>.</param>
    /// <param name="IsHelper">Whether this is such a hidden copy: its emitted file holds the copy and the hidden entry points callers use, nothing public.</param>
    internal sealed record MethodModel(
        string Namespace,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        string Name,
        string Accessibility,
        bool IsStatic,
        ScalarKind ReturnKind,
        EquatableArray<ParameterModel> Parameters,
        double? Step,
        string HintName,
        Body.ExactBody? ExactBody = null,
        NumericGradientScheme NumericGradient = NumericGradientScheme.Richardson,
        bool Hessian = false,
        bool StepFromAttributeOnly = false,
        OutputModel? Output = null,
        EquatableArray<MethodModel> Helpers = default,
        bool IsHelper = false,
        StructAdapterModel? Structs = null,
        GenericMathModel? GenericMath = null)
    {
        /// <summary>Whether the method returns several values, so that GradGen writes its Jacobian family instead of its gradient family.</summary>
        public bool IsVectorValued => Output is not null;
    }
}
