//HintName: Demo.Net.ToCartesian.g.cs
//Kind: ForwardDiff
        /// <summary>
        /// Estimates the Jacobian of <see cref="ToCartesian(double, double)"/> by the forward difference (f(p + h e_j) - f(p)) / h with respect to <paramref name="r"/>, <paramref name="theta"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method once per differentiable input, plus once at p. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="r">The point at which to differentiate: the argument <paramref name="r"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="theta">The point at which to differentiate: the argument <paramref name="theta"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new m x N matrix: row i is the estimated gradient of output i; column j the derivative with respect to the j-th differentiable input element (the parameters in declaration order, each array in row-major order).</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] ToCartesianForwardDiff(double r, double theta, double step = 0.0001)
        {
            var value = ToCartesian(r, theta);
            int rows = 2;
            double[,] jacobian1 = new double[rows, 1 + 1];
            int column = 0;
            {
                double original = r;
                double plus = original + step;
                var valuePlus = ToCartesian(plus, theta);
                jacobian1[0, column] = ((double)valuePlus.Item1 - (double)value.Item1) / step;
                jacobian1[1, column] = ((double)valuePlus.Item2 - (double)value.Item2) / step;
                column++;
            }
            {
                double original = theta;
                double plus = original + step;
                var valuePlus = ToCartesian(r, plus);
                jacobian1[0, column] = ((double)valuePlus.Item1 - (double)value.Item1) / step;
                jacobian1[1, column] = ((double)valuePlus.Item2 - (double)value.Item2) / step;
                column++;
            }
            return jacobian1;
        }
