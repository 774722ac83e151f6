//HintName: Demo.Net.F.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="F(double[,], double[], double[,,])"/> with respect to <paramref name="w"/>, <paramref name="c"/> to the adjoints given, which it does not clear: the step through a call to <see cref="F(double[,], double[], double[,,])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>FGradient</c>, started from the seed instead of 1. For generated code; call <c>FGradient</c> instead.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="x">Passed to <see cref="F(double[,], double[], double[,,])"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="wGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="cGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="c"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FAccumulateGradient(double[,] w, double[] x, double[,,] c, double seed, double[,] wGradient, double[,,] cGradient)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (wGradient is null)
            {
                throw new global::System.ArgumentNullException("wGradient");
            }
            if (wGradient.GetLength(0) != w.GetLength(0) || wGradient.GetLength(1) != w.GetLength(1))
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'w'.", "wGradient");
            }
            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w' itself.", "wGradient");
            }
            if (c is null)
            {
                throw new global::System.ArgumentNullException("c");
            }
            if (cGradient is null)
            {
                throw new global::System.ArgumentNullException("cGradient");
            }
            if (cGradient.GetLength(0) != c.GetLength(0) || cGradient.GetLength(1) != c.GetLength(1) || cGradient.GetLength(2) != c.GetLength(2))
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'c'.", "cGradient");
            }
            if (cGradient.Length != 0 && object.ReferenceEquals(cGradient, c))
            {
                throw new global::System.ArgumentException("The destination must not be 'c' itself.", "cGradient");
            }

            double result = 0;
            double s = 0;
            int i = 0;
            int j = 0;
            int iterations = 0;
            double sAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            i = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = seed;
            sAdjoint = resultAdjoint;
            while (i < w.GetLength(0))
            {
                j = 0;
                iterations = 0;
                while (j < w.GetLength(1))
                {
                    s = s + w[i, j] * x[j] * c[i, j, 0];
                    j = j + 1;
                    iterations++;
                }
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                int iterationsStep = iterations;
                int jStep = j;
                for (iterationsStep = (int)iterations; iterationsStep > 0; iterationsStep--)
                {
                    jStep = jStep - 1;
                    double seed1 = sAdjoint * c[i, jStep, 0];
                    wGradient[i, jStep] += seed1 * x[jStep];
                    cGradient[i, jStep, 0] += sAdjoint * (w[i, jStep] * x[jStep]);
                }
                i = i + 1;
            }
            result = s;
            double value = result;

            return value;
        }
