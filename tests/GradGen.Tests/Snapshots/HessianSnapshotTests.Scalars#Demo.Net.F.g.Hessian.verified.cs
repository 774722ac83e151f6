//HintName: Demo.Net.F.g.cs
//Kind: Hessian
        /// <summary>
        /// Computes the Hessian of <see cref="F(double, double)"/>, the matrix of its second derivatives with respect to <paramref name="x"/>, <paramref name="y"/>.
        /// </summary>
        /// <remarks>
        /// Row k is <c>FHessianVectorProduct</c> along the k-th unit direction, exact to rounding. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, double)"/>.</param>
        /// <returns>A new N x N array, N counting every differentiable element.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FHessian(double x, double y)
        {
            int n = 1 + 1;
            double[,] hessian = new double[n, n];
            FHessian(x, y, hessian);
            return hessian;
        }

        /// <summary>
        /// Computes the Hessian of <see cref="F(double, double)"/>, the matrix of its second derivatives with respect to <paramref name="x"/>, <paramref name="y"/>.
        /// </summary>
        /// <remarks>
        /// Row k is <c>FHessianVectorProduct</c> along the k-th unit direction, exact to rounding. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order. Once warm, it allocates nothing: its direction and product arrays are kept per thread.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="hessian">Receives the Hessian: N x N, N counting every differentiable element.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FHessian(double x, double y, double[,] hessian)
        {
            if (hessian is null)
            {
                throw new global::System.ArgumentNullException("hessian");
            }
            int n1 = 1 + 1;
            if (hessian.GetLength(0) != n1 || hessian.GetLength(1) != n1)
            {
                throw new global::System.ArgumentException("The Hessian must be N x N, N counting every differentiable element.", "hessian");
            }

            double xDirection = 0;
            double yDirection = 0;
            int row = 0;
            {
                xDirection = 1;
                var product = FHessianVectorProduct(x, y, xDirection, yDirection);
                xDirection = 0;
                int column = 0;
                hessian[row, column++] = product.x;
                hessian[row, column++] = product.y;
                row++;
            }
            {
                yDirection = 1;
                var product = FHessianVectorProduct(x, y, xDirection, yDirection);
                yDirection = 0;
                int column = 0;
                hessian[row, column++] = product.x;
                hessian[row, column++] = product.y;
                row++;
            }
        }
