//HintName: Demo.Net.LogSumExp.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="LogSumExp(double[])"/> with respect to <paramref name="z"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="LogSumExp(double[])"/>.</param>
        /// <returns>A new array of the shape of <paramref name="z"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] LogSumExpGradient(double[] z)
        {
            if (z is null)
            {
                throw new global::System.ArgumentNullException("z");
            }

            double[] zGradient = new double[z.Length];
            LogSumExpGradient(z, zGradient);
            return zGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="LogSumExp(double[])"/> with respect to <paramref name="z"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="LogSumExp(double[])"/>.</param>
        /// <param name="zGradient">Receives the derivative with respect to <paramref name="z"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void LogSumExpGradient(double[] z, double[] zGradient)
        {
            LogSumExpValueAndGradient(z, zGradient);
        }

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static double[]? gradGenValueTape_LogSumExp;

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static double[]? gradGenValueTape_LogSumExpAccumulateHessianVectorProduct;
