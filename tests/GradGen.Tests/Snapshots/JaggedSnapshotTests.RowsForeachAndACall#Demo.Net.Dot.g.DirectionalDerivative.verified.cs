//HintName: Demo.Net.Dot.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Dot(double[][], double[][])"/> at a point along a direction: d/dt Dot(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[][], double[][])"/>.</param>
        /// <param name="b">Passed to <see cref="Dot(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="aTangent">The direction's component along <paramref name="a"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotDirectionalDerivative(double[][] a, double[][] b, double[][] aTangent)
        {
            if (a is null)
            {
                throw new global::System.ArgumentNullException("a");
            }
            if (aTangent is null)
            {
                throw new global::System.ArgumentNullException("aTangent");
            }
            if (aTangent.Length != a.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'a'.", "aTangent");
            }
            for (int row = 0; row < a.Length; row++)
            {
                if (a[row] is null)
                {
                    throw new global::System.ArgumentException("Every row of 'a' must be an array.", "a");
                }
                if (aTangent[row] is null || aTangent[row].Length != a[row].Length)
                {
                    throw new global::System.ArgumentException("The direction must have the same shape as 'a'.", "aTangent");
                }
            }

            double s = 0;
            double sTangent = 0;
            int i = 0;
            int j = 0;

            sTangent = 0.0;
            s = 0;
            i = 0;
            for (; i < a.Length; i = i + 1)
            {
                j = 0;
                for (; j < a[i].Length; j = j + 1)
                {
                    sTangent = sTangent + aTangent[i][j] * b[i][j];
                    s = s + a[i][j] * b[i][j];
                }
            }
            return sTangent;
        }
