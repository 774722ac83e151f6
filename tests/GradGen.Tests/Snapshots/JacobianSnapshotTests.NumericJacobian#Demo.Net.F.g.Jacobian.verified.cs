//HintName: Demo.Net.F.g.cs
//Kind: Jacobian
        /// <summary>
        /// Computes the Jacobian of <see cref="F(double[])"/> with respect to <paramref name="x"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Estimated from <c>FCenteredDiff</c> (the centered difference with step 0.0001): the method asks for a numeric gradient or its body uses C# that GradGen cannot differentiate exactly (warning GG0100). Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns>A new m x N matrix.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FJacobian(double[] x)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            double[,] estimate = FCenteredDiff(x, 0.0001);
            return estimate;
        }

        /// <summary>
        /// Computes the Jacobian of <see cref="F(double[])"/> with respect to <paramref name="x"/>: row i is the gradient of output i.
        /// </summary>
        /// <remarks>
        /// Estimated from <c>FCenteredDiff</c> (the centered difference with step 0.0001): the method asks for a numeric gradient or its body uses C# that GradGen cannot differentiate exactly (warning GG0100). Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="jacobian">Receives the Jacobian; must be m x N.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FJacobian(double[] x, double[,] jacobian)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            double[,] estimate = FCenteredDiff(x, 0.0001);
            if (jacobian is null)
            {
                throw new global::System.ArgumentNullException("jacobian");
            }
            if (jacobian.GetLength(0) != estimate.GetLength(0) || jacobian.GetLength(1) != x.Length)
            {
                throw new global::System.ArgumentException("The destination must have one row per output of 'F' and one column per differentiable input element.", "jacobian");
            }
            global::System.Array.Copy(estimate, jacobian, estimate.Length);
        }
