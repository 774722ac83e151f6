//HintName: Demo.Net.Dot.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Dot(double[][], double[][])"/> and its exact gradient with respect to <paramref name="a"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[][], double[][])"/>.</param>
        /// <param name="b">Passed to <see cref="Dot(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>DotGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[][] gradient) DotValueAndGradient(double[][] a, double[][] b)
        {
            if (a is null)
            {
                throw new global::System.ArgumentNullException("a");
            }

            double[][] aGradient = global::System.Array.ConvertAll(a, row1 => new double[row1.Length]);
            return (DotValueAndGradient(a, b, aGradient), aGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="Dot(double[][], double[][])"/> and its exact gradient with respect to <paramref name="a"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[][], double[][])"/>.</param>
        /// <param name="b">Passed to <see cref="Dot(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <param name="aGradient">Receives the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotValueAndGradient(double[][] a, double[][] b, double[][] aGradient)
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
            for (int row2 = 0; row2 < a.Length; row2++)
            {
                if (a[row2] is null)
                {
                    throw new global::System.ArgumentException("Every row of 'a' must be an array.", "a");
                }
                if (aGradient[row2] is null || aGradient[row2].Length != a[row2].Length)
                {
                    throw new global::System.ArgumentException("The destination must have the same shape as 'a'.", "aGradient");
                }
                if (aGradient[row2].Length != 0 && object.ReferenceEquals(aGradient[row2], a[row2]))
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
                for (int row3 = 0; row3 < aGradient.Length; row3++)
                {
                    for (int otherRow = 0; otherRow < b.Length; otherRow++)
                    {
                        if (aGradient[row3].Length != 0 && object.ReferenceEquals(aGradient[row3], b[otherRow]))
                        {
                            throw new global::System.ArgumentException("The destination must share no row with 'b'.", "aGradient");
                        }
                    }
                }
            }

            foreach (double[] row4 in aGradient)
            {
                global::System.Array.Clear(row4, 0, row4.Length);
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
            resultAdjoint = 1.0;
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
