//HintName: Demo.Vec2.DistanceTo.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="__DistanceToLeaves(double, double)"/> and its exact gradient with respect to <paramref name="other_X"/>, <paramref name="other_Y"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="other_X">The point at which to differentiate: the argument <paramref name="other_X"/> of <see cref="__DistanceToLeaves(double, double)"/>.</param>
        /// <param name="other_Y">The point at which to differentiate: the argument <paramref name="other_Y"/> of <see cref="__DistanceToLeaves(double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>__DistanceToLeavesGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private (double value, (double other_X, double other_Y) gradient) __DistanceToLeavesValueAndGradient(double other_X, double other_Y)
        {
            double other_XGradient;
            double other_YGradient;
            double result = 0;
            double dx = 0;
            double dy = 0;
            double dxAdjoint = 0;
            double other_XAdjoint = 0;
            double other_YAdjoint = 0;
            double dyAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            dx = other_X - this.X;
            dy = other_Y - this.Y;
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
            other_XAdjoint = dxAdjoint;

            other_XGradient = other_XAdjoint;
            other_YGradient = other_YAdjoint;
            return (value, (other_XGradient, other_YGradient));
        }

        /// <summary>
        /// <c>ValueAndGradient</c> of <see cref="DistanceTo(global::Demo.Vec2)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__DistanceToLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public (double value, global::Demo.Vec2 gradient) DistanceToValueAndGradient(global::Demo.Vec2 other)
        {
            var result = __DistanceToLeavesValueAndGradient(other.X, other.Y);
            return (result.value, new global::Demo.Vec2 { X = result.gradient.other_X, Y = result.gradient.other_Y });
        }
