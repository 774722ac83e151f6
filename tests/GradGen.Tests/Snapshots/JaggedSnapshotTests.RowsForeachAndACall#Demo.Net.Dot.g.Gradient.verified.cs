//HintName: Demo.Net.Dot.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Dot(double[][], double[][])"/> with respect to <paramref name="a"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[][], double[][])"/>.</param>
        /// <param name="b">Passed to <see cref="Dot(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <returns>A new array of the shape of <paramref name="a"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[][] DotGradient(double[][] a, double[][] b)
        {
            if (a is null)
            {
                throw new global::System.ArgumentNullException("a");
            }

            double[][] aGradient = global::System.Array.ConvertAll(a, row => new double[row.Length]);
            DotGradient(a, b, aGradient);
            return aGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Dot(double[][], double[][])"/> with respect to <paramref name="a"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[][], double[][])"/>.</param>
        /// <param name="b">Passed to <see cref="Dot(double[][], double[][])"/> unchanged; not differentiated.</param>
        /// <param name="aGradient">Receives the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void DotGradient(double[][] a, double[][] b, double[][] aGradient)
        {
            DotValueAndGradient(a, b, aGradient);
        }

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static long[]? gradGenControlTape_Dot;

        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static long[]? gradGenControlTape_DotAccumulateHessianVectorProduct;
