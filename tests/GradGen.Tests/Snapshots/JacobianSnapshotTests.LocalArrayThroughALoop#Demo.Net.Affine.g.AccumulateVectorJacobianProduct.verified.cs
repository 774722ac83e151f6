//HintName: Demo.Net.Affine.g.cs
//Kind: AccumulateVectorJacobianProduct
        /// <summary>
        /// Adds a cotangent times the Jacobian of <see cref="Affine(double[,], double[], double)"/>, u^T J, to the adjoints given, which it does not clear: the step through <c>var p = Affine(...)</c> in the reverse sweep of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// As exact as <c>AffineVectorJacobianProduct</c>, whose result it adds. For generated code; call <c>AffineVectorJacobianProduct</c> instead.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="cotangent">The cotangent u: in the caller, the adjoint of the array this call returns.</param>
        /// <param name="wGradient">Receives, added to what it holds, the component of u^T J along <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="xGradient">Receives, added to what it holds, the component of u^T J along <paramref name="x"/>, element by element; must have its shape.</param>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void AffineAccumulateVectorJacobianProduct(double[,] w, double[] x, double scale, double[] cotangent, double[,] wGradient, double[] xGradient)
        {
            var product = AffineVectorJacobianProduct(w, x, scale, cotangent);
            for (int i0 = 0; i0 < product.w.GetLength(0); i0++)
            {
                for (int i1 = 0; i1 < product.w.GetLength(1); i1++)
                {
                    wGradient[i0, i1] += product.w[i0, i1];
                }
            }
            for (int i0 = 0; i0 < product.x.Length; i0++)
            {
                xGradient[i0] += product.x[i0];
            }
        }
