//HintName: Demo.Net.Loss.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Loss(double[][], double[][])"/> at a point along a direction: d/dt Loss(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[][], double[][])"/>.</param>
        /// <param name="c">Passed to <see cref="Loss(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LossDirectionalDerivative(double[][] w, double[][] c, double[][] wTangent)
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
            for (int row = 0; row < w.Length; row++)
            {
                if (w[row] is null)
                {
                    throw new global::System.ArgumentException("Every row of 'w' must be an array.", "w");
                }
                if (wTangent[row] is null || wTangent[row].Length != w[row].Length)
                {
                    throw new global::System.ArgumentException("The direction must have the same shape as 'w'.", "wTangent");
                }
            }

            double[][] h = new double[0][];
            double[][] hTangent = new double[0][];
            int i = 0;
            int j = 0;
            double s = 0;
            double sTangent = 0;
            int rowIndex = 0;
            double v = 0;
            double vTangent = 0;
            int vIndex = 0;

            hTangent = new double[w.Length][];
            h = new double[w.Length][];
            i = 0;
            for (; i < w.Length; i = i + 1)
            {
                hTangent[i] = new double[w[i].Length];
                h[i] = new double[w[i].Length];
                j = 0;
                for (; j < w[i].Length; j = j + 1)
                {
                    hTangent[i][j] = wTangent[i][j] * w[i][j] + w[i][j] * wTangent[i][j];
                    h[i][j] = w[i][j] * w[i][j];
                }
            }
            sTangent = 0.0;
            s = 0;
            rowIndex = 0;
            for (; rowIndex < h.Length; rowIndex = rowIndex + 1)
            {
                vIndex = 0;
                for (; vIndex < h[rowIndex].Length; vIndex = vIndex + 1)
                {
                    vTangent = hTangent[rowIndex][vIndex];
                    v = h[rowIndex][vIndex];
                    sTangent = sTangent + vTangent * global::System.Math.Cos(v);
                    s = s + global::System.Math.Sin(v);
                }
            }
            return sTangent + global::Demo.Net.DotDirectionalDerivative(h, c, hTangent);
        }
