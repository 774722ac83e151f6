//HintName: Demo.Net.Loss.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Loss(double[][], double[][])"/> with respect to <paramref name="w"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Loss(double[][], double[][])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>LossGradient</c>, started from the seed instead of 1. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it). For generated code; call <c>LossGradient</c> instead.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[][], double[][])"/>.</param>
        /// <param name="c">Passed to <see cref="Loss(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="wGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LossAccumulateGradient(double[][] w, double[][] c, double seed, double[][] wGradient)
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
            for (int row = 0; row < w.Length; row++)
            {
                if (w[row] is null)
                {
                    throw new global::System.ArgumentException("Every row of 'w' must be an array.", "w");
                }
                if (wGradient[row] is null || wGradient[row].Length != w[row].Length)
                {
                    throw new global::System.ArgumentException("The destination must have the same shape as 'w'.", "wGradient");
                }
                if (wGradient[row].Length != 0 && object.ReferenceEquals(wGradient[row], w[row]))
                {
                    throw new global::System.ArgumentException("The destination must share no row with 'w'.", "wGradient");
                }
            }
            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w' itself.", "wGradient");
            }

            if (c != null)
            {
                if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, c))
                {
                    throw new global::System.ArgumentException("The destination must not be 'c'.", "wGradient");
                }
                for (int row1 = 0; row1 < wGradient.Length; row1++)
                {
                    for (int otherRow = 0; otherRow < c.Length; otherRow++)
                    {
                        if (wGradient[row1].Length != 0 && object.ReferenceEquals(wGradient[row1], c[otherRow]))
                        {
                            throw new global::System.ArgumentException("The destination must share no row with 'c'.", "wGradient");
                        }
                    }
                }
            }

            double result = 0;
            double[][] h = new double[0][];
            int i = 0;
            int j = 0;
            double s = 0;
            int rowIndex = 0;
            double v = 0;
            int vIndex = 0;
            int iterations = 0;
            int iterations1 = 0;
            int iterations2 = 0;
            int iterations3 = 0;
            double[][] hAdjoint = new double[0][];
            double sAdjoint = 0;
            double vAdjoint = 0;
            double resultAdjoint = 0;
            long[] controlTape = gradGenControlTape_Loss ?? new long[64];
            gradGenControlTape_Loss = null;
            int controlTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            h = new double[w.Length][];
            hAdjoint = new double[h.Length][];
            i = 0;
            iterations1 = 0;
            while (i < w.Length)
            {
                if (controlTop + 2 > controlTape.Length)
                {
                    global::System.Array.Resize(ref controlTape, 2 * controlTape.Length);
                }
                if (h[i] != null)
                {
                    throw new global::System.InvalidOperationException("GradGen: a row of the local array 'h' was created a second time in one call; the exact derivatives need each row created once (or use the numeric derivatives).");
                }
                h[i] = new double[w[i].Length];
                hAdjoint[i] = new double[w[i].Length];
                controlTape[controlTop++] = j;
                j = 0;
                iterations = 0;
                while (j < w[i].Length)
                {
                    h[i][j] = w[i][j] * w[i][j];
                    j = j + 1;
                    iterations++;
                }
                controlTape[controlTop++] = iterations;
                i = i + 1;
                iterations1++;
            }
            s = 0;
            rowIndex = 0;
            iterations3 = 0;
            while (rowIndex < h.Length)
            {
                if (controlTop + 2 > controlTape.Length)
                {
                    global::System.Array.Resize(ref controlTape, 2 * controlTape.Length);
                }
                controlTape[controlTop++] = vIndex;
                vIndex = 0;
                iterations2 = 0;
                while (vIndex < h[rowIndex].Length)
                {
                    v = h[rowIndex][vIndex];
                    s = s + global::System.Math.Sin(v);
                    vIndex = vIndex + 1;
                    iterations2++;
                }
                controlTape[controlTop++] = iterations2;
                rowIndex = rowIndex + 1;
                iterations3++;
            }
            result = s + global::Demo.Net.Dot(h, c) + global::Demo.Net.Dot(c, c);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            sAdjoint = resultAdjoint;
            global::Demo.Net.DotAccumulateGradient(h, c, resultAdjoint, hAdjoint);
            for (; iterations3 > 0; iterations3--)
            {
                rowIndex = rowIndex - 1;
                for (iterations2 = (int)controlTape[--controlTop]; iterations2 > 0; iterations2--)
                {
                    vIndex = vIndex - 1;
                    v = h[rowIndex][vIndex];
                    vAdjoint = sAdjoint * global::System.Math.Cos(v);
                    hAdjoint[rowIndex][vIndex] += vAdjoint;
                }
                vIndex = (int)controlTape[--controlTop];
            }
            for (; iterations1 > 0; iterations1--)
            {
                i = i - 1;
                for (iterations = (int)controlTape[--controlTop]; iterations > 0; iterations--)
                {
                    j = j - 1;
                    double seed1 = hAdjoint[i][j];
                    hAdjoint[i][j] = 0.0;
                    wGradient[i][j] += seed1 * w[i][j] + seed1 * w[i][j];
                }
                j = (int)controlTape[--controlTop];
            }
            gradGenControlTape_Loss = controlTape.Length <= 1048576 ? controlTape : null;

            return value;
        }
