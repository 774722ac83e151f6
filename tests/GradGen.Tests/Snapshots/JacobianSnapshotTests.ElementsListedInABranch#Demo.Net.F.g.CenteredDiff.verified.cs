//HintName: Demo.Net.F.g.cs
//Kind: CenteredDiff
        /// <summary>
        /// Estimates the Jacobian of <see cref="F(float, double)"/> by the centered difference (f(p + h e_j) - f(p - h e_j)) / 2h with respect to <paramref name="x"/>, <paramref name="y"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method twice per differentiable input, plus once at p for the number of outputs. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new m x N matrix: row i is the estimated gradient of output i; column j the derivative with respect to the j-th differentiable input element (the parameters in declaration order, each array in row-major order).</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FCenteredDiff(float x, double y, double step = 0.0001)
        {
            var value = F(x, y);
            int rows = value.Length;
            double[,] jacobian1 = new double[rows, 1 + 1];
            int column = 0;
            {
                float original = x;
                float plus = (float)(original + step);
                float minus = (float)(original - step);
                var valuePlus = F(plus, y);
                var valueMinus = F(minus, y);
                if (valuePlus.Length != rows || valueMinus.Length != rows)
                {
                    throw new global::System.InvalidOperationException("F returned arrays of different lengths at nearby points, so it has no Jacobian there.");
                }
                for (int row = 0; row < rows; row++)
                {
                    jacobian1[row, column] = ((double)valuePlus[row] - (double)valueMinus[row]) / ((double)plus - minus);
                }
                column++;
            }
            {
                double original = y;
                double plus = original + step;
                double minus = original - step;
                var valuePlus = F(x, plus);
                var valueMinus = F(x, minus);
                if (valuePlus.Length != rows || valueMinus.Length != rows)
                {
                    throw new global::System.InvalidOperationException("F returned arrays of different lengths at nearby points, so it has no Jacobian there.");
                }
                for (int row = 0; row < rows; row++)
                {
                    jacobian1[row, column] = ((double)valuePlus[row] - (double)valueMinus[row]) / (2 * step);
                }
                column++;
            }
            return jacobian1;
        }
