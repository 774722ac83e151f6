//HintName: Demo.Net.Gap.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="__GapLeaves(double, double, double)"/> at a point along a direction: d/dt __GapLeaves(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="a_X">The point at which to differentiate: the argument <paramref name="a_X"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <param name="a_Y">The point at which to differentiate: the argument <paramref name="a_Y"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <param name="s">The point at which to differentiate: the argument <paramref name="s"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="a_XTangent">The direction's component along <paramref name="a_X"/>.</param>
        /// <param name="a_YTangent">The direction's component along <paramref name="a_Y"/>.</param>
        /// <param name="sTangent">The direction's component along <paramref name="s"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static double __GapLeavesDirectionalDerivative(double a_X, double a_Y, double s, double a_XTangent, double a_YTangent, double sTangent)
        {
            return global::Demo.Net.GradGenHelper_DistanceTo_d4103107DirectionalDerivative(a_X, a_Y, global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_X(a_X, a_Y, s), global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_Y(a_X, a_Y, s), a_XTangent, a_YTangent, global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_XDirectionalDerivative(a_X, a_Y, s, a_XTangent, a_YTangent, sTangent), global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_YDirectionalDerivative(a_X, a_Y, s, a_XTangent, a_YTangent, sTangent));
        }

        /// <summary>
        /// <c>DirectionalDerivative</c> of <see cref="Gap(global::Demo.Vec2, double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__GapLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double GapDirectionalDerivative(global::Demo.Vec2 a, double s, global::Demo.Vec2 aTangent, double sTangent)
        {
            var result = __GapLeavesDirectionalDerivative(a.X, a.Y, s, aTangent.X, aTangent.Y, sTangent);
            return result;
        }
