//HintName: Demo.Net.Loss.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Loss(double[], double[], double)"/> with respect to <paramref name="w"/>, <paramref name="c"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public (double[] w, double c) LossGradient(double[] w, double[] x, double c)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }

            double[] wGradient = new double[w.Length];
            double cGradient;
            LossGradient(w, x, c, wGradient, out cGradient);
            return (wGradient, cGradient);
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Loss(double[], double[], double)"/> with respect to <paramref name="w"/>, <paramref name="c"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="cGradient">Receives the derivative with respect to <paramref name="c"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public void LossGradient(double[] w, double[] x, double c, double[] wGradient, out double cGradient)
        {
            LossValueAndGradient(w, x, c, wGradient, out cGradient);
        }
