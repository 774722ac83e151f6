//HintName: Demo.Net.F.g.cs
//Kind: AccumulateVectorJacobianProduct
        /// <summary>
        /// Adds a cotangent times the Jacobian of <see cref="F(double[])"/>, u^T J, to the adjoints given, which it does not clear: the step through <c>var p = F(...)</c> in the reverse sweep of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// As exact as <c>FVectorJacobianProduct</c>, whose result it adds. For generated code; call <c>FVectorJacobianProduct</c> instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="cotangent">The cotangent u: in the caller, the adjoint of the array this call returns.</param>
        /// <param name="xGradient">Receives, added to what it holds, the component of u^T J along <paramref name="x"/>, element by element; must have its shape.</param>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FAccumulateVectorJacobianProduct(double[] x, (double, double) cotangent, double[] xGradient)
        {
            var product = FVectorJacobianProduct(x, cotangent);
            for (int i0 = 0; i0 < product.Length; i0++)
            {
                xGradient[i0] += product[i0];
            }
        }
