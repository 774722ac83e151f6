//HintName: Demo.Net.GradGenHelper_Scale_b9ee6d7d_Y.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/> and its exact gradient with respect to <paramref name="p_X"/>, <paramref name="p_Y"/>, <paramref name="s"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="p_X">The point at which to differentiate: the argument <paramref name="p_X"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/>.</param>
        /// <param name="p_Y">The point at which to differentiate: the argument <paramref name="p_Y"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/>.</param>
        /// <param name="s">The point at which to differentiate: the argument <paramref name="s"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_Y(double, double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>GradGenHelper_Scale_b9ee6d7d_YGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double value, (double p_X, double p_Y, double s) gradient) GradGenHelper_Scale_b9ee6d7d_YValueAndGradient(double p_X, double p_Y, double s)
        {
            double p_XGradient;
            double p_YGradient;
            double sGradient;
            double result = 0;
            double k = 0;
            double kAdjoint = 0;
            double sAdjoint = 0;
            double p_XAdjoint = 0;
            double p_YAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            k = s * s;
            result = k * p_Y;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            kAdjoint = resultAdjoint * p_Y;
            p_YAdjoint = resultAdjoint * k;
            sAdjoint = kAdjoint * s;
            sAdjoint += kAdjoint * s;

            p_XGradient = p_XAdjoint;
            p_YGradient = p_YAdjoint;
            sGradient = sAdjoint;
            return (value, (p_XGradient, p_YGradient, sGradient));
        }
