//HintName: Demo.Net.Affine.g.cs
//Kind: ValueAndJacobian
        /// <summary>
        /// Computes the value of <see cref="Affine(double[,], double[], double)"/> and its Jacobian with respect to <paramref name="w"/>, <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// One call of the method, then <c>AffineJacobian</c>. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>jacobian</c>: the m x N Jacobian, row i the gradient of output i.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double[] value, double[,] jacobian) AffineValueAndJacobian(double[,] w, double[] x, double scale)
        {
            var value = Affine(w, x, scale);
            return (value, AffineJacobian(w, x, scale));
        }
