//HintName: Demo.Net.Softmax.g.cs
//Kind: AccumulateVectorJacobianProduct
        /// <summary>
        /// Adds a cotangent times the Jacobian of <see cref="Softmax(double[])"/>, u^T J, to the adjoints given, which it does not clear: the step through <c>var p = Softmax(...)</c> in the reverse sweep of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// As exact as <c>SoftmaxVectorJacobianProduct</c>, whose result it adds. For generated code; call <c>SoftmaxVectorJacobianProduct</c> instead.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="Softmax(double[])"/>.</param>
        /// <param name="cotangent">The cotangent u: in the caller, the adjoint of the array this call returns.</param>
        /// <param name="zGradient">Receives, added to what it holds, the component of u^T J along <paramref name="z"/>, element by element; must have its shape.</param>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void SoftmaxAccumulateVectorJacobianProduct(double[] z, double[] cotangent, double[] zGradient)
        {
            var product = SoftmaxVectorJacobianProduct(z, cotangent);
            for (int i0 = 0; i0 < product.Length; i0++)
            {
                zGradient[i0] += product[i0];
            }
        }
