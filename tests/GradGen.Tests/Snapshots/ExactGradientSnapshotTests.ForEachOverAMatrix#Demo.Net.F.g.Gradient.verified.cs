//HintName: Demo.Net.F.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="F(double[,])"/> with respect to <paramref name="m"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="m">The point at which to differentiate: the argument <paramref name="m"/> of <see cref="F(double[,])"/>.</param>
        /// <returns>A new array of the shape of <paramref name="m"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[,] FGradient(double[,] m)
        {
            if (m is null)
            {
                throw new global::System.ArgumentNullException("m");
            }

            double[,] mGradient = new double[m.GetLength(0), m.GetLength(1)];
            FGradient(m, mGradient);
            return mGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="F(double[,])"/> with respect to <paramref name="m"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="m">The point at which to differentiate: the argument <paramref name="m"/> of <see cref="F(double[,])"/>.</param>
        /// <param name="mGradient">Receives the derivative with respect to <paramref name="m"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FGradient(double[,] m, double[,] mGradient)
        {
            FValueAndGradient(m, mGradient);
        }
