//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double[,])"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="m">The point at which to differentiate: the argument <paramref name="m"/> of <see cref="F(double[,])"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="mTangent">The direction's component along <paramref name="m"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double[,] m, double[,] mTangent)
        {
            if (m is null)
            {
                throw new global::System.ArgumentNullException("m");
            }
            if (mTangent is null)
            {
                throw new global::System.ArgumentNullException("mTangent");
            }
            if (mTangent.GetLength(0) != m.GetLength(0) || mTangent.GetLength(1) != m.GetLength(1))
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'm'.", "mTangent");
            }

            double s = 0;
            double sTangent = 0;
            double v = 0;
            double vTangent = 0;
            int vIndex = 0;
            int common = 0;
            int common1 = 0;

            sTangent = 0.0;
            s = 0;
            vIndex = 0;
            for (; vIndex < m.Length; vIndex = vIndex + 1)
            {
                common = vIndex / m.GetLength(1);
                common1 = vIndex % m.GetLength(1);
                vTangent = mTangent[common, common1];
                v = m[common, common1];
                sTangent = sTangent + (vTangent * v + v * vTangent);
                s = s + v * v;
            }
            return sTangent;
        }
