//HintName: Demo.Net.Loss.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Loss(double[], double[], double)"/> at a point along a direction: d/dt Loss(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="Loss(double[], double[], double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>, of its shape.</param>
        /// <param name="cTangent">The direction's component along <paramref name="c"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public double LossDirectionalDerivative(double[] w, double[] x, double c, double[] wTangent, double cTangent)
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

            return global::Demo.Net.DotDirectionalDerivative(w, x, c * c, wTangent, new double[x.Length], cTangent * c + c * cTangent);
        }
