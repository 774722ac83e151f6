//HintName: Demo.Net.Rosenbrock.g.cs
//Kind: HessianCenteredDiff
        /// <summary>
        /// Estimates the Hessian of <see cref="Rosenbrock(double[,], double)"/> with respect to <paramref name="w"/>, <paramref name="b"/> by second centered differences.
        /// </summary>
        /// <remarks>
        /// Off the diagonal (f(x+h e_i+h e_j) - f(x+h e_i-h e_j) - f(x-h e_i+h e_j) + f(x-h e_i-h e_j)) / 4h^2, on it (f(x+h e_i) - 2 f(x) + f(x-h e_i)) / h^2: 1 + 2N + 2N(N-1) calls of the method, error O(h^2) plus rounding O(eps/h^2). Array elements are perturbed in place and restored bit for bit before the method returns. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new N x N array, N counting every differentiable element.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] RosenbrockHessianCenteredDiff(double[,] w, double b, double step = 0.0001)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            double center = Rosenbrock(w, b);
            int n = w.Length + 1;
            double[,] hessian = new double[n, n];
            int row = 0;
            for (int i0 = 0; i0 < w.GetLength(0); i0++)
            {
                for (int i1 = 0; i1 < w.GetLength(1); i1++)
                {
                    {
                        double savedRow = w[i0, i1];
                        w[i0, i1] = (double)(savedRow + step);
                        double up = Rosenbrock(w, b);
                        w[i0, i1] = (double)(savedRow - step);
                        double down = Rosenbrock(w, b);
                        w[i0, i1] = savedRow;
                        hessian[row, row] = (up - 2.0 * center + down) / (step * step);
                        int column = 0;
                        for (int j0 = 0; j0 < w.GetLength(0); j0++)
                        {
                            for (int j1 = 0; j1 < w.GetLength(1); j1++)
                            {
                                if (column > row)
                                {
                                    double savedColumn = w[j0, j1];
                                    w[i0, i1] = (double)(savedRow + step);
                                    w[j0, j1] = (double)(savedColumn + step);
                                    double plusPlus = Rosenbrock(w, b);
                                    w[i0, i1] = (double)(savedRow + step);
                                    w[j0, j1] = (double)(savedColumn - step);
                                    double plusMinus = Rosenbrock(w, b);
                                    w[i0, i1] = (double)(savedRow - step);
                                    w[j0, j1] = (double)(savedColumn + step);
                                    double minusPlus = Rosenbrock(w, b);
                                    w[i0, i1] = (double)(savedRow - step);
                                    w[j0, j1] = (double)(savedColumn - step);
                                    double minusMinus = Rosenbrock(w, b);
                                    w[i0, i1] = savedRow;
                                    w[j0, j1] = savedColumn;
                                    hessian[row, column] = (plusPlus - plusMinus - minusPlus + minusMinus) / (4.0 * step * step);
                                    hessian[column, row] = hessian[row, column];
                                }
                                column++;
                            }
                        }
                        if (column > row)
                        {
                            double savedColumn = b;
                            w[i0, i1] = (double)(savedRow + step);
                            b = (double)(savedColumn + step);
                            double plusPlus = Rosenbrock(w, b);
                            w[i0, i1] = (double)(savedRow + step);
                            b = (double)(savedColumn - step);
                            double plusMinus = Rosenbrock(w, b);
                            w[i0, i1] = (double)(savedRow - step);
                            b = (double)(savedColumn + step);
                            double minusPlus = Rosenbrock(w, b);
                            w[i0, i1] = (double)(savedRow - step);
                            b = (double)(savedColumn - step);
                            double minusMinus = Rosenbrock(w, b);
                            w[i0, i1] = savedRow;
                            b = savedColumn;
                            hessian[row, column] = (plusPlus - plusMinus - minusPlus + minusMinus) / (4.0 * step * step);
                            hessian[column, row] = hessian[row, column];
                        }
                        column++;
                        row++;
                    }
                }
            }
            {
                double savedRow = b;
                b = (double)(savedRow + step);
                double up = Rosenbrock(w, b);
                b = (double)(savedRow - step);
                double down = Rosenbrock(w, b);
                b = savedRow;
                hessian[row, row] = (up - 2.0 * center + down) / (step * step);
                int column = w.Length;
                if (column > row)
                {
                    double savedColumn = b;
                    b = (double)(savedRow + step);
                    b = (double)(savedColumn + step);
                    double plusPlus = Rosenbrock(w, b);
                    b = (double)(savedRow + step);
                    b = (double)(savedColumn - step);
                    double plusMinus = Rosenbrock(w, b);
                    b = (double)(savedRow - step);
                    b = (double)(savedColumn + step);
                    double minusPlus = Rosenbrock(w, b);
                    b = (double)(savedRow - step);
                    b = (double)(savedColumn - step);
                    double minusMinus = Rosenbrock(w, b);
                    b = savedRow;
                    b = savedColumn;
                    hessian[row, column] = (plusPlus - plusMinus - minusPlus + minusMinus) / (4.0 * step * step);
                    hessian[column, row] = hessian[row, column];
                }
                column++;
                row++;
            }
            return hessian;
        }
