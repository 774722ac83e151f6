//HintName: Demo.Net.ToCartesian.g.cs
//Kind: Jacobian
        /// <summary>
        /// Computes the Jacobian of <see cref="ToCartesian(double, double)"/> with respect to <paramref name="r"/>, <paramref name="theta"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: by forward mode (one <c>ToCartesianJacobianVectorProduct</c> per input element) where N &lt;= m, else by reverse mode (one <c>ToCartesianVectorJacobianProduct</c> per output), as JAX's jacfwd and jacrev. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="r">The point at which to differentiate: the argument <paramref name="r"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="theta">The point at which to differentiate: the argument <paramref name="theta"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <returns>A new m x N matrix.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] ToCartesianJacobian(double r, double theta)
        {
            int rows = 2;
            double[,] jacobian1 = new double[rows, 1 + 1];
            if (1 + 1 <= rows)
            {
                double rTangent = 0;
                double thetaTangent = 0;
                int column = 0;
                {
                    rTangent = 1;
                    var product = ToCartesianJacobianVectorProduct(r, theta, rTangent, thetaTangent);
                    rTangent = 0;
                    jacobian1[0, column] = (double)product.Item1;
                    jacobian1[1, column] = (double)product.Item2;
                    column++;
                }
                {
                    thetaTangent = 1;
                    var product = ToCartesianJacobianVectorProduct(r, theta, rTangent, thetaTangent);
                    thetaTangent = 0;
                    jacobian1[0, column] = (double)product.Item1;
                    jacobian1[1, column] = (double)product.Item2;
                    column++;
                }
            }
            else
            {
                {
                    var gradient = ToCartesianVectorJacobianProduct(r, theta, (1.0, 0.0));
                    int column1 = 0;
                    {
                        jacobian1[0, column1] = gradient.r;
                        column1++;
                    }
                    {
                        jacobian1[0, column1] = gradient.theta;
                        column1++;
                    }
                }
                {
                    var gradient = ToCartesianVectorJacobianProduct(r, theta, (0.0, 1.0));
                    int column1 = 0;
                    {
                        jacobian1[1, column1] = gradient.r;
                        column1++;
                    }
                    {
                        jacobian1[1, column1] = gradient.theta;
                        column1++;
                    }
                }
            }
            return jacobian1;
        }

        /// <summary>
        /// Computes the Jacobian of <see cref="ToCartesian(double, double)"/> with respect to <paramref name="r"/>, <paramref name="theta"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: by forward mode (one <c>ToCartesianJacobianVectorProduct</c> per input element) where N &lt;= m, else by reverse mode (one <c>ToCartesianVectorJacobianProduct</c> per output), as JAX's jacfwd and jacrev. Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="r">The point at which to differentiate: the argument <paramref name="r"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="theta">The point at which to differentiate: the argument <paramref name="theta"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="jacobian">Receives the Jacobian; must be m x N.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void ToCartesianJacobian(double r, double theta, double[,] jacobian)
        {
            int rows = 2;
            if (jacobian is null)
            {
                throw new global::System.ArgumentNullException("jacobian");
            }
            if (jacobian.GetLength(0) != rows || jacobian.GetLength(1) != 1 + 1)
            {
                throw new global::System.ArgumentException("The destination must have one row per output of 'ToCartesian' and one column per differentiable input element.", "jacobian");
            }
            if (1 + 1 <= rows)
            {
                double rTangent = 0;
                double thetaTangent = 0;
                int column = 0;
                {
                    rTangent = 1;
                    var product = ToCartesianJacobianVectorProduct(r, theta, rTangent, thetaTangent);
                    rTangent = 0;
                    jacobian[0, column] = (double)product.Item1;
                    jacobian[1, column] = (double)product.Item2;
                    column++;
                }
                {
                    thetaTangent = 1;
                    var product = ToCartesianJacobianVectorProduct(r, theta, rTangent, thetaTangent);
                    thetaTangent = 0;
                    jacobian[0, column] = (double)product.Item1;
                    jacobian[1, column] = (double)product.Item2;
                    column++;
                }
            }
            else
            {
                {
                    var gradient = ToCartesianVectorJacobianProduct(r, theta, (1.0, 0.0));
                    int column1 = 0;
                    {
                        jacobian[0, column1] = gradient.r;
                        column1++;
                    }
                    {
                        jacobian[0, column1] = gradient.theta;
                        column1++;
                    }
                }
                {
                    var gradient = ToCartesianVectorJacobianProduct(r, theta, (0.0, 1.0));
                    int column1 = 0;
                    {
                        jacobian[1, column1] = gradient.r;
                        column1++;
                    }
                    {
                        jacobian[1, column1] = gradient.theta;
                        column1++;
                    }
                }
            }
        }
