//HintName: Demo.Net.Dot.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Dot(double[][], double[][])"/> with respect to <paramref name="a"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Dot(double[][], double[][])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>DotGradient</c>, started from the seed instead of 1. For generated code; call <c>DotGradient</c> instead.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[][], double[][])"/>.</param>
        /// <param name="b">Passed to <see cref="Dot(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="aGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotAccumulateGradient(double[][] a, double[][] b, double seed, double[][] aGradient)
        {
            if (a is null)
            {
                throw new global::System.ArgumentNullException("a");
            }
            if (aGradient is null)
            {
                throw new global::System.ArgumentNullException("aGradient");
            }
            if (aGradient.Length != a.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'a'.", "aGradient");
            }
            for (int row = 0; row < a.Length; row++)
            {
                if (a[row] is null)
                {
                    throw new global::System.ArgumentException("Every row of 'a' must be an array.", "a");
                }
                if (aGradient[row] is null || aGradient[row].Length != a[row].Length)
                {
                    throw new global::System.ArgumentException("The destination must have the same shape as 'a'.", "aGradient");
                }
                if (aGradient[row].Length != 0 && object.ReferenceEquals(aGradient[row], a[row]))
                {
                    throw new global::System.ArgumentException("The destination must share no row with 'a'.", "aGradient");
                }
            }
            if (aGradient.Length != 0 && object.ReferenceEquals(aGradient, a))
            {
                throw new global::System.ArgumentException("The destination must not be 'a' itself.", "aGradient");
            }

            if (b != null)
            {
                if (aGradient.Length != 0 && object.ReferenceEquals(aGradient, b))
                {
                    throw new global::System.ArgumentException("The destination must not be 'b'.", "aGradient");
                }
                for (int row1 = 0; row1 < aGradient.Length; row1++)
                {
                    for (int otherRow = 0; otherRow < b.Length; otherRow++)
                    {
                        if (aGradient[row1].Length != 0 && object.ReferenceEquals(aGradient[row1], b[otherRow]))
                        {
                            throw new global::System.ArgumentException("The destination must share no row with 'b'.", "aGradient");
                        }
                    }
                }
            }

            double result = 0;
            double s = 0;
            int i = 0;
            int j = 0;
            int iterations = 0;
            int iterations1 = 0;
            double sAdjoint = 0;
            double resultAdjoint = 0;
            long[] controlTape = gradGenControlTape_Dot ?? new long[64];
            gradGenControlTape_Dot = null;
            int controlTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            i = 0;
            iterations1 = 0;
            while (i < a.Length)
            {
                if (controlTop + 2 > controlTape.Length)
                {
                    global::System.Array.Resize(ref controlTape, 2 * controlTape.Length);
                }
                controlTape[controlTop++] = j;
                j = 0;
                iterations = 0;
                while (j < a[i].Length)
                {
                    s = s + a[i][j] * b[i][j];
                    j = j + 1;
                    iterations++;
                }
                controlTape[controlTop++] = iterations;
                i = i + 1;
                iterations1++;
            }
            result = s;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            sAdjoint = resultAdjoint;
            for (; iterations1 > 0; iterations1--)
            {
                i = i - 1;
                for (iterations = (int)controlTape[--controlTop]; iterations > 0; iterations--)
                {
                    j = j - 1;
                    aGradient[i][j] += sAdjoint * b[i][j];
                }
                j = (int)controlTape[--controlTop];
            }
            gradGenControlTape_Dot = controlTape.Length <= 1048576 ? controlTape : null;

            return value;
        }
