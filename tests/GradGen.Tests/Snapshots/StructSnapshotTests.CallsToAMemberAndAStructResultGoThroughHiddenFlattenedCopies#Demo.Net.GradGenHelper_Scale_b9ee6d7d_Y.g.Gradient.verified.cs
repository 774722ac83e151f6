//HintName: Demo.Net.GradGenHelper_Scale_b9ee6d7d_Y.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/> with respect to <paramref name="p_X"/>, <paramref name="p_Y"/>, <paramref name="s"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="p_X">The point at which to differentiate: the argument <paramref name="p_X"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/>.</param>
        /// <param name="p_Y">The point at which to differentiate: the argument <paramref name="p_Y"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/>.</param>
        /// <param name="s">The point at which to differentiate: the argument <paramref name="s"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double p_X, double p_Y, double s) GradGenHelper_Scale_b9ee6d7d_YGradient(double p_X, double p_Y, double s)
        {
            return GradGenHelper_Scale_b9ee6d7d_YValueAndGradient(p_X, p_Y, s).gradient;
        }
