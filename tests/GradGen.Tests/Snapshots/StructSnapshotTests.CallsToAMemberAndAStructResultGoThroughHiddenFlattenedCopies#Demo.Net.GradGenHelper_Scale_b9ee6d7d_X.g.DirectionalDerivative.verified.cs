//HintName: Demo.Net.GradGenHelper_Scale_b9ee6d7d_X.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="GradGenHelper_Scale_b9ee6d7d_X(double, double, double)"/> at a point along a direction: d/dt GradGenHelper_Scale_b9ee6d7d_X(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="p_X">The point at which to differentiate: the argument <paramref name="p_X"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_X(double, double, double)"/>.</param>
        /// <param name="p_Y">The point at which to differentiate: the argument <paramref name="p_Y"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_X(double, double, double)"/>.</param>
        /// <param name="s">The point at which to differentiate: the argument <paramref name="s"/> of <see cref="GradGenHelper_Scale_b9ee6d7d_X(double, double, double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="p_XTangent">The direction's component along <paramref name="p_X"/>.</param>
        /// <param name="p_YTangent">The direction's component along <paramref name="p_Y"/>.</param>
        /// <param name="sTangent">The direction's component along <paramref name="s"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static double GradGenHelper_Scale_b9ee6d7d_XDirectionalDerivative(double p_X, double p_Y, double s, double p_XTangent, double p_YTangent, double sTangent)
        {
            double k = 0;
            double kTangent = 0;

            kTangent = sTangent * s + s * sTangent;
            k = s * s;
            return kTangent * p_X + k * p_XTangent;
        }
