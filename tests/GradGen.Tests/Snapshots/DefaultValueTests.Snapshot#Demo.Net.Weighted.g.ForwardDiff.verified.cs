//HintName: Demo.Net.Weighted.g.cs
//Kind: ForwardDiff
        /// <summary>
        /// Estimates the derivatives of <see cref="Weighted(double[], double)"/> by the forward difference (f(p + h e_i) - f(p)) / h with respect to <paramref name="w"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method once per differentiable input, plus once at p. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Weighted(double[], double)"/>.</param>
        /// <param name="lambda">Passed to <see cref="Weighted(double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>A new array of the shape of <paramref name="w"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] WeightedForwardDiff(double[] w, double lambda = 0.5, double step = 0.0001)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }

            double[] wGradient = new double[w.Length];
            WeightedForwardDiff(w, lambda, wGradient, step);
            return wGradient;
        }

        /// <summary>
        /// Estimates the derivatives of <see cref="Weighted(double[], double)"/> by the forward difference (f(p + h e_i) - f(p)) / h with respect to <paramref name="w"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given; it too perturbs array elements in place and puts them back: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Weighted(double[], double)"/>.</param>
        /// <param name="lambda">Passed to <see cref="Weighted(double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void WeightedForwardDiff(double[] w, double lambda, double[] wGradient, double step = 0.0001)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (wGradient is null)
            {
                throw new global::System.ArgumentNullException("wGradient");
            }
            if (wGradient.Length != w.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'w'.", "wGradient");
            }
            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w' itself.", "wGradient");
            }

            double value = Weighted(w, lambda);
            for (int i0 = 0; i0 < w.Length; i0++)
            {
                double original = w[i0];
                try
                {
                    w[i0] = original + step;
                    double valuePlus = Weighted(w, lambda);
                    wGradient[i0] = (valuePlus - value) / step;
                }
                finally
                {
                    w[i0] = original;
                }
            }
        }
