//HintName: Demo.Net.Rosenbrock.g.cs
//Kind: Hessian
        /// <summary>
        /// Computes the Hessian of <see cref="Rosenbrock(double[,], double)"/>, the matrix of its second derivatives with respect to <paramref name="w"/>, <paramref name="b"/>.
        /// </summary>
        /// <remarks>
        /// Row k is <c>RosenbrockHessianVectorProduct</c> along the k-th unit direction, exact to rounding. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <returns>A new N x N array, N counting every differentiable element.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] RosenbrockHessian(double[,] w, double b)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            int n = w.Length + 1;
            double[,] hessian = new double[n, n];
            RosenbrockHessian(w, b, hessian);
            return hessian;
        }

        /// <summary>
        /// Computes the Hessian of <see cref="Rosenbrock(double[,], double)"/>, the matrix of its second derivatives with respect to <paramref name="w"/>, <paramref name="b"/>.
        /// </summary>
        /// <remarks>
        /// Row k is <c>RosenbrockHessianVectorProduct</c> along the k-th unit direction, exact to rounding. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order. Once warm, it allocates nothing: its direction and product arrays are kept per thread.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="hessian">Receives the Hessian: N x N, N counting every differentiable element.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void RosenbrockHessian(double[,] w, double b, double[,] hessian)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (hessian is null)
            {
                throw new global::System.ArgumentNullException("hessian");
            }
            int n1 = w.Length + 1;
            if (hessian.GetLength(0) != n1 || hessian.GetLength(1) != n1)
            {
                throw new global::System.ArgumentException("The Hessian must be N x N, N counting every differentiable element.", "hessian");
            }

            if (hessian.Length != 0 && object.ReferenceEquals(hessian, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w'.", "hessian");
            }

            if (gradGenHessianDirection_w_Tape_Rosenbrock == null || gradGenHessianDirection_w_Tape_Rosenbrock.GetLength(0) != w.GetLength(0) || gradGenHessianDirection_w_Tape_Rosenbrock.GetLength(1) != w.GetLength(1))
            {
                gradGenHessianDirection_w_Tape_Rosenbrock = new double[w.GetLength(0), w.GetLength(1)];
            }
            double[,] wDirection = gradGenHessianDirection_w_Tape_Rosenbrock;
            global::System.Array.Clear(wDirection, 0, wDirection.Length);
            double bDirection = 0;
            if (gradGenHessianProduct_w_Tape_Rosenbrock == null || gradGenHessianProduct_w_Tape_Rosenbrock.GetLength(0) != w.GetLength(0) || gradGenHessianProduct_w_Tape_Rosenbrock.GetLength(1) != w.GetLength(1))
            {
                gradGenHessianProduct_w_Tape_Rosenbrock = new double[w.GetLength(0), w.GetLength(1)];
            }
            double[,] wGradient = gradGenHessianProduct_w_Tape_Rosenbrock;
            double bGradient;
            int row = 0;
            for (int i0 = 0; i0 < wDirection.GetLength(0); i0++)
            {
                for (int i1 = 0; i1 < wDirection.GetLength(1); i1++)
                {
                    {
                        wDirection[i0, i1] = 1;
                        RosenbrockHessianVectorProduct(w, b, wDirection, bDirection, wGradient, out bGradient);
                        wDirection[i0, i1] = 0;
                        int column = 0;
                        for (int j0 = 0; j0 < wGradient.GetLength(0); j0++)
                        {
                            for (int j1 = 0; j1 < wGradient.GetLength(1); j1++)
                            {
                                hessian[row, column++] = wGradient[j0, j1];
                            }
                        }
                        hessian[row, column++] = bGradient;
                        row++;
                    }
                }
            }
            {
                bDirection = 1;
                RosenbrockHessianVectorProduct(w, b, wDirection, bDirection, wGradient, out bGradient);
                bDirection = 0;
                int column = 0;
                for (int j0 = 0; j0 < wGradient.GetLength(0); j0++)
                {
                    for (int j1 = 0; j1 < wGradient.GetLength(1); j1++)
                    {
                        hessian[row, column++] = wGradient[j0, j1];
                    }
                }
                hessian[row, column++] = bGradient;
                row++;
            }
        }
