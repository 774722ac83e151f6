//HintName: Demo.Net.Pull.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="__PullLeaves(double[], double[], double)"/> and its exact gradient with respect to <paramref name="ps_X"/>, <paramref name="ps_Y"/>, <paramref name="t"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="ps_X">The point at which to differentiate: the argument <paramref name="ps_X"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="ps_Y">The point at which to differentiate: the argument <paramref name="ps_Y"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="t">The point at which to differentiate: the argument <paramref name="t"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>__PullLeavesGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double value, (double[] ps_X, double[] ps_Y, double t) gradient) __PullLeavesValueAndGradient(double[] ps_X, double[] ps_Y, double t)
        {
            if (ps_X is null)
            {
                throw new global::System.ArgumentNullException("ps_X");
            }
            if (ps_Y is null)
            {
                throw new global::System.ArgumentNullException("ps_Y");
            }

            double[] ps_XGradient = new double[ps_X.Length];
            double[] ps_YGradient = new double[ps_Y.Length];
            double tGradient;
            return (__PullLeavesValueAndGradient(ps_X, ps_Y, t, ps_XGradient, ps_YGradient, out tGradient), (ps_XGradient, ps_YGradient, tGradient));
        }

        /// <summary>
        /// Computes the value of <see cref="__PullLeaves(double[], double[], double)"/> and its exact gradient with respect to <paramref name="ps_X"/>, <paramref name="ps_Y"/>, <paramref name="t"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="ps_X">The point at which to differentiate: the argument <paramref name="ps_X"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="ps_Y">The point at which to differentiate: the argument <paramref name="ps_Y"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="t">The point at which to differentiate: the argument <paramref name="t"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="ps_XGradient">Receives the derivative with respect to <paramref name="ps_X"/>, element by element; must have its shape.</param>
        /// <param name="ps_YGradient">Receives the derivative with respect to <paramref name="ps_Y"/>, element by element; must have its shape.</param>
        /// <param name="tGradient">Receives the derivative with respect to <paramref name="t"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static double __PullLeavesValueAndGradient(double[] ps_X, double[] ps_Y, double t, double[] ps_XGradient, double[] ps_YGradient, out double tGradient)
        {
            if (ps_X is null)
            {
                throw new global::System.ArgumentNullException("ps_X");
            }
            if (ps_XGradient is null)
            {
                throw new global::System.ArgumentNullException("ps_XGradient");
            }
            if (ps_XGradient.Length != ps_X.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'ps_X'.", "ps_XGradient");
            }
            if (ps_XGradient.Length != 0 && object.ReferenceEquals(ps_XGradient, ps_X))
            {
                throw new global::System.ArgumentException("The destination must not be 'ps_X' itself.", "ps_XGradient");
            }
            if (ps_Y is null)
            {
                throw new global::System.ArgumentNullException("ps_Y");
            }
            if (ps_YGradient is null)
            {
                throw new global::System.ArgumentNullException("ps_YGradient");
            }
            if (ps_YGradient.Length != ps_Y.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'ps_Y'.", "ps_YGradient");
            }
            if (ps_YGradient.Length != 0 && object.ReferenceEquals(ps_YGradient, ps_Y))
            {
                throw new global::System.ArgumentException("The destination must not be 'ps_Y' itself.", "ps_YGradient");
            }

            if (ps_XGradient.Length != 0 && object.ReferenceEquals(ps_XGradient, ps_Y))
            {
                throw new global::System.ArgumentException("The destination must not be 'ps_Y'.", "ps_XGradient");
            }
            if (ps_YGradient.Length != 0 && object.ReferenceEquals(ps_YGradient, ps_X))
            {
                throw new global::System.ArgumentException("The destination must not be 'ps_X'.", "ps_YGradient");
            }
            if (ps_YGradient.Length != 0 && object.ReferenceEquals(ps_YGradient, ps_XGradient))
            {
                throw new global::System.ArgumentException("The destination must not be 'ps_XGradient'.", "ps_YGradient");
            }

            global::System.Array.Clear(ps_XGradient, 0, ps_XGradient.Length);
            global::System.Array.Clear(ps_YGradient, 0, ps_YGradient.Length);
            double result = 0;
            double anchor_X = 0;
            double anchor_Y = 0;
            double anchor_XAdjoint = 0;
            double anchor_YAdjoint = 0;
            double tAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            anchor_X = t;
            anchor_Y = 2 * t;
            result = global::Demo.Net.__SpringLeaves(ps_X[0], ps_Y[0], anchor_X, anchor_Y) + global::Demo.Net.__SpringLeaves(anchor_X, anchor_Y, ps_X[1], ps_Y[1]);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            var partials = global::Demo.Net.__SpringLeavesGradient(ps_X[0], ps_Y[0], anchor_X, anchor_Y);
            anchor_XAdjoint = resultAdjoint * partials.b_X;
            anchor_YAdjoint = resultAdjoint * partials.b_Y;
            var partials1 = global::Demo.Net.__SpringLeavesGradient(anchor_X, anchor_Y, ps_X[1], ps_Y[1]);
            anchor_XAdjoint += resultAdjoint * partials1.a_X;
            anchor_YAdjoint += resultAdjoint * partials1.a_Y;
            ps_XGradient[0] += resultAdjoint * partials.a_X;
            ps_YGradient[0] += resultAdjoint * partials.a_Y;
            ps_XGradient[1] += resultAdjoint * partials1.b_X;
            ps_YGradient[1] += resultAdjoint * partials1.b_Y;
            tAdjoint = anchor_YAdjoint * 2;
            tAdjoint += anchor_XAdjoint;

            tGradient = tAdjoint;
            return value;
        }

        /// <summary>
        /// <c>ValueAndGradient</c> of <see cref="Pull(global::Demo.Vec2[], double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__PullLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (global::Demo.Vec2[] ps, double t) gradient) PullValueAndGradient(global::Demo.Vec2[] ps, double t)
        {
            if (ps is null)
            {
                throw new global::System.ArgumentNullException("ps");
            }
            double[] ps_X = new double[ps.Length];
            double[] ps_Y = new double[ps.Length];
            for (int i0 = 0; i0 < ps.Length; i0++)
            {
                ps_X[i0] = ps[i0].X;
                ps_Y[i0] = ps[i0].Y;
            }
            var result = __PullLeavesValueAndGradient(ps_X, ps_Y, t);
            global::Demo.Vec2[] psGradient1 = new global::Demo.Vec2[result.gradient.ps_X.Length];
            for (int i01 = 0; i01 < result.gradient.ps_X.Length; i01++)
            {
                psGradient1[i01] = new global::Demo.Vec2 { X = result.gradient.ps_X[i01], Y = result.gradient.ps_Y[i01] };
            }
            return (result.value, (psGradient1, result.gradient.t));
        }

        /// <summary>
        /// <c>ValueAndGradient</c> of <see cref="Pull(global::Demo.Vec2[], double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__PullLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double PullValueAndGradient(global::Demo.Vec2[] ps, double t, global::Demo.Vec2[] psGradient, out double tGradient)
        {
            if (ps is null)
            {
                throw new global::System.ArgumentNullException("ps");
            }
            double[] ps_X = new double[ps.Length];
            double[] ps_Y = new double[ps.Length];
            for (int i0 = 0; i0 < ps.Length; i0++)
            {
                ps_X[i0] = ps[i0].X;
                ps_Y[i0] = ps[i0].Y;
            }
            if (ps is null)
            {
                throw new global::System.ArgumentNullException("ps");
            }
            if (psGradient is null)
            {
                throw new global::System.ArgumentNullException("psGradient");
            }
            if (psGradient.Length != ps.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'ps'.", "psGradient");
            }
            double[] psGradient_X = new double[ps.Length];
            double[] psGradient_Y = new double[ps.Length];
            var result = __PullLeavesValueAndGradient(ps_X, ps_Y, t, psGradient_X, psGradient_Y, out tGradient);
            for (int i01 = 0; i01 < psGradient_X.Length; i01++)
            {
                psGradient[i01] = new global::Demo.Vec2 { X = psGradient_X[i01], Y = psGradient_Y[i01] };
            }
            return result;
        }
