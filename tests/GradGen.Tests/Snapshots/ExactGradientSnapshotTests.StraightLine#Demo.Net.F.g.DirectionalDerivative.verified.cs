//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double, double)"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>.</param>
        /// <param name="yTangent">The direction's component along <paramref name="y"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double x, double y, double xTangent, double yTangent)
        {
            double a = 0;
            double aTangent = 0;
            double common = 0;

            aTangent = xTangent * y + x * yTangent;
            a = x * y;
            common = global::System.Math.Sin(x);
            aTangent = aTangent + (xTangent * global::System.Math.Cos(x) / y - common * yTangent / (y * y));
            a = a + common / y;
            return aTangent - xTangent;
        }
