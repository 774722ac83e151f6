//HintName: Demo.Net.Weighted.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Weighted(double[], double)"/> at a point along a direction: d/dt Weighted(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Weighted(double[], double)"/>.</param>
        /// <param name="lambda">Passed to <see cref="Weighted(double[], double)"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double WeightedDirectionalDerivative(double[] w, double lambda, double[] wTangent)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (wTangent is null)
            {
                throw new global::System.ArgumentNullException("wTangent");
            }
            if (wTangent.Length != w.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'w'.", "wTangent");
            }

            return lambda * wTangent[0] * w[0] + lambda * w[0] * wTangent[0];
        }
