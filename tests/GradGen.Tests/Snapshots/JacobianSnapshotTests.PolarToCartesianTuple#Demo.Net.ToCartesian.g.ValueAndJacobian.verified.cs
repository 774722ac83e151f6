//HintName: Demo.Net.ToCartesian.g.cs
//Kind: ValueAndJacobian
        /// <summary>
        /// Computes the value of <see cref="ToCartesian(double, double)"/> and its Jacobian with respect to <paramref name="r"/>, <paramref name="theta"/>.
        /// </summary>
        /// <remarks>
        /// One call of the method, then <c>ToCartesianJacobian</c>. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="r">The point at which to differentiate: the argument <paramref name="r"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="theta">The point at which to differentiate: the argument <paramref name="theta"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>jacobian</c>: the m x N Jacobian, row i the gradient of output i.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static ((double x, double y) value, double[,] jacobian) ToCartesianValueAndJacobian(double r, double theta)
        {
            var value = ToCartesian(r, theta);
            return (value, ToCartesianJacobian(r, theta));
        }
