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
            return xTangent * global::System.Math.Cos(x) * global::System.Math.Exp(global::System.Math.Sin(x)) + yTangent / y + (xTangent * (y == 0.0 && x == 0.0 ? 0.0 : y * global::System.Math.Pow(x, y - 1.0)) + yTangent * (x == 0.0 && y >= 0.0 ? 0.0 : global::System.Math.Pow(x, y) * global::System.Math.Log(x))) + (yTangent * x / (x * x + y * y) + -(xTangent * y / (x * x + y * y))) + (xTangent * x + x * xTangent) / (2.0 * global::System.Math.Sqrt(x * x + 1)) + (x < 0 ? -xTangent : xTangent) + (x >= y ? xTangent : yTangent) + xTangent / (x * global::System.Math.Log(2)) + yTangent * (1.0 - global::System.Math.Tanh(y) * global::System.Math.Tanh(y));
        }
