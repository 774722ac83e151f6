//HintName: Demo.Net.Halves.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="c">Passed to <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> unchanged; not differentiated.</param>
        /// <returns>A new array of the shape of <paramref name="x"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] HalvesGradient(global::System.ReadOnlySpan<double> x, global::System.ReadOnlySpan<double> c)
        {

            double[] xGradient = new double[x.Length];
            HalvesGradient(x, c, xGradient);
            return xGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="c">Passed to <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> unchanged; not differentiated.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void HalvesGradient(global::System.ReadOnlySpan<double> x, global::System.ReadOnlySpan<double> c, global::System.Span<double> xGradient)
        {
            HalvesValueAndGradient(x, c, xGradient);
        }
