//HintName: Demo.Net.Loss.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Loss(double[], double[], int)"/> at a point along a direction: d/dt Loss(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], int)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LossDirectionalDerivative(double[] w, double[] x, int label, double[] wTangent)
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

            double[] z = new double[0];
            double[] zTangent = new double[0];
            int j = 0;
            double a = 0;
            double aTangent = 0;
            int i = 0;

            zTangent = new double[3];
            z = new double[3];
            j = 0;
            for (; j < 3; j = j + 1)
            {
                aTangent = 0.0;
                a = 0;
                i = 0;
                for (; i < x.Length; i = i + 1)
                {
                    aTangent = aTangent + x[i] * wTangent[i * 3 + j];
                    a = a + x[i] * w[i * 3 + j];
                }
                zTangent[j] = aTangent;
                z[j] = a;
            }
            return global::Demo.Net.LogSumExpDirectionalDerivative(z, zTangent) - zTangent[label];
        }
