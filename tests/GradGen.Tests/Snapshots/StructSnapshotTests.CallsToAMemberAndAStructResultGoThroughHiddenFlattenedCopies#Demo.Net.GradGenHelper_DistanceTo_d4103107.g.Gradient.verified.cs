//HintName: Demo.Net.GradGenHelper_DistanceTo_d4103107.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/> with respect to <paramref name="self_X"/>, <paramref name="self_Y"/>, <paramref name="other_X"/>, <paramref name="other_Y"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="self_X">The point at which to differentiate: the argument <paramref name="self_X"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="self_Y">The point at which to differentiate: the argument <paramref name="self_Y"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="other_X">The point at which to differentiate: the argument <paramref name="other_X"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="other_Y">The point at which to differentiate: the argument <paramref name="other_Y"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double self_X, double self_Y, double other_X, double other_Y) GradGenHelper_DistanceTo_d4103107Gradient(double self_X, double self_Y, double other_X, double other_Y)
        {
            return GradGenHelper_DistanceTo_d4103107ValueAndGradient(self_X, self_Y, other_X, other_Y).gradient;
        }
