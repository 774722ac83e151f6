//HintName: Demo.Net.Halves.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="c">Passed to <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> unchanged; not differentiated.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>HalvesGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[] gradient) HalvesValueAndGradient(global::System.ReadOnlySpan<double> x, global::System.ReadOnlySpan<double> c)
        {

            double[] xGradient = new double[x.Length];
            return (HalvesValueAndGradient(x, c, xGradient), xGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="c">Passed to <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> unchanged; not differentiated.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double HalvesValueAndGradient(global::System.ReadOnlySpan<double> x, global::System.ReadOnlySpan<double> c, global::System.Span<double> xGradient)
        {
            if (xGradient.Length != x.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'x'.", "xGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)xGradient, (global::System.ReadOnlySpan<double>)x))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'x'.", "xGradient");
            }

            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)xGradient, (global::System.ReadOnlySpan<double>)c))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'c'.", "xGradient");
            }

            xGradient.Clear();
            double result = 0;
            int firstStart = 0;
            int firstLength = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            firstStart = 0;
            firstLength = x.Length / 2;
            result = global::Demo.Net.Dot(x.Slice(firstStart, firstLength), x.Slice(firstLength, firstLength)) + global::Demo.Net.Dot(x.Slice(firstStart, firstLength), c.Slice(0, firstLength));
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            global::Demo.Net.DotAccumulateGradient(x.Slice(firstStart, firstLength), x.Slice(firstLength, firstLength), resultAdjoint, xGradient.Slice(firstStart, firstLength), xGradient.Slice(firstLength, firstLength));
            global::Demo.Net.DotAccumulateGradient(x.Slice(firstStart, firstLength), c.Slice(0, firstLength), resultAdjoint, xGradient.Slice(firstStart, firstLength), new double[firstLength]);

            return value;
        }
