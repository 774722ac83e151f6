//HintName: Demo.Net.ToCartesian.g.cs
//Kind: AccumulateVectorJacobianProduct
        /// <summary>
        /// Adds a cotangent times the Jacobian of <see cref="ToCartesian(double, double)"/>, u^T J, to the adjoints given, which it does not clear: the step through <c>var p = ToCartesian(...)</c> in the reverse sweep of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// As exact as <c>ToCartesianVectorJacobianProduct</c>, whose result it adds. For generated code; call <c>ToCartesianVectorJacobianProduct</c> instead.
        /// </remarks>
        /// <param name="r">The point at which to differentiate: the argument <paramref name="r"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="theta">The point at which to differentiate: the argument <paramref name="theta"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="cotangent">The cotangent u: in the caller, the adjoint of the array this call returns.</param>
        /// <param name="rGradient">Receives, added to what it holds, the component of u^T J along <paramref name="r"/>.</param>
        /// <param name="thetaGradient">Receives, added to what it holds, the component of u^T J along <paramref name="theta"/>.</param>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void ToCartesianAccumulateVectorJacobianProduct(double r, double theta, (double x, double y) cotangent, ref double rGradient, ref double thetaGradient)
        {
            var product = ToCartesianVectorJacobianProduct(r, theta, cotangent);
            rGradient += product.r;
            thetaGradient += product.theta;
        }
