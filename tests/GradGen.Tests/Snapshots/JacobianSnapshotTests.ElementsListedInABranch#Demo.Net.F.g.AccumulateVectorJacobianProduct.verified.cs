//HintName: Demo.Net.F.g.cs
//Kind: AccumulateVectorJacobianProduct
        /// <summary>
        /// Adds a cotangent times the Jacobian of <see cref="F(float, double)"/>, u^T J, to the adjoints given, which it does not clear: the step through <c>var p = F(...)</c> in the reverse sweep of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// As exact as <c>FVectorJacobianProduct</c>, whose result it adds. For generated code; call <c>FVectorJacobianProduct</c> instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="cotangent">The cotangent u: in the caller, the adjoint of the array this call returns.</param>
        /// <param name="xGradient">Receives, added to what it holds, the component of u^T J along <paramref name="x"/>.</param>
        /// <param name="yGradient">Receives, added to what it holds, the component of u^T J along <paramref name="y"/>.</param>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FAccumulateVectorJacobianProduct(float x, double y, double[] cotangent, ref double xGradient, ref double yGradient)
        {
            var product = FVectorJacobianProduct(x, y, cotangent);
            xGradient += product.x;
            yGradient += product.y;
        }
