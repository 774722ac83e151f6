//HintName: Demo.Net.Affine.g.cs
//Kind: JacobianVectorProduct
        /// <summary>
        /// Computes the Jacobian of <see cref="Affine(double[,], double[], double)"/> times a direction, J v: the derivative of every output along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>, of its shape.</param>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>, of its shape.</param>
        /// <returns>J v, one element per output, in the method's output type with double elements.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] AffineJacobianVectorProduct(double[,] w, double[] x, double scale, double[,] wTangent, double[] xTangent)
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
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (xTangent is null)
            {
                throw new global::System.ArgumentNullException("xTangent");
            }
            if (xTangent.Length != x.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'x'.", "xTangent");
            }
            double[] y = new double[0];
            double[] yTangent = new double[0];
            int i = 0;
            int j = 0;
            double common = 0;

            yTangent = new double[w.GetLength(0)];
            y = new double[w.GetLength(0)];
            i = 0;
            for (; i < y.Length; i = i + 1)
            {
                j = 0;
                for (; j < x.Length; j = j + 1)
                {
                    yTangent[i] = yTangent[i] + (wTangent[i, j] * x[j] + w[i, j] * xTangent[j]);
                    y[i] = y[i] + w[i, j] * x[j];
                }
                common = global::System.Math.Tanh(y[i] * scale);
                yTangent[i] = yTangent[i] * scale * (1.0 - common * common);
                y[i] = common;
            }
            return yTangent;
        }
