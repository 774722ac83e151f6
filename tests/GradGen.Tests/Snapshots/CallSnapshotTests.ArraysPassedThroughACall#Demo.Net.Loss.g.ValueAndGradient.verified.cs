//HintName: Demo.Net.Loss.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Loss(double[], double[], int)"/> and its exact gradient with respect to <paramref name="w"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], int)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>LossGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[] gradient) LossValueAndGradient(double[] w, double[] x, int label)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }

            double[] wGradient = new double[w.Length];
            return (LossValueAndGradient(w, x, label, wGradient), wGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="Loss(double[], double[], int)"/> and its exact gradient with respect to <paramref name="w"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[], double[], int)"/>.</param>
        /// <param name="x">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LossValueAndGradient(double[] w, double[] x, int label, double[] wGradient)
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

            global::System.Array.Clear(wGradient, 0, wGradient.Length);
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
            resultAdjoint = 1.0;
            global::Demo.Net.LogSumExpAccumulateGradient(z, resultAdjoint, zAdjoint);
            zAdjoint[label] += -resultAdjoint;
            for (; iterations1 > 0; iterations1--)
            {
                j = j - 1;
                double seed = zAdjoint[j];
                zAdjoint[j] = 0.0;
                aAdjoint = seed;
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
