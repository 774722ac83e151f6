//HintName: Demo.Net.Norm.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Norm(double[])"/> at a point along a direction: d/dt Norm(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Norm(double[])"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double NormDirectionalDerivative(double[] x, double[] xTangent)
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

            double s = 0;
            double sTangent = 0;
            int i = 0;

            sTangent = 0.0;
            s = 0;
            i = 0;
            for (; i < x.Length; i = i + 1)
            {
                sTangent = sTangent + (xTangent[i] * x[i] + x[i] * xTangent[i]);
                s = s + x[i] * x[i];
            }
            return sTangent / (2.0 * global::System.Math.Sqrt(s));
        }
