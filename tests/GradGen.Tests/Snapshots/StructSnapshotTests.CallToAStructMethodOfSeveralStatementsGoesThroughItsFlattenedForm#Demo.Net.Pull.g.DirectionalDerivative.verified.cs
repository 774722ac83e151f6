//HintName: Demo.Net.Pull.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="__PullLeaves(double[], double[], double)"/> at a point along a direction: d/dt __PullLeaves(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="ps_X">The point at which to differentiate: the argument <paramref name="ps_X"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="ps_Y">The point at which to differentiate: the argument <paramref name="ps_Y"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="t">The point at which to differentiate: the argument <paramref name="t"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="ps_XTangent">The direction's component along <paramref name="ps_X"/>, of its shape.</param>
        /// <param name="ps_YTangent">The direction's component along <paramref name="ps_Y"/>, of its shape.</param>
        /// <param name="tTangent">The direction's component along <paramref name="t"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static double __PullLeavesDirectionalDerivative(double[] ps_X, double[] ps_Y, double t, double[] ps_XTangent, double[] ps_YTangent, double tTangent)
        {
            if (ps_X is null)
            {
                throw new global::System.ArgumentNullException("ps_X");
            }
            if (ps_XTangent is null)
            {
                throw new global::System.ArgumentNullException("ps_XTangent");
            }
            if (ps_XTangent.Length != ps_X.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'ps_X'.", "ps_XTangent");
            }
            if (ps_Y is null)
            {
                throw new global::System.ArgumentNullException("ps_Y");
            }
            if (ps_YTangent is null)
            {
                throw new global::System.ArgumentNullException("ps_YTangent");
            }
            if (ps_YTangent.Length != ps_Y.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'ps_Y'.", "ps_YTangent");
            }

            double anchor_X = 0;
            double anchor_XTangent = 0;
            double anchor_Y = 0;
            double anchor_YTangent = 0;

            anchor_XTangent = tTangent;
            anchor_X = t;
            anchor_YTangent = 2 * tTangent;
            anchor_Y = 2 * t;
            return global::Demo.Net.__SpringLeavesDirectionalDerivative(ps_X[0], ps_Y[0], anchor_X, anchor_Y, ps_XTangent[0], ps_YTangent[0], anchor_XTangent, anchor_YTangent) + global::Demo.Net.__SpringLeavesDirectionalDerivative(anchor_X, anchor_Y, ps_X[1], ps_Y[1], anchor_XTangent, anchor_YTangent, ps_XTangent[1], ps_YTangent[1]);
        }

        /// <summary>
        /// <c>DirectionalDerivative</c> of <see cref="Pull(global::Demo.Vec2[], double)"/>, with its structs as structs: the derivative with respect to a struct (or an array of
        /// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a
        /// floating-point number; a direction is a struct too.
        /// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>__PullLeaves</c> and copies the results back.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double PullDirectionalDerivative(global::Demo.Vec2[] ps, double t, global::Demo.Vec2[] psTangent, double tTangent)
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
            if (psTangent is null)
            {
                throw new global::System.ArgumentNullException("psTangent");
            }
            double[] ps_X1 = new double[psTangent.Length];
            double[] ps_Y1 = new double[psTangent.Length];
            for (int i01 = 0; i01 < psTangent.Length; i01++)
            {
                ps_X1[i01] = psTangent[i01].X;
                ps_Y1[i01] = psTangent[i01].Y;
            }
            var result = __PullLeavesDirectionalDerivative(ps_X, ps_Y, t, ps_X1, ps_Y1, tTangent);
            return result;
        }
