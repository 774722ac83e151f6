//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double[])"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double[] x, double[] xTangent)
        {
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
            double[,] m = new double[0, 0];
            double[,] mTangent = new double[0, 0];
            int i = 0;

            yTangent = new double[x.Length];
            y = new double[x.Length];
            mTangent = new double[2, 2];
            m = new double[2, 2];
            i = 0;
            for (; i < x.Length; i = i + 1)
            {
                yTangent[i] = xTangent[i] * x[i] + x[i] * xTangent[i];
                y[i] = x[i] * x[i];
                yTangent[i] = yTangent[i] * 2;
                y[i] = y[i] * 2;
            }
            mTangent[0, 1] = yTangent[0];
            m[0, 1] = y[0];
            return mTangent[0, 1] * y[x.Length - 1] + m[0, 1] * yTangent[x.Length - 1];
        }
