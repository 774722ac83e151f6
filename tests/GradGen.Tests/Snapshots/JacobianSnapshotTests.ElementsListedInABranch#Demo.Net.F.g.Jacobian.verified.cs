//HintName: Demo.Net.F.g.cs
//Kind: Jacobian
        /// <summary>
        /// Computes the Jacobian of <see cref="F(float, double)"/> with respect to <paramref name="x"/>, <paramref name="y"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: by forward mode (one <c>FJacobianVectorProduct</c> per input element) where N &lt;= m, else by reverse mode (one <c>FVectorJacobianProduct</c> per output), as JAX's jacfwd and jacrev. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <returns>A new m x N matrix.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FJacobian(float x, double y)
        {
            int rows = F(x, y).Length;
            double[,] jacobian1 = new double[rows, 1 + 1];
            if (1 + 1 <= rows)
            {
                float xTangent = 0;
                double yTangent = 0;
                int column = 0;
                {
                    xTangent = 1;
                    var product = FJacobianVectorProduct(x, y, xTangent, yTangent);
                    xTangent = 0;
                    for (int row = 0; row < rows; row++)
                    {
                        jacobian1[row, column] = (double)product[row];
                    }
                    column++;
                }
                {
                    yTangent = 1;
                    var product = FJacobianVectorProduct(x, y, xTangent, yTangent);
                    yTangent = 0;
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
                    var gradient = FVectorJacobianProduct(x, y, unit);
                    int column1 = 0;
                    {
                        jacobian1[row1, column1] = gradient.x;
                        column1++;
                    }
                    {
                        jacobian1[row1, column1] = gradient.y;
                        column1++;
                    }
                    unit[row1] = 0;
                }
            }
            return jacobian1;
        }

        /// <summary>
        /// Computes the Jacobian of <see cref="F(float, double)"/> with respect to <paramref name="x"/>, <paramref name="y"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: by forward mode (one <c>FJacobianVectorProduct</c> per input element) where N &lt;= m, else by reverse mode (one <c>FVectorJacobianProduct</c> per output), as JAX's jacfwd and jacrev. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="jacobian">Receives the Jacobian; must be m x N.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FJacobian(float x, double y, double[,] jacobian)
        {
            int rows = F(x, y).Length;
            if (jacobian is null)
            {
                throw new global::System.ArgumentNullException("jacobian");
            }
            if (jacobian.GetLength(0) != rows || jacobian.GetLength(1) != 1 + 1)
            {
                throw new global::System.ArgumentException("The destination must have one row per output of 'F' and one column per differentiable input element.", "jacobian");
            }
            if (1 + 1 <= rows)
            {
                float xTangent = 0;
                double yTangent = 0;
                int column = 0;
                {
                    xTangent = 1;
                    var product = FJacobianVectorProduct(x, y, xTangent, yTangent);
                    xTangent = 0;
                    for (int row = 0; row < rows; row++)
                    {
                        jacobian[row, column] = (double)product[row];
                    }
                    column++;
                }
                {
                    yTangent = 1;
                    var product = FJacobianVectorProduct(x, y, xTangent, yTangent);
                    yTangent = 0;
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
                    var gradient = FVectorJacobianProduct(x, y, unit);
                    int column1 = 0;
                    {
                        jacobian[row1, column1] = gradient.x;
                        column1++;
                    }
                    {
                        jacobian[row1, column1] = gradient.y;
                        column1++;
                    }
                    unit[row1] = 0;
                }
            }
        }
