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

            double sum = 0;
            double sumTangent = 0;
            double p = 0;
            double pTangent = 0;
            int i = 0;
            double a = 0;
            double aTangent = 0;
            double b = 0;
            double bTangent = 0;
            double common = 0;

            sumTangent = 0.0;
            sum = 0;
            pTangent = 0.0;
            p = 1;
            i = 0;
            for (; i < x.Length - 1; i = i + 1)
            {
                aTangent = xTangent[i + 1] - (xTangent[i] * x[i] + x[i] * xTangent[i]);
                a = x[i + 1] - x[i] * x[i];
                bTangent = -xTangent[i];
                b = 1 - x[i];
                sumTangent = sumTangent + (100 * aTangent * a + 100 * a * aTangent + (bTangent * b + b * bTangent));
                sum = sum + (100 * a * a + b * b);
                common = global::System.Math.Cos(x[i]);
                pTangent = pTangent * common + p * -(xTangent[i] * global::System.Math.Sin(x[i]));
                p = p * common;
            }
            return sumTangent + pTangent;
        }
