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

            double s = 0;
            double sTangent = 0;
            int i = 0;
            double a = 0;
            double aTangent = 0;
            double b = 0;
            double bTangent = 0;
            double common = 0;

            sTangent = 0.0;
            s = 0;
            i = 0;
            for (; i < global::Demo.Net.Weights.Length; i = i + 1)
            {
                aTangent = global::Demo.Net.Weights[i] * xTangent[i];
                a = global::Demo.Net.Weights[i] * x[i];
                common = global::System.Math.Exp(x[i]);
                bTangent = xTangent[i] * common;
                b = common;
                sTangent = sTangent + (aTangent * b + a * bTangent + aTangent / global::System.Math.Sqrt(a * a + 1.0));
                s = s + (a * b + global::System.Math.Asinh(a));
            }
            return sTangent;
        }
