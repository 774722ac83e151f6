//HintName: Demo.Net.GradGenHelper_DistanceTo_d4103107.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/> and its exact gradient with respect to <paramref name="self_X"/>, <paramref name="self_Y"/>, <paramref name="other_X"/>, <paramref name="other_Y"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="self_X">The point at which to differentiate: the argument <paramref name="self_X"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="self_Y">The point at which to differentiate: the argument <paramref name="self_Y"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="other_X">The point at which to differentiate: the argument <paramref name="other_X"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="other_Y">The point at which to differentiate: the argument <paramref name="other_Y"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>GradGenHelper_DistanceTo_d4103107Gradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double value, (double self_X, double self_Y, double other_X, double other_Y) gradient) GradGenHelper_DistanceTo_d4103107ValueAndGradient(double self_X, double self_Y, double other_X, double other_Y)
        {
            double self_XGradient;
            double self_YGradient;
            double other_XGradient;
            double other_YGradient;
            double result = 0;
            double dx = 0;
            double dy = 0;
            double self_XAdjoint = 0;
            double self_YAdjoint = 0;
            double dxAdjoint = 0;
            double other_XAdjoint = 0;
            double other_YAdjoint = 0;
            double dyAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            dx = other_X - self_X;
            dy = other_Y - self_Y;
            result = global::System.Math.Sqrt(dx * dx + dy * dy);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double seed = resultAdjoint / (2.0 * global::System.Math.Sqrt(dx * dx + dy * dy));
            dxAdjoint = seed * dx;
            dxAdjoint += seed * dx;
            dyAdjoint = seed * dy;
            dyAdjoint += seed * dy;
            other_YAdjoint = dyAdjoint;
            self_YAdjoint = -dyAdjoint;
            other_XAdjoint = dxAdjoint;
            self_XAdjoint = -dxAdjoint;

            self_XGradient = self_XAdjoint;
            self_YGradient = self_YAdjoint;
            other_XGradient = other_XAdjoint;
            other_YGradient = other_YAdjoint;
            return (value, (self_XGradient, self_YGradient, other_XGradient, other_YGradient));
        }
