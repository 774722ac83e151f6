//HintName: Demo.Net.Halves.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> with respect to <paramref name="x"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>HalvesGradient</c>, started from the seed instead of 1. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it). For generated code; call <c>HalvesGradient</c> instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="c">Passed to <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> unchanged; not differentiated.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="xGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double HalvesAccumulateGradient(global::System.ReadOnlySpan<double> x, global::System.ReadOnlySpan<double> c, double seed, global::System.Span<double> xGradient)
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
            resultAdjoint = seed;
            global::Demo.Net.DotAccumulateGradient(x.Slice(firstStart, firstLength), x.Slice(firstLength, firstLength), resultAdjoint, xGradient.Slice(firstStart, firstLength), xGradient.Slice(firstLength, firstLength));
            global::Demo.Net.DotAccumulateGradient(x.Slice(firstStart, firstLength), c.Slice(0, firstLength), resultAdjoint, xGradient.Slice(firstStart, firstLength), new double[firstLength]);

            return value;
        }
