//HintName: Demo.Net.Spring.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="__SpringLeaves(double, double, double, double)"/> and its exact gradient with respect to <paramref name="a_X"/>, <paramref name="a_Y"/>, <paramref name="b_X"/>, <paramref name="b_Y"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a_X">The point at which to differentiate: the argument <paramref name="a_X"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="a_Y">The point at which to differentiate: the argument <paramref name="a_Y"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="b_X">The point at which to differentiate: the argument <paramref name="b_X"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <param name="b_Y">The point at which to differentiate: the argument <paramref name="b_Y"/> of <see cref="__SpringLeaves(double, double, double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>__SpringLeavesGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double value, (double a_X, double a_Y, double b_X, double b_Y) gradient) __SpringLeavesValueAndGradient(double a_X, double a_Y, double b_X, double b_Y)
        {
            double a_XGradient;
            double a_YGradient;
            double b_XGradient;
            double b_YGradient;
            double result = 0;
            double dx = 0;
            double dy = 0;
            double dxAdjoint = 0;
            double b_XAdjoint = 0;
            double b_YAdjoint = 0;
            double a_XAdjoint = 0;
            double a_YAdjoint = 0;
            double dyAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            dx = b_X - a_X;
            dy = b_Y - a_Y;
            result = dx * dx + dy * dy;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            dxAdjoint = resultAdjoint * dx;
            dxAdjoint += resultAdjoint * dx;
            dyAdjoint = resultAdjoint * dy;
            dyAdjoint += resultAdjoint * dy;
            b_YAdjoint = dyAdjoint;
            a_YAdjoint = -dyAdjoint;
            b_XAdjoint = dxAdjoint;
            a_XAdjoint = -dxAdjoint;

            a_XGradient = a_XAdjoint;
            a_YGradient = a_YAdjoint;
            b_XGradient = b_XAdjoint;
            b_YGradient = b_YAdjoint;
            return (value, (a_XGradient, a_YGradient, b_XGradient, b_YGradient));
        }

        /// <summary>
        /// <c>ValueAndGradient</c> of <see cref="Spring(global::Demo.Vec2, global::Demo.Vec2)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__SpringLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (global::Demo.Vec2 a, global::Demo.Vec2 b) gradient) SpringValueAndGradient(global::Demo.Vec2 a, global::Demo.Vec2 b)
        {
            var result = __SpringLeavesValueAndGradient(a.X, a.Y, b.X, b.Y);
            return (result.value, (new global::Demo.Vec2 { X = result.gradient.a_X, Y = result.gradient.a_Y }, new global::Demo.Vec2 { X = result.gradient.b_X, Y = result.gradient.b_Y }));
        }
