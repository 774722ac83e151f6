//HintName: Demo.Net.Dot.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> at a point along a direction: d/dt Dot(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="aTangent">The direction's component along <paramref name="a"/>, of its shape.</param>
        /// <param name="bTangent">The direction's component along <paramref name="b"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotDirectionalDerivative(global::System.ReadOnlySpan<double> a, global::System.ReadOnlySpan<double> b, global::System.ReadOnlySpan<double> aTangent, global::System.ReadOnlySpan<double> bTangent)
        {
            if (aTangent.Length != a.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'a'.", "aTangent");
            }
            if (bTangent.Length != b.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'b'.", "bTangent");
            }

            double s = 0;
            double sTangent = 0;
            int i = 0;

            sTangent = 0.0;
            s = 0;
            i = 0;
            for (; i < a.Length; i = i + 1)
            {
                sTangent = sTangent + (aTangent[i] * b[i] + a[i] * bTangent[i]);
                s = s + a[i] * b[i];
            }
            return sTangent;
        }
