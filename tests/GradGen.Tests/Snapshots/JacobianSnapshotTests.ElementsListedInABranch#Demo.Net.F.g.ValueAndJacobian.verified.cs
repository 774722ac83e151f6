//HintName: Demo.Net.F.g.cs
//Kind: ValueAndJacobian
        /// <summary>
        /// Computes the value of <see cref="F(float, double)"/> and its Jacobian with respect to <paramref name="x"/>, <paramref name="y"/>.
        /// </summary>
        /// <remarks>
        /// One call of the method, then <c>FJacobian</c>. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>jacobian</c>: the m x N Jacobian, row i the gradient of output i.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (float[] value, double[,] jacobian) FValueAndJacobian(float x, double y)
        {
            var value = F(x, y);
            return (value, FJacobian(x, y));
        }
