//HintName: Demo.Net.Norm.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Norm{T}(T[])"/> at a point along a direction: d/dt Norm(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Norm{T}(T[])"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static T NormDirectionalDerivative<T>(T[] x, T[] xTangent) where T : global::System.Numerics.IFloatingPointIeee754<T>
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (xTangent is null)
            {
                throw new global::System.ArgumentNullException("xTangent");
            }
            if (xTangent.Length != x.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'x'.", "xTangent");
            }

            T s = T.Zero;
            T sTangent = T.Zero;
            int i = 0;

            sTangent = T.Zero;
            s = T.Zero;
            i = 0;
            for (; i < x.Length; i = i + 1)
            {
                sTangent = x[i] > T.Zero ? sTangent + global::Demo.Net.SquareDirectionalDerivative(x[i], xTangent[i]) : sTangent * T.Cos(x[i]) + s * -(xTangent[i] * T.Sin(x[i]));
                s = x[i] > T.Zero ? s + global::Demo.Net.Square(x[i]) : s * T.Cos(x[i]);
            }
            return sTangent / (T.CreateTruncating(2.0) * T.Sqrt(s));
        }
