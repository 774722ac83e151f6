//HintName: Demo.Net.Affine.g.cs
//Kind: Jacobian
        /// <summary>
        /// Computes the Jacobian of <see cref="Affine(double[,], double[], double)"/> with respect to <paramref name="w"/>, <paramref name="x"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: by forward mode (one <c>AffineJacobianVectorProduct</c> per input element) where N &lt;= m, else by reverse mode (one <c>AffineVectorJacobianProduct</c> per output), as JAX's jacfwd and jacrev. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <returns>A new m x N matrix.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] AffineJacobian(double[,] w, double[] x, double scale)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            int rows = Affine(w, x, scale).Length;
            double[,] jacobian1 = new double[rows, w.Length + x.Length];
            if (w.Length + x.Length <= rows)
            {
                double[,] wTangent = new double[w.GetLength(0), w.GetLength(1)];
                double[] xTangent = new double[x.Length];
                int column = 0;
                for (int i0 = 0; i0 < w.GetLength(0); i0++)
                {
                    for (int i1 = 0; i1 < w.GetLength(1); i1++)
                    {
                        wTangent[i0, i1] = 1;
                        var product = AffineJacobianVectorProduct(w, x, scale, wTangent, xTangent);
                        wTangent[i0, i1] = 0;
                        for (int row = 0; row < rows; row++)
                        {
                            jacobian1[row, column] = (double)product[row];
                        }
                        column++;
                    }
                }
                for (int i0 = 0; i0 < x.Length; i0++)
                {
                    xTangent[i0] = 1;
                    var product = AffineJacobianVectorProduct(w, x, scale, wTangent, xTangent);
                    xTangent[i0] = 0;
                    for (int row = 0; row < rows; row++)
                    {
                        jacobian1[row, column] = (double)product[row];
                    }
                    column++;
                }
            }
            else
            {
                double[] unit = new double[rows];
                for (int row1 = 0; row1 < rows; row1++)
                {
                    unit[row1] = 1;
                    var gradient = AffineVectorJacobianProduct(w, x, scale, unit);
                    int column1 = 0;
                    for (int i01 = 0; i01 < w.GetLength(0); i01++)
                    {
                        for (int i11 = 0; i11 < w.GetLength(1); i11++)
                        {
                            jacobian1[row1, column1] = gradient.w[i01, i11];
                            column1++;
                        }
                    }
                    for (int i01 = 0; i01 < x.Length; i01++)
                    {
                        jacobian1[row1, column1] = gradient.x[i01];
                        column1++;
                    }
                    unit[row1] = 0;
                }
            }
            return jacobian1;
        }

        /// <summary>
        /// Computes the Jacobian of <see cref="Affine(double[,], double[], double)"/> with respect to <paramref name="w"/>, <paramref name="x"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: by forward mode (one <c>AffineJacobianVectorProduct</c> per input element) where N &lt;= m, else by reverse mode (one <c>AffineVectorJacobianProduct</c> per output), as JAX's jacfwd and jacrev. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="jacobian">Receives the Jacobian; must be m x N.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void AffineJacobian(double[,] w, double[] x, double scale, double[,] jacobian)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            int rows = Affine(w, x, scale).Length;
            if (jacobian is null)
            {
                throw new global::System.ArgumentNullException("jacobian");
            }
            if (jacobian.GetLength(0) != rows || jacobian.GetLength(1) != w.Length + x.Length)
            {
                throw new global::System.ArgumentException("The destination must have one row per output of 'Affine' and one column per differentiable input element.", "jacobian");
            }
            if (jacobian.Length != 0 && object.ReferenceEquals(jacobian, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w'.", "jacobian");
            }

            if (w.Length + x.Length <= rows)
            {
                double[,] wTangent = new double[w.GetLength(0), w.GetLength(1)];
                double[] xTangent = new double[x.Length];
                int column = 0;
                for (int i0 = 0; i0 < w.GetLength(0); i0++)
                {
                    for (int i1 = 0; i1 < w.GetLength(1); i1++)
                    {
                        wTangent[i0, i1] = 1;
                        var product = AffineJacobianVectorProduct(w, x, scale, wTangent, xTangent);
                        wTangent[i0, i1] = 0;
                        for (int row = 0; row < rows; row++)
                        {
                            jacobian[row, column] = (double)product[row];
                        }
                        column++;
                    }
                }
                for (int i0 = 0; i0 < x.Length; i0++)
                {
                    xTangent[i0] = 1;
                    var product = AffineJacobianVectorProduct(w, x, scale, wTangent, xTangent);
                    xTangent[i0] = 0;
                    for (int row = 0; row < rows; row++)
                    {
                        jacobian[row, column] = (double)product[row];
                    }
                    column++;
                }
            }
            else
            {
                double[] unit = new double[rows];
                for (int row1 = 0; row1 < rows; row1++)
                {
                    unit[row1] = 1;
                    var gradient = AffineVectorJacobianProduct(w, x, scale, unit);
                    int column1 = 0;
                    for (int i01 = 0; i01 < w.GetLength(0); i01++)
                    {
                        for (int i11 = 0; i11 < w.GetLength(1); i11++)
                        {
                            jacobian[row1, column1] = gradient.w[i01, i11];
                            column1++;
                        }
                    }
                    for (int i01 = 0; i01 < x.Length; i01++)
                    {
                        jacobian[row1, column1] = gradient.x[i01];
                        column1++;
                    }
                    unit[row1] = 0;
                }
            }
        }
