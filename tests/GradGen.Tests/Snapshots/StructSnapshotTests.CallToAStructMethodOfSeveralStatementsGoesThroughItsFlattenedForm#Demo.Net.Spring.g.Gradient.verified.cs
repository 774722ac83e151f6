//HintName: Demo.Net.Spring.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="__SpringLeaves(double, double, double, double)"/> with respect to <paramref name="a_X"/>, <paramref name="a_Y"/>, <paramref name="b_X"/>, <paramref name="b_Y"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a_X">The point at which to differentiate: the argument <paramref name="a_X"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="a_Y">The point at which to differentiate: the argument <paramref name="a_Y"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="b_X">The point at which to differentiate: the argument <paramref name="b_X"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="b_Y">The point at which to differentiate: the argument <paramref name="b_Y"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double a_X, double a_Y, double b_X, double b_Y) __SpringLeavesGradient(double a_X, double a_Y, double b_X, double b_Y)
        {
            return __SpringLeavesValueAndGradient(a_X, a_Y, b_X, b_Y).gradient;
        }

        /// <summary>
        /// <c>Gradient</c> of <see cref="Spring(global::Demo.Vec2, global::Demo.Vec2)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__SpringLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (global::Demo.Vec2 a, global::Demo.Vec2 b) SpringGradient(global::Demo.Vec2 a, global::Demo.Vec2 b)
        {
            var result = __SpringLeavesGradient(a.X, a.Y, b.X, b.Y);
            return (new global::Demo.Vec2 { X = result.a_X, Y = result.a_Y }, new global::Demo.Vec2 { X = result.b_X, Y = result.b_Y });
        }
