//HintName: Demo.Net.Loss.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Loss(double[], double[], int)"/> with respect to <paramref name="w"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Loss(double[], double[], int)"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>LossGradient</c>, started from the seed instead of 1. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it). For generated code; call <c>LossGradient</c> instead.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], int)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="wGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LossAccumulateGradient(double[] w, double[] x, int label, double seed, double[] wGradient)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (wGradient is null)
            {
                throw new global::System.ArgumentNullException("wGradient");
            }
            if (wGradient.Length != w.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'w'.", "wGradient");
            }
            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w' itself.", "wGradient");
            }

            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, x))
            {
                throw new global::System.ArgumentException("The destination must not be 'x'.", "wGradient");
            }

            double result = 0;
            double[] z = new double[0];
            int j = 0;
            double a = 0;
            int i = 0;
            int iterations = 0;
            int iterations1 = 0;
            double[] zAdjoint = new double[0];
            double aAdjoint = 0;
            double resultAdjoint = 0;
            long[] controlTape = gradGenControlTape_Loss ?? new long[64];
            gradGenControlTape_Loss = null;
            int controlTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            z = new double[3];
            zAdjoint = new double[z.Length];
            j = 0;
            iterations1 = 0;
            while (j < 3)
            {
                if (controlTop + 2 > controlTape.Length)
                {
                    global::System.Array.Resize(ref controlTape, 2 * controlTape.Length);
                }
                a = 0;
                controlTape[controlTop++] = i;
                i = 0;
                iterations = 0;
                while (i < x.Length)
                {
                    a = a + x[i] * w[i * 3 + j];
                    i = i + 1;
                    iterations++;
                }
                controlTape[controlTop++] = iterations;
                z[j] = a;
                j = j + 1;
                iterations1++;
            }
            result = global::Demo.Net.LogSumExp(z) - z[label];
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            global::Demo.Net.LogSumExpAccumulateGradient(z, resultAdjoint, zAdjoint);
            zAdjoint[label] += -resultAdjoint;
            for (; iterations1 > 0; iterations1--)
            {
                j = j - 1;
                double seed1 = zAdjoint[j];
                zAdjoint[j] = 0.0;
                aAdjoint = seed1;
                for (iterations = (int)controlTape[--controlTop]; iterations > 0; iterations--)
                {
                    i = i - 1;
                    wGradient[i * 3 + j] += aAdjoint * x[i];
                }
                i = (int)controlTape[--controlTop];
            }
            gradGenControlTape_Loss = controlTape.Length <= 1048576 ? controlTape : null;

            return value;
        }
