//HintName: Demo.Net.Halves.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> at a point along a direction: d/dt Halves(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="c">Passed to <see cref="Halves(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double HalvesDirectionalDerivative(global::System.ReadOnlySpan<double> x, global::System.ReadOnlySpan<double> c, global::System.ReadOnlySpan<double> xTangent)
        {
            if (xTangent.Length != x.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'x'.", "xTangent");
            }

            int firstStart = 0;
            int firstLength = 0;

            firstStart = 0;
            firstLength = x.Length / 2;
            return global::Demo.Net.DotDirectionalDerivative(x.Slice(firstStart, firstLength), x.Slice(firstLength, firstLength), xTangent.Slice(firstStart, firstLength), xTangent.Slice(firstLength, firstLength)) + global::Demo.Net.DotDirectionalDerivative(x.Slice(firstStart, firstLength), c.Slice(0, firstLength), xTangent.Slice(firstStart, firstLength), new double[firstLength]);
        }
