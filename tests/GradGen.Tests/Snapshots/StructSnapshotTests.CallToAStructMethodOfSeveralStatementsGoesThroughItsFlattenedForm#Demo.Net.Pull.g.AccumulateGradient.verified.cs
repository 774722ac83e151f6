//HintName: Demo.Net.Pull.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="__PullLeaves(double[], double[], double)"/> with respect to <paramref name="ps_X"/>, <paramref name="ps_Y"/>, <paramref name="t"/> to the adjoints given, which it does not clear: the step through a call to <see cref="__PullLeaves(double[], double[], double)"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>__PullLeavesGradient</c>, started from the seed instead of 1. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it). For generated code; call <c>__PullLeavesGradient</c> instead.
        /// </remarks>
        /// <param name="ps_X">The point at which to differentiate: the argument <paramref name="ps_X"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="ps_Y">The point at which to differentiate: the argument <paramref name="ps_Y"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="t">The point at which to differentiate: the argument <paramref name="t"/> of <see cref="__PullLeaves(double[], double[], double)"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="ps_XGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="ps_X"/>, element by element; must have its shape.</param>
        /// <param name="ps_YGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="ps_Y"/>, element by element; must have its shape.</param>
        /// <param name="tGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="t"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        private static double __PullLeavesAccumulateGradient(double[] ps_X, double[] ps_Y, double t, double seed, double[] ps_XGradient, double[] ps_YGradient, ref double tGradient)
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
            resultAdjoint = seed;
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

            tGradient += tAdjoint;
            return value;
        }
