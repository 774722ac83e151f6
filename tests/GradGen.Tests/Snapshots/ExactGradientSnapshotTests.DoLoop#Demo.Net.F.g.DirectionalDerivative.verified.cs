//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double)"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="F(double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="aTangent">The direction's component along <paramref name="a"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double a, double aTangent)
        {
            double y = 0;
            double yTangent = 0;
            int k = 0;

            yTangent = aTangent;
            y = a;
            k = 0;
            do
            {
                yTangent = 0.5 * (yTangent + (aTangent / y - a * yTangent / (y * y)));
                y = 0.5 * (y + a / y);
                k = k + 1;
            } while (k < 10);
            return yTangent;
        }
