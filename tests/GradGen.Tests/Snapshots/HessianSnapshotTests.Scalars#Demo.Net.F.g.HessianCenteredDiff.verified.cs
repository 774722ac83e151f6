//HintName: Demo.Net.F.g.cs
//Kind: HessianCenteredDiff
        /// <summary>
        /// Estimates the Hessian of <see cref="F(double, double)"/> with respect to <paramref name="x"/>, <paramref name="y"/> by second centered differences.
        /// </summary>
        /// <remarks>
        /// Off the diagonal (f(x+h e_i+h e_j) - f(x+h e_i-h e_j) - f(x-h e_i+h e_j) + f(x-h e_i-h e_j)) / 4h^2, on it (f(x+h e_i) - 2 f(x) + f(x-h e_i)) / h^2: 1 + 2N + 2N(N-1) calls of the method, error O(h^2) plus rounding O(eps/h^2). Array elements are perturbed in place and restored bit for bit before the method returns. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new N x N array, N counting every differentiable element.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FHessianCenteredDiff(double x, double y, double step = 0.0001)
        {
            double center = F(x, y);
            int n = 1 + 1;
            double[,] hessian = new double[n, n];
            int row = 0;
            {
                double savedRow = x;
                x = (double)(savedRow + step);
                double up = F(x, y);
                x = (double)(savedRow - step);
                double down = F(x, y);
                x = savedRow;
                hessian[row, row] = (up - 2.0 * center + down) / (step * step);
                int column = 0;
                if (column > row)
                {
                    double savedColumn = x;
                    x = (double)(savedRow + step);
                    x = (double)(savedColumn + step);
                    double plusPlus = F(x, y);
                    x = (double)(savedRow + step);
                    x = (double)(savedColumn - step);
                    double plusMinus = F(x, y);
                    x = (double)(savedRow - step);
                    x = (double)(savedColumn + step);
                    double minusPlus = F(x, y);
                    x = (double)(savedRow - step);
                    x = (double)(savedColumn - step);
                    double minusMinus = F(x, y);
                    x = savedRow;
                    x = savedColumn;
                    hessian[row, column] = (plusPlus - plusMinus - minusPlus + minusMinus) / (4.0 * step * step);
                    hessian[column, row] = hessian[row, column];
                }
                column++;
                if (column > row)
                {
                    double savedColumn = y;
                    x = (double)(savedRow + step);
                    y = (double)(savedColumn + step);
                    double plusPlus = F(x, y);
                    x = (double)(savedRow + step);
                    y = (double)(savedColumn - step);
                    double plusMinus = F(x, y);
                    x = (double)(savedRow - step);
                    y = (double)(savedColumn + step);
                    double minusPlus = F(x, y);
                    x = (double)(savedRow - step);
                    y = (double)(savedColumn - step);
                    double minusMinus = F(x, y);
                    x = savedRow;
                    y = savedColumn;
                    hessian[row, column] = (plusPlus - plusMinus - minusPlus + minusMinus) / (4.0 * step * step);
                    hessian[column, row] = hessian[row, column];
                }
                column++;
                row++;
            }
            {
                double savedRow = y;
                y = (double)(savedRow + step);
                double up = F(x, y);
                y = (double)(savedRow - step);
                double down = F(x, y);
                y = savedRow;
                hessian[row, row] = (up - 2.0 * center + down) / (step * step);
                int column = 1;
                if (column > row)
                {
                    double savedColumn = y;
                    y = (double)(savedRow + step);
                    y = (double)(savedColumn + step);
                    double plusPlus = F(x, y);
                    y = (double)(savedRow + step);
                    y = (double)(savedColumn - step);
                    double plusMinus = F(x, y);
                    y = (double)(savedRow - step);
                    y = (double)(savedColumn + step);
                    double minusPlus = F(x, y);
                    y = (double)(savedRow - step);
                    y = (double)(savedColumn - step);
                    double minusMinus = F(x, y);
                    y = savedRow;
                    y = savedColumn;
                    hessian[row, column] = (plusPlus - plusMinus - minusPlus + minusMinus) / (4.0 * step * step);
                    hessian[column, row] = hessian[row, column];
                }
                column++;
                row++;
            }
            return hessian;
        }
