//HintName: Demo.Model.Square.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Square(double)"/> with respect to <paramref name="e"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="e">The point at which to differentiate: the argument <paramref name="e"/> of <see cref="Square(double)"/>.</param>
        /// <returns>The derivative with respect to <paramref name="e"/>.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double SquareGradient(double e)
        {
            return SquareValueAndGradient(e).gradient;
        }
