//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double[,], double[], double[,,])"/> and its exact gradient with respect to <paramref name="w"/>, <paramref name="c"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="x">Passed to <see cref="F(double[,], double[], double[,,])"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double[,] w, double[,,] c) gradient) FValueAndGradient(double[,] w, double[] x, double[,,] c)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (c is null)
            {
                throw new global::System.ArgumentNullException("c");
            }

            double[,] wGradient = new double[w.GetLength(0), w.GetLength(1)];
            double[,,] cGradient = new double[c.GetLength(0), c.GetLength(1), c.GetLength(2)];
            return (FValueAndGradient(w, x, c, wGradient, cGradient), (wGradient, cGradient));
        }

        /// <summary>
        /// Computes the value of <see cref="F(double[,], double[], double[,,])"/> and its exact gradient with respect to <paramref name="w"/>, <paramref name="c"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="x">Passed to <see cref="F(double[,], double[], double[,,])"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="cGradient">Receives the derivative with respect to <paramref name="c"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FValueAndGradient(double[,] w, double[] x, double[,,] c, double[,] wGradient, double[,,] cGradient)
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

            global::System.Array.Clear(wGradient, 0, wGradient.Length);
            global::System.Array.Clear(cGradient, 0, cGradient.Length);
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
            resultAdjoint = 1.0;
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
                    double seed = sAdjoint * c[i, jStep, 0];
                    wGradient[i, jStep] += seed * x[jStep];
                    cGradient[i, jStep, 0] += sAdjoint * (w[i, jStep] * x[jStep]);
                }
                i = i + 1;
            }
            result = s;
            double value = result;

            return value;
        }
