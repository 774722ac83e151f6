//HintName: Demo.Net.Norm.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Norm{T}(T[])"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Norm{T}(T[])"/>.</param>
        /// <returns>A new array of the shape of <paramref name="x"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static T[] NormGradient<T>(T[] x) where T : global::System.Numerics.IFloatingPointIeee754<T>
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            T[] xGradient = new T[x.Length];
            NormGradient(x, xGradient);
            return xGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Norm{T}(T[])"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Norm{T}(T[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void NormGradient<T>(T[] x, T[] xGradient) where T : global::System.Numerics.IFloatingPointIeee754<T>
        {
            NormValueAndGradient(x, xGradient);
        }
            [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
            [global::System.ThreadStatic]
            [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            internal static T[]? gradGenValueTape_Norm;
