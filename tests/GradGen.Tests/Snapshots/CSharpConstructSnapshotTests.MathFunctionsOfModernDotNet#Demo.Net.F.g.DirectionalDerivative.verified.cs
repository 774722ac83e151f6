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
            double s = 0;
            double sTangent = 0;

            sTangent = (x < -1 ? 0.0 : (x > 1 ? 0.0 : xTangent)) + (xTangent * y + yTangent * x) + (yTangent * y + y * yTangent) / ((y * y + 1) * global::System.Math.Log(2.0));
            s = global::System.Math.Clamp(x, -1, 1) + global::System.Math.FusedMultiplyAdd(x, y, 1) + global::System.Math.Log2(y * y + 1);
            if (global::System.Double.IsNaN(s) || !global::System.Double.IsFinite(s))
            {
                return 0.0;
            }
            return sTangent + xTangent * (global::System.Math.CopySign(1.0, x) * global::System.Math.CopySign(1.0, y)) + yTangent * global::System.Math.ScaleB(1.0, 2) + xTangent;
        }
