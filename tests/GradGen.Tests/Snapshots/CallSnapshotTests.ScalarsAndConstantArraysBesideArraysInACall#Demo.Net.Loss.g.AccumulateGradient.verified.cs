//HintName: Demo.Net.Loss.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Loss(double[], double[], double)"/> with respect to <paramref name="w"/>, <paramref name="c"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Loss(double[], double[], double)"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>LossGradient</c>, started from the seed instead of 1. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it). For generated code; call <c>LossGradient</c> instead.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="wGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="cGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="c"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public double LossAccumulateGradient(double[] w, double[] x, double c, double seed, double[] wGradient, ref double cGradient)
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

            double result = 0;
            double cAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::Demo.Net.Dot(w, x, c * c);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            double scaleAdjoint = 0.0;
            global::Demo.Net.DotAccumulateGradient(w, x, c * c, resultAdjoint, wGradient, new double[x.Length], ref scaleAdjoint);
            cAdjoint = scaleAdjoint * c;
            cAdjoint += scaleAdjoint * c;

            cGradient += cAdjoint;
            return value;
        }
