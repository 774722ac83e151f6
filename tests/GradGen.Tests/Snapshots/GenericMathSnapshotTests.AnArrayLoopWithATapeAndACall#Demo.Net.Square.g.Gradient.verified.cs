//HintName: Demo.Net.Square.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Square{T}(T)"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Square{T}(T)"/>.</param>
        /// <returns>The derivative with respect to <paramref name="x"/>.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static T SquareGradient<T>(T x) where T : global::System.Numerics.IFloatingPointIeee754<T>
        {
            return SquareValueAndGradient(x).gradient;
        }
