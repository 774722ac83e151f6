//HintName: Demo.Net.F.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="F(double[])"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns>A new array of the shape of <paramref name="x"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] FGradient(double[] x)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            double[] xGradient = new double[x.Length];
            FGradient(x, xGradient);
            return xGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="F(double[])"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FGradient(double[] x, double[] xGradient)
        {
            FValueAndGradient(x, xGradient);
        }

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static long[]? gradGenControlTape_F;

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static long[]? gradGenControlTape_FAccumulateHessianVectorProduct;
