//HintName: Demo.Net.F.g.cs
//Kind: HessianCenteredDiff
        /// <summary>
        /// Estimates the Hessian of <see cref="F(double[])"/> with respect to <paramref name="x"/> by second centered differences.
        /// </summary>
        /// <remarks>
        /// Off the diagonal (f(x+h e_i+h e_j) - f(x+h e_i-h e_j) - f(x-h e_i+h e_j) + f(x-h e_i-h e_j)) / 4h^2, on it (f(x+h e_i) - 2 f(x) + f(x-h e_i)) / h^2: 1 + 2N + 2N(N-1) calls of the method, error O(h^2) plus rounding O(eps/h^2). Array elements are perturbed in place and restored bit for bit before the method returns. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new N x N array, N counting every differentiable element.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FHessianCenteredDiff(double[] x, double step = 0.0001)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            double center = F(x);
            int n = x.Length;
            double[,] hessian = new double[n, n];
            int row = 0;
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                {
                    double savedRow = x[i0];
                    x[i0] = (double)(savedRow + step);
                    double up = F(x);
                    x[i0] = (double)(savedRow - step);
                    double down = F(x);
                    x[i0] = savedRow;
                    hessian[row, row] = (up - 2.0 * center + down) / (step * step);
                    int column = 0;
                    for (int j0 = 0; j0 < x.Length; j0++)
                    {
                        if (column > row)
                        {
                            double savedColumn = x[j0];
                            x[i0] = (double)(savedRow + step);
                            x[j0] = (double)(savedColumn + step);
                            double plusPlus = F(x);
                            x[i0] = (double)(savedRow + step);
                            x[j0] = (double)(savedColumn - step);
                            double plusMinus = F(x);
                            x[i0] = (double)(savedRow - step);
                            x[j0] = (double)(savedColumn + step);
                            double minusPlus = F(x);
                            x[i0] = (double)(savedRow - step);
                            x[j0] = (double)(savedColumn - step);
                            double minusMinus = F(x);
                            x[i0] = savedRow;
                            x[j0] = savedColumn;
                            hessian[row, column] = (plusPlus - plusMinus - minusPlus + minusMinus) / (4.0 * step * step);
                            hessian[column, row] = hessian[row, column];
                        }
                        column++;
                    }
                    row++;
                }
            }
            return hessian;
        }
