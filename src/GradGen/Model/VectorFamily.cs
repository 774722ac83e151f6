namespace GradGen.Model
{
    /// <summary>
    /// Which member of the Jacobian family a kind is, written only for a vector-valued method (issue 13); the finite
    /// differences (<see cref="None"/>, <see cref="GeneratedMethodKind.WrittenForBoth"/>) are written for both.
    /// </summary>
    internal enum VectorFamily
    {
        None,

        /// <summary><c>MJacobian</c>: the m x N matrix, with a destination overload.</summary>
        Jacobian,

        /// <summary><c>MValueAndJacobian</c>: the method's value and its Jacobian.</summary>
        ValueAndJacobian,

        /// <summary><c>MJacobianVectorProduct</c>: J v, one tangent per differentiable parameter.</summary>
        JacobianVectorProduct,

        /// <summary><c>MVectorJacobianProduct</c>: u^T J, the cotangent u after the parameters.</summary>
        VectorJacobianProduct,

        /// <summary><c>MCheckJacobian</c>: J v against the centered difference along a pseudo-random v.</summary>
        Check,

        /// <summary>
        /// <c>MAccumulateVectorJacobianProduct</c>, hidden: adds u^T J into adjoints the caller owns, the step a scalar
        /// [Differentiable] caller takes through <c>var p = M(...)</c> in its reverse sweep.
        /// </summary>
        AccumulateVectorJacobianProduct,
    }
}
