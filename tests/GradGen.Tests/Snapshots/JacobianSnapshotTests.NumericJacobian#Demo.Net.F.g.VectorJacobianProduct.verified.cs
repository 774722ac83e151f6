//HintName: Demo.Net.F.g.cs
//Kind: VectorJacobianProduct
        /// <summary>
        /// Computes a cotangent times the Jacobian of <see cref="F(double[])"/>, u^T J: the gradient of u . f with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Estimated from <c>FCenteredDiff</c> (the centered difference with step 0.0001): the method asks for a numeric gradient or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="cotangent">The cotangent u: one weight per output.</param>
        /// <returns>u^T J, shaped as <c>FGradient</c> would shape a gradient: of the parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] FVectorJacobianProduct(double[] x, (double, double) cotangent)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            double[] weights = new double[] { cotangent.Item1, cotangent.Item2 };
            double[] xGradient = new double[x.Length];
            double[,] estimate = FCenteredDiff(x, 0.0001);
            if (weights.Length != estimate.GetLength(0))
            {
                throw new global::System.ArgumentException("The cotangent must have one element per output.", "cotangent");
            }
            int column = 0;
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                double sum = 0.0;
                for (int row = 0; row < weights.Length; row++)
                {
                    sum += weights[row] * estimate[row, column];
                }
                xGradient[i0] = sum;
                column++;
            }
            return xGradient;
        }
