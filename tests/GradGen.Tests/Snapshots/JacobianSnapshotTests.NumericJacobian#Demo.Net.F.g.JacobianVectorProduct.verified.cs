//HintName: Demo.Net.F.g.cs
//Kind: JacobianVectorProduct
        /// <summary>
        /// Computes the Jacobian of <see cref="F(double[])"/> times a direction, J v: the derivative of every output along v.
        /// </summary>
        /// <remarks>
        /// Estimated from <c>FCenteredDiff</c> (the centered difference with step 0.0001): the method asks for a numeric gradient or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>, of its shape.</param>
        /// <returns>J v, one element per output, in the method's output type with double elements.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double, double) FJacobianVectorProduct(double[] x, double[] xTangent)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (xTangent is null)
            {
                throw new global::System.ArgumentNullException("xTangent");
            }
            if (xTangent.Length != x.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'x'.", "xTangent");
            }
            double[,] estimate = FCenteredDiff(x, 0.0001);
            double[] product = new double[estimate.GetLength(0)];
            int column = 0;
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                for (int row = 0; row < product.Length; row++)
                {
                    product[row] += estimate[row, column] * xTangent[i0];
                }
                column++;
            }
            return (product[0], product[1]);
        }
