//HintName: Demo.Net.Dot.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> with respect to <paramref name="a"/>, <paramref name="b"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double[] a, double[] b) DotGradient(global::System.ReadOnlySpan<double> a, global::System.ReadOnlySpan<double> b)
        {

            double[] aGradient = new double[a.Length];
            double[] bGradient = new double[b.Length];
            DotGradient(a, b, aGradient, bGradient);
            return (aGradient, bGradient);
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> with respect to <paramref name="a"/>, <paramref name="b"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="aGradient">Receives the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives the derivative with respect to <paramref name="b"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void DotGradient(global::System.ReadOnlySpan<double> a, global::System.ReadOnlySpan<double> b, global::System.Span<double> aGradient, global::System.Span<double> bGradient)
        {
            DotValueAndGradient(a, b, aGradient, bGradient);
        }
