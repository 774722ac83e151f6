//HintName: Demo.Net.Affine.g.cs
//Kind: ForwardDiff
        /// <summary>
        /// Estimates the Jacobian of <see cref="Affine(double[,], double[], double)"/> by the forward difference (f(p + h e_j) - f(p)) / h with respect to <paramref name="w"/>, <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method once per differentiable input, plus once at p. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new m x N matrix: row i is the estimated gradient of output i; column j the derivative with respect to the j-th differentiable input element (the parameters in declaration order, each array in row-major order).</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] AffineForwardDiff(double[,] w, double[] x, double scale, double step = 0.0001)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            var value = Affine(w, x, scale);
            int rows = value.Length;
            double[,] jacobian1 = new double[rows, w.Length + x.Length];
            int column = 0;
            for (int i0 = 0; i0 < w.GetLength(0); i0++)
            {
                for (int i1 = 0; i1 < w.GetLength(1); i1++)
                {
                    double original = w[i0, i1];
                    double plus = original + step;
                    try
                    {
                        w[i0, i1] = plus;
                        var valuePlus = Affine(w, x, scale);
                        if (valuePlus.Length != rows || value.Length != rows)
                        {
                            throw new global::System.InvalidOperationException("Affine returned arrays of different lengths at nearby points, so it has no Jacobian there.");
                        }
                        for (int row = 0; row < rows; row++)
                        {
                            jacobian1[row, column] = ((double)valuePlus[row] - (double)value[row]) / step;
                        }
                    }
                    finally
                    {
                        w[i0, i1] = original;
                    }
                    column++;
                }
            }
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                double original = x[i0];
                double plus = original + step;
                try
                {
                    x[i0] = plus;
                    var valuePlus = Affine(w, x, scale);
                    if (valuePlus.Length != rows || value.Length != rows)
                    {
                        throw new global::System.InvalidOperationException("Affine returned arrays of different lengths at nearby points, so it has no Jacobian there.");
                    }
                    for (int row = 0; row < rows; row++)
                    {
                        jacobian1[row, column] = ((double)valuePlus[row] - (double)value[row]) / step;
                    }
                }
                finally
                {
                    x[i0] = original;
                }
                column++;
            }
            return jacobian1;
        }
