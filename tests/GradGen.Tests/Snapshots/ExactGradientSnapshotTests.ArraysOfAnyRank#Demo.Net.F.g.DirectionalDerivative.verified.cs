//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double[,], double[], double[,,])"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="x">Passed to <see cref="F(double[,], double[], double[,,])"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>, of its shape.</param>
        /// <param name="cTangent">The direction's component along <paramref name="c"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double[,] w, double[] x, double[,,] c, double[,] wTangent, double[,,] cTangent)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (wTangent is null)
            {
                throw new global::System.ArgumentNullException("wTangent");
            }
            if (wTangent.GetLength(0) != w.GetLength(0) || wTangent.GetLength(1) != w.GetLength(1))
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'w'.", "wTangent");
            }
            if (c is null)
            {
                throw new global::System.ArgumentNullException("c");
            }
            if (cTangent is null)
            {
                throw new global::System.ArgumentNullException("cTangent");
            }
            if (cTangent.GetLength(0) != c.GetLength(0) || cTangent.GetLength(1) != c.GetLength(1) || cTangent.GetLength(2) != c.GetLength(2))
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'c'.", "cTangent");
            }

            double s = 0;
            double sTangent = 0;
            int i = 0;
            int j = 0;

            sTangent = 0.0;
            s = 0;
            i = 0;
            for (; i < w.GetLength(0); i = i + 1)
            {
                j = 0;
                for (; j < w.GetLength(1); j = j + 1)
                {
                    sTangent = sTangent + (wTangent[i, j] * x[j] * c[i, j, 0] + w[i, j] * x[j] * cTangent[i, j, 0]);
                    s = s + w[i, j] * x[j] * c[i, j, 0];
                }
            }
            return sTangent;
        }
