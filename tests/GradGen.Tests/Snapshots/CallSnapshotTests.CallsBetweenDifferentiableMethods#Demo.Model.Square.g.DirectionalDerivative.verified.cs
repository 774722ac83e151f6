//HintName: Demo.Model.Square.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Square(double)"/> at a point along a direction: d/dt Square(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="e">The point at which to differentiate: the argument <paramref name="e"/> of <see cref="Square(double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="eTangent">The direction's component along <paramref name="e"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double SquareDirectionalDerivative(double e, double eTangent)
        {
            return eTangent * e + e * eTangent;
        }
