//HintName: Demo.Net.Gap.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="__GapLeaves(double, double, double)"/> with respect to <paramref name="a_X"/>, <paramref name="a_Y"/>, <paramref name="s"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="a_X">The point at which to differentiate: the argument <paramref name="a_X"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <param name="a_Y">The point at which to differentiate: the argument <paramref name="a_Y"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <param name="s">The point at which to differentiate: the argument <paramref name="s"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double a_X, double a_Y, double s) __GapLeavesGradient(double a_X, double a_Y, double s)
        {
            return __GapLeavesValueAndGradient(a_X, a_Y, s).gradient;
        }

        /// <summary>
        /// <c>Gradient</c> of <see cref="Gap(global::Demo.Vec2, double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__GapLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (global::Demo.Vec2 a, double s) GapGradient(global::Demo.Vec2 a, double s)
        {
            var result = __GapLeavesGradient(a.X, a.Y, s);
            return (new global::Demo.Vec2 { X = result.a_X, Y = result.a_Y }, result.s);
        }
