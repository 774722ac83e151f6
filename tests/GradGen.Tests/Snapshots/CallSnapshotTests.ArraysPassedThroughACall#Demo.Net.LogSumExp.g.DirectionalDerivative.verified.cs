//HintName: Demo.Net.LogSumExp.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="LogSumExp(double[])"/> at a point along a direction: d/dt LogSumExp(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="LogSumExp(double[])"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="zTangent">The direction's component along <paramref name="z"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LogSumExpDirectionalDerivative(double[] z, double[] zTangent)
        {
            if (z is null)
            {
                throw new global::System.ArgumentNullException("z");
            }
            if (zTangent is null)
            {
                throw new global::System.ArgumentNullException("zTangent");
            }
            if (zTangent.Length != z.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'z'.", "zTangent");
            }

            double m = 0;
            double mTangent = 0;
            int i = 0;
            double s = 0;
            double sTangent = 0;
            int i1 = 0;
            double common = 0;

            mTangent = zTangent[0];
            m = z[0];
            i = 1;
            for (; i < z.Length; i = i + 1)
            {
                mTangent = m >= z[i] ? mTangent : zTangent[i];
                m = global::System.Math.Max(m, z[i]);
            }
            sTangent = 0.0;
            s = 0;
            i1 = 0;
            for (; i1 < z.Length; i1 = i1 + 1)
            {
                common = global::System.Math.Exp(z[i1] - m);
                sTangent = sTangent + (zTangent[i1] - mTangent) * common;
                s = s + common;
            }
            return mTangent + sTangent / s;
        }
