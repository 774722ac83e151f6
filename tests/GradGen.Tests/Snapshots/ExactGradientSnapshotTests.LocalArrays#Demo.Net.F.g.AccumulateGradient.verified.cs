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
            double[] y = new double[0];
            double[,] m = new double[0, 0];
            int i = 0;
            int iterations = 0;
            double[] yAdjoint = new double[0];
            double[,] mAdjoint = new double[0, 0];
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            y = new double[x.Length];
            yAdjoint = new double[y.Length];
            m = new double[2, 2];
            mAdjoint = new double[m.GetLength(0), m.GetLength(1)];
            i = 0;
            iterations = 0;
            while (i < x.Length)
            {
                y[i] = x[i] * x[i];
                y[i] = y[i] * 2;
                i = i + 1;
                iterations++;
            }
            m[0, 1] = y[0];
            result = m[0, 1] * y[x.Length - 1];
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            mAdjoint[0, 1] += resultAdjoint * y[x.Length - 1];
            yAdjoint[x.Length - 1] += resultAdjoint * m[0, 1];
            double seed1 = mAdjoint[0, 1];
            mAdjoint[0, 1] = 0.0;
            yAdjoint[0] += seed1;
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                double seed2 = yAdjoint[i];
                yAdjoint[i] = 0.0;
                yAdjoint[i] += seed2 * 2;
                double seed3 = yAdjoint[i];
                yAdjoint[i] = 0.0;
                xGradient[i] += seed3 * x[i] + seed3 * x[i];
            }

            return value;
        }
