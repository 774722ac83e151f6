//HintName: Demo.Net.F.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="F(double[,], double[], double[,,])"/> with respect to <paramref name="w"/>, <paramref name="c"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="x">Passed to <see cref="F(double[,], double[], double[,,])"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double[,] w, double[,,] c) FGradient(double[,] w, double[] x, double[,,] c)
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
            FGradient(w, x, c, wGradient, cGradient);
            return (wGradient, cGradient);
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="F(double[,], double[], double[,,])"/> with respect to <paramref name="w"/>, <paramref name="c"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="x">Passed to <see cref="F(double[,], double[], double[,,])"/> unchanged; not differentiated.</param>
        /// <param name="c">The point at which to differentiate: the argument <paramref name="c"/> of <see cref="F(double[,], double[], double[,,])"/>.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="cGradient">Receives the derivative with respect to <paramref name="c"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FGradient(double[,] w, double[] x, double[,,] c, double[,] wGradient, double[,,] cGradient)
        {
            FValueAndGradient(w, x, c, wGradient, cGradient);
        }
