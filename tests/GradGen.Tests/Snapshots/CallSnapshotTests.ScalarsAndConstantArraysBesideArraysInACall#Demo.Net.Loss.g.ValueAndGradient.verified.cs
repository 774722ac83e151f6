//HintName: Demo.Net.Loss.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Loss(double[], double[], double)"/> and its exact gradient with respect to <paramref name="w"/>, <paramref name="c"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>LossGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public (double value, (double[] w, double c) gradient) LossValueAndGradient(double[] w, double[] x, double c)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }

            double[] wGradient = new double[w.Length];
            double cGradient;
            return (LossValueAndGradient(w, x, c, wGradient, out cGradient), (wGradient, cGradient));
        }

        /// <summary>
        /// Computes the value of <see cref="Loss(double[], double[], double)"/> and its exact gradient with respect to <paramref name="w"/>, <paramref name="c"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="cGradient">Receives the derivative with respect to <paramref name="c"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public double LossValueAndGradient(double[] w, double[] x, double c, double[] wGradient, out double cGradient)
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

            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, x))
            {
                throw new global::System.ArgumentException("The destination must not be 'x'.", "wGradient");
            }

            global::System.Array.Clear(wGradient, 0, wGradient.Length);
            double result = 0;
            double cAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::Demo.Net.Dot(w, x, c * c);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double scaleAdjoint = 0.0;
            global::Demo.Net.DotAccumulateGradient(w, x, c * c, resultAdjoint, wGradient, new double[x.Length], ref scaleAdjoint);
            cAdjoint = scaleAdjoint * c;
            cAdjoint += scaleAdjoint * c;

            cGradient = cAdjoint;
            return value;
        }
