//HintName: Demo.Net.F.g.cs
//Kind: CenteredDiff
        /// <summary>
        /// Estimates the Jacobian of <see cref="F(double[])"/> by the centered difference (f(p + h e_j) - f(p - h e_j)) / 2h with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method twice per differentiable input, plus once at p for the number of outputs. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new m x N matrix: row i is the estimated gradient of output i; column j the derivative with respect to the j-th differentiable input element (the parameters in declaration order, each array in row-major order).</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FCenteredDiff(double[] x, double step = 0.0001)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            var value = F(x);
            int rows = 2;
            double[,] jacobian1 = new double[rows, x.Length];
            int column = 0;
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                double original = x[i0];
                double plus = original + step;
                double minus = original - step;
                try
                {
                    x[i0] = plus;
                    var valuePlus = F(x);
                    x[i0] = minus;
                    var valueMinus = F(x);
                    jacobian1[0, column] = ((double)valuePlus.Item1 - (double)valueMinus.Item1) / (2 * step);
                    jacobian1[1, column] = ((double)valuePlus.Item2 - (double)valueMinus.Item2) / (2 * step);
                }
                finally
                {
                    x[i0] = original;
                }
                column++;
            }
            return jacobian1;
        }
