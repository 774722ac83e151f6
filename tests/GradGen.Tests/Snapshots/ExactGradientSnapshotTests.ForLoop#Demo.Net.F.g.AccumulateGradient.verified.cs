//HintName: Demo.Net.F.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="F(double[])"/> with respect to <paramref name="x"/> to the adjoints given, which it does not clear: the step through a call to <see cref="F(double[])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>FGradient</c>, started from the seed instead of 1. For generated code; call <c>FGradient</c> instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="xGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FAccumulateGradient(double[] x, double seed, double[] xGradient)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (xGradient is null)
            {
                throw new global::System.ArgumentNullException("xGradient");
            }
            if (xGradient.Length != x.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'x'.", "xGradient");
            }
            if (xGradient.Length != 0 && object.ReferenceEquals(xGradient, x))
            {
                throw new global::System.ArgumentException("The destination must not be 'x' itself.", "xGradient");
            }

            double result = 0;
            double s = 0;
            int i = 0;
            double sAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            i = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = seed;
            sAdjoint = resultAdjoint;
            while (i < x.Length)
            {
                s = s + x[i] * x[i];
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                xGradient[i] += sAdjoint * x[i] + sAdjoint * x[i];
                i = i + 1;
            }
            result = s;
            double value = result;

            return value;
        }
