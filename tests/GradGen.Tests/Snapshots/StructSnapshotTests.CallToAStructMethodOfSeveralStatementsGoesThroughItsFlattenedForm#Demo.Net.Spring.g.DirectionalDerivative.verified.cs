//HintName: Demo.Net.Spring.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="__SpringLeaves(double, double, double, double)"/> at a point along a direction: d/dt __SpringLeaves(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="a_X">The point at which to differentiate: the argument <paramref name="a_X"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="a_Y">The point at which to differentiate: the argument <paramref name="a_Y"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="b_X">The point at which to differentiate: the argument <paramref name="b_X"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="b_Y">The point at which to differentiate: the argument <paramref name="b_Y"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="a_XTangent">The direction's component along <paramref name="a_X"/>.</param>
        /// <param name="a_YTangent">The direction's component along <paramref name="a_Y"/>.</param>
        /// <param name="b_XTangent">The direction's component along <paramref name="b_X"/>.</param>
        /// <param name="b_YTangent">The direction's component along <paramref name="b_Y"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static double __SpringLeavesDirectionalDerivative(double a_X, double a_Y, double b_X, double b_Y, double a_XTangent, double a_YTangent, double b_XTangent, double b_YTangent)
        {
            double dx = 0;
            double dxTangent = 0;
            double dy = 0;
            double dyTangent = 0;

            dxTangent = b_XTangent - a_XTangent;
            dx = b_X - a_X;
            dyTangent = b_YTangent - a_YTangent;
            dy = b_Y - a_Y;
            return dxTangent * dx + dx * dxTangent + (dyTangent * dy + dy * dyTangent);
        }

        /// <summary>
        /// <c>DirectionalDerivative</c> of <see cref="Spring(global::Demo.Vec2, global::Demo.Vec2)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__SpringLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double SpringDirectionalDerivative(global::Demo.Vec2 a, global::Demo.Vec2 b, global::Demo.Vec2 aTangent, global::Demo.Vec2 bTangent)
        {
            var result = __SpringLeavesDirectionalDerivative(a.X, a.Y, b.X, b.Y, aTangent.X, aTangent.Y, bTangent.X, bTangent.Y);
            return result;
        }
