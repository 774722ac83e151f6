//HintName: Demo.Net.Pull.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="__PullLeaves(double[], double[], double)"/> with respect to <paramref name="ps_X"/>, <paramref name="ps_Y"/>, <paramref name="t"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="ps_X">The point at which to differentiate: the argument <paramref name="ps_X"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="ps_Y">The point at which to differentiate: the argument <paramref name="ps_Y"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="t">The point at which to differentiate: the argument <paramref name="t"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static (double[] ps_X, double[] ps_Y, double t) __PullLeavesGradient(double[] ps_X, double[] ps_Y, double t)
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
            __PullLeavesGradient(ps_X, ps_Y, t, ps_XGradient, ps_YGradient, out tGradient);
            return (ps_XGradient, ps_YGradient, tGradient);
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="__PullLeaves(double[], double[], double)"/> with respect to <paramref name="ps_X"/>, <paramref name="ps_Y"/>, <paramref name="t"/>.
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
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static void __PullLeavesGradient(double[] ps_X, double[] ps_Y, double t, double[] ps_XGradient, double[] ps_YGradient, out double tGradient)
        {
            __PullLeavesValueAndGradient(ps_X, ps_Y, t, ps_XGradient, ps_YGradient, out tGradient);
        }

        /// <summary>
        /// <c>Gradient</c> of <see cref="Pull(global::Demo.Vec2[], double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__PullLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (global::Demo.Vec2[] ps, double t) PullGradient(global::Demo.Vec2[] ps, double t)
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
            var result = __PullLeavesGradient(ps_X, ps_Y, t);
            global::Demo.Vec2[] psGradient1 = new global::Demo.Vec2[result.ps_X.Length];
            for (int i01 = 0; i01 < result.ps_X.Length; i01++)
            {
                psGradient1[i01] = new global::Demo.Vec2 { X = result.ps_X[i01], Y = result.ps_Y[i01] };
            }
            return (psGradient1, result.t);
        }

        /// <summary>
        /// <c>Gradient</c> of <see cref="Pull(global::Demo.Vec2[], double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__PullLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void PullGradient(global::Demo.Vec2[] ps, double t, global::Demo.Vec2[] psGradient, out double tGradient)
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
            __PullLeavesGradient(ps_X, ps_Y, t, psGradient_X, psGradient_Y, out tGradient);
            for (int i01 = 0; i01 < psGradient_X.Length; i01++)
            {
                psGradient[i01] = new global::Demo.Vec2 { X = psGradient_X[i01], Y = psGradient_Y[i01] };
            }
        }
