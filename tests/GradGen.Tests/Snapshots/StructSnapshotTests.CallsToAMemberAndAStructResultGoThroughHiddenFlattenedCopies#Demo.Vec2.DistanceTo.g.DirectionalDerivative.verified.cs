//HintName: Demo.Vec2.DistanceTo.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="__DistanceToLeaves(double, double)"/> at a point along a direction: d/dt __DistanceToLeaves(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="other_X">The point at which to differentiate: the argument <paramref name="other_X"/> of <see cref="__DistanceToLeaves(double, double)"/>.</param>
        /// <param name="other_Y">The point at which to differentiate: the argument <paramref name="other_Y"/> of <see cref="__DistanceToLeaves(double, double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="other_XTangent">The direction's component along <paramref name="other_X"/>.</param>
        /// <param name="other_YTangent">The direction's component along <paramref name="other_Y"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private double __DistanceToLeavesDirectionalDerivative(double other_X, double other_Y, double other_XTangent, double other_YTangent)
        {
            double dx = 0;
            double dxTangent = 0;
            double dy = 0;
            double dyTangent = 0;

            dxTangent = other_XTangent;
            dx = other_X - this.X;
            dyTangent = other_YTangent;
            dy = other_Y - this.Y;
            return (dxTangent * dx + dx * dxTangent + (dyTangent * dy + dy * dyTangent)) / (2.0 * global::System.Math.Sqrt(dx * dx + dy * dy));
        }

        /// <summary>
        /// <c>DirectionalDerivative</c> of <see cref="DistanceTo(global::Demo.Vec2)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__DistanceToLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public double DistanceToDirectionalDerivative(global::Demo.Vec2 other, global::Demo.Vec2 otherTangent)
        {
            var result = __DistanceToLeavesDirectionalDerivative(other.X, other.Y, otherTangent.X, otherTangent.Y);
            return result;
        }
