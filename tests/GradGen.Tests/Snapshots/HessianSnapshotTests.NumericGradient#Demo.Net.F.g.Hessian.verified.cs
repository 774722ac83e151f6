//HintName: Demo.Net.F.g.cs
//Kind: Hessian
        /// <summary>
        /// Computes the Hessian of <see cref="F(double[])"/>, the matrix of its second derivatives with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Row k is <c>FHessianVectorProduct</c> along the k-th unit direction, the centered difference of the gradient. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns>A new N x N array, N counting every differentiable element.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FHessian(double[] x)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            int n = x.Length;
            double[,] hessian = new double[n, n];
            FHessian(x, hessian);
            return hessian;
        }

        /// <summary>
        /// Computes the Hessian of <see cref="F(double[])"/>, the matrix of its second derivatives with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Row k is <c>FHessianVectorProduct</c> along the k-th unit direction, the centered difference of the gradient. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order. Once warm, it allocates nothing: its direction and product arrays are kept per thread.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="hessian">Receives the Hessian: N x N, N counting every differentiable element.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FHessian(double[] x, double[,] hessian)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (hessian is null)
            {
                throw new global::System.ArgumentNullException("hessian");
            }
            int n1 = x.Length;
            if (hessian.GetLength(0) != n1 || hessian.GetLength(1) != n1)
            {
                throw new global::System.ArgumentException("The Hessian must be N x N, N counting every differentiable element.", "hessian");
            }

            if (gradGenHessianDirection_x_Tape_F == null || gradGenHessianDirection_x_Tape_F.Length != x.Length)
            {
                gradGenHessianDirection_x_Tape_F = new double[x.Length];
            }
            double[] xDirection = gradGenHessianDirection_x_Tape_F;
            global::System.Array.Clear(xDirection, 0, xDirection.Length);
            if (gradGenHessianProduct_x_Tape_F == null || gradGenHessianProduct_x_Tape_F.Length != x.Length)
            {
                gradGenHessianProduct_x_Tape_F = new double[x.Length];
            }
            double[] xGradient = gradGenHessianProduct_x_Tape_F;
            int row = 0;
            for (int i0 = 0; i0 < xDirection.Length; i0++)
            {
                {
                    xDirection[i0] = 1;
                    FHessianVectorProduct(x, xDirection, xGradient);
                    xDirection[i0] = 0;
                    int column = 0;
                    for (int j0 = 0; j0 < xGradient.Length; j0++)
                    {
                        hessian[row, column++] = xGradient[j0];
                    }
                    row++;
                }
            }
        }
