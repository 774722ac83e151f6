//HintName: Demo.Net.GradGenHelper_DistanceTo_d4103107.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/> at a point along a direction: d/dt GradGenHelper_DistanceTo_d4103107(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="self_X">The point at which to differentiate: the argument <paramref name="self_X"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="self_Y">The point at which to differentiate: the argument <paramref name="self_Y"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="other_X">The point at which to differentiate: the argument <paramref name="other_X"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <param name="other_Y">The point at which to differentiate: the argument <paramref name="other_Y"/> of <see cref="GradGenHelper_DistanceTo_d4103107(double, double, double, double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="self_XTangent">The direction's component along <paramref name="self_X"/>.</param>
        /// <param name="self_YTangent">The direction's component along <paramref name="self_Y"/>.</param>
        /// <param name="other_XTangent">The direction's component along <paramref name="other_X"/>.</param>
        /// <param name="other_YTangent">The direction's component along <paramref name="other_Y"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static double GradGenHelper_DistanceTo_d4103107DirectionalDerivative(double self_X, double self_Y, double other_X, double other_Y, double self_XTangent, double self_YTangent, double other_XTangent, double other_YTangent)
        {
            double dx = 0;
            double dxTangent = 0;
            double dy = 0;
            double dyTangent = 0;

            dxTangent = other_XTangent - self_XTangent;
            dx = other_X - self_X;
            dyTangent = other_YTangent - self_YTangent;
            dy = other_Y - self_Y;
            return (dxTangent * dx + dx * dxTangent + (dyTangent * dy + dy * dyTangent)) / (2.0 * global::System.Math.Sqrt(dx * dx + dy * dy));
        }
