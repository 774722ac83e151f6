//HintName: Demo.Net.Cube.g.cs
//Kind: Hessian
        /// <summary>
        /// Computes the Hessian of <see cref="Cube(double)"/>, the matrix of its second derivatives with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Row k is <c>CubeHessianVectorProduct</c> along the k-th unit direction, exact to rounding. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Cube(double)"/>.</param>
        /// <returns>The second derivative with respect to <paramref name="x"/>.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double CubeHessian(double x)
        {
            return CubeHessianVectorProduct(x, 1);
        }
