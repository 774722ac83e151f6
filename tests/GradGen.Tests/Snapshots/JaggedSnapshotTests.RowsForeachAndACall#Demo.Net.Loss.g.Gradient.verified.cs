//HintName: Demo.Net.Loss.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Loss(double[][], double[][])"/> with respect to <paramref name="w"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[][], double[][])"/>.</param>
        /// <param name="c">Passed to <see cref="Loss(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <returns>A new array of the shape of <paramref name="w"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[][] LossGradient(double[][] w, double[][] c)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }

            double[][] wGradient = global::System.Array.ConvertAll(w, row => new double[row.Length]);
            LossGradient(w, c, wGradient);
            return wGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Loss(double[][], double[][])"/> with respect to <paramref name="w"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double[][], double[][])"/>.</param>
        /// <param name="c">Passed to <see cref="Loss(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void LossGradient(double[][] w, double[][] c, double[][] wGradient)
        {
            LossValueAndGradient(w, c, wGradient);
        }

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static long[]? gradGenControlTape_Loss;

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static long[]? gradGenControlTape_LossAccumulateHessianVectorProduct;
