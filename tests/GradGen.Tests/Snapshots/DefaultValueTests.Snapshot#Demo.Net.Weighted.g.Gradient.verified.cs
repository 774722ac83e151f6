//HintName: Demo.Net.Weighted.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Weighted(double[], double)"/> with respect to <paramref name="w"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Weighted(double[], double)"/>.</param>
        /// <param name="lambda">Passed to <see cref="Weighted(double[], double)"/> unchanged; not differentiated.</param>
        /// <returns>A new array of the shape of <paramref name="w"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] WeightedGradient(double[] w, double lambda = 0.5)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }

            double[] wGradient = new double[w.Length];
            WeightedGradient(w, lambda, wGradient);
            return wGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Weighted(double[], double)"/> with respect to <paramref name="w"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Weighted(double[], double)"/>.</param>
        /// <param name="lambda">Passed to <see cref="Weighted(double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void WeightedGradient(double[] w, double lambda, double[] wGradient)
        {
            WeightedValueAndGradient(w, lambda, wGradient);
        }
