//HintName: Demo.Net.Dot.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> with respect to <paramref name="a"/>, <paramref name="b"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>DotGradient</c>, started from the seed instead of 1. For generated code; call <c>DotGradient</c> instead.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="aGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="b"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotAccumulateGradient(global::System.ReadOnlySpan<double> a, global::System.ReadOnlySpan<double> b, double seed, global::System.Span<double> aGradient, global::System.Span<double> bGradient)
        {
            if (aGradient.Length != a.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'a'.", "aGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)aGradient, (global::System.ReadOnlySpan<double>)a))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'a'.", "aGradient");
            }
            if (bGradient.Length != b.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'b'.", "bGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)bGradient, (global::System.ReadOnlySpan<double>)b))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'b'.", "bGradient");
            }

            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)aGradient, (global::System.ReadOnlySpan<double>)b))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'b'.", "aGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)bGradient, (global::System.ReadOnlySpan<double>)a))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'a'.", "bGradient");
            }

            double result = 0;
            double s = 0;
            int i = 0;
            double sAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            i = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = seed;
            sAdjoint = resultAdjoint;
            while (i < a.Length)
            {
                s = s + a[i] * b[i];
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                aGradient[i] += sAdjoint * b[i];
                bGradient[i] += sAdjoint * a[i];
                i = i + 1;
            }
            result = s;
            double value = result;

            return value;
        }
