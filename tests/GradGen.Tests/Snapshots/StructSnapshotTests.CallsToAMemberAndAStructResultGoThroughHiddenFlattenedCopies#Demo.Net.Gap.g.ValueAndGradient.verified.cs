//HintName: Demo.Net.Gap.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="__GapLeaves(double, double, double)"/> and its exact gradient with respect to <paramref name="a_X"/>, <paramref name="a_Y"/>, <paramref name="s"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="a_X">The point at which to differentiate: the argument <paramref name="a_X"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <param name="a_Y">The point at which to differentiate: the argument <paramref name="a_Y"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <param name="s">The point at which to differentiate: the argument <paramref name="s"/> of <see cref="__GapLeaves(double, double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>__GapLeavesGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double value, (double a_X, double a_Y, double s) gradient) __GapLeavesValueAndGradient(double a_X, double a_Y, double s)
        {
            double a_XGradient;
            double a_YGradient;
            double sGradient;
            double result = 0;
            double a_XAdjoint = 0;
            double a_YAdjoint = 0;
            double sAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::Demo.Net.GradGenHelper_DistanceTo_d4103107(a_X, a_Y, global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_X(a_X, a_Y, s), global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_Y(a_X, a_Y, s));
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            var partials = global::Demo.Net.GradGenHelper_DistanceTo_d4103107Gradient(a_X, a_Y, global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_X(a_X, a_Y, s), global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_Y(a_X, a_Y, s));
            a_XAdjoint = resultAdjoint * partials.self_X;
            a_YAdjoint = resultAdjoint * partials.self_Y;
            double seed = resultAdjoint * partials.other_X;
            var partials1 = global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_XGradient(a_X, a_Y, s);
            a_XAdjoint += seed * partials1.p_X;
            a_YAdjoint += seed * partials1.p_Y;
            sAdjoint = seed * partials1.s;
            double seed1 = resultAdjoint * partials.other_Y;
            var partials2 = global::Demo.Net.GradGenHelper_Scale_b9ee6d7d_YGradient(a_X, a_Y, s);
            a_XAdjoint += seed1 * partials2.p_X;
            a_YAdjoint += seed1 * partials2.p_Y;
            sAdjoint += seed1 * partials2.s;

            a_XGradient = a_XAdjoint;
            a_YGradient = a_YAdjoint;
            sGradient = sAdjoint;
            return (value, (a_XGradient, a_YGradient, sGradient));
        }

        /// <summary>
        /// <c>ValueAndGradient</c> of <see cref="Gap(global::Demo.Vec2, double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__GapLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (global::Demo.Vec2 a, double s) gradient) GapValueAndGradient(global::Demo.Vec2 a, double s)
        {
            var result = __GapLeavesValueAndGradient(a.X, a.Y, s);
            return (result.value, (new global::Demo.Vec2 { X = result.gradient.a_X, Y = result.gradient.a_Y }, result.gradient.s));
        }
