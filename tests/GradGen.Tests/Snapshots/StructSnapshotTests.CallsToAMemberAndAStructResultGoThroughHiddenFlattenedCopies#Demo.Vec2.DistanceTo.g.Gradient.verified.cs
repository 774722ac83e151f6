//HintName: Demo.Vec2.DistanceTo.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="__DistanceToLeaves(double, double)"/> with respect to <paramref name="other_X"/>, <paramref name="other_Y"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="other_X">The point at which to differentiate: the argument <paramref name="other_X"/> of <see cref="__DistanceToLeaves(double, double)"/>.</param>
        /// <param name="other_Y">The point at which to differentiate: the argument <paramref name="other_Y"/> of <see cref="__DistanceToLeaves(double, double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private (double other_X, double other_Y) __DistanceToLeavesGradient(double other_X, double other_Y)
        {
            return __DistanceToLeavesValueAndGradient(other_X, other_Y).gradient;
        }

        /// <summary>
        /// <c>Gradient</c> of <see cref="DistanceTo(global::Demo.Vec2)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__DistanceToLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public global::Demo.Vec2 DistanceToGradient(global::Demo.Vec2 other)
        {
            var result = __DistanceToLeavesGradient(other.X, other.Y);
            return new global::Demo.Vec2 { X = result.other_X, Y = result.other_Y };
        }
