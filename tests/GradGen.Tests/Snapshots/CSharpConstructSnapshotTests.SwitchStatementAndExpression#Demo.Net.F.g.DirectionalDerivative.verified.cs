//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double, int, global::Demo.Mode)"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, int, global::Demo.Mode)"/>.</param>
        /// <param name="k">Passed to <see cref="F(double, int, global::Demo.Mode)"/> unchanged; not differentiated.</param>
        /// <param name="mode">Passed to <see cref="F(double, int, global::Demo.Mode)"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double x, int k, global::Demo.Mode mode, double xTangent)
        {
            double y = 0;
            double yTangent = 0;

            yTangent = 0.0;
            y = 0;
            if (k == 0)
            {
                yTangent = xTangent * x + x * xTangent;
                y = x * x;
            }
            else
            {
                if ((k == 1 || k == 2) && x > 0)
                {
                    yTangent = xTangent * global::System.Math.Cos(x);
                    y = global::System.Math.Sin(x);
                }
                else
                {
                    yTangent = -xTangent;
                    y = -x;
                }
            }
            return (((int)mode) == 1 ? 2 * yTangent : yTangent) + (x < 0.0 ? 0.0 : xTangent);
        }
