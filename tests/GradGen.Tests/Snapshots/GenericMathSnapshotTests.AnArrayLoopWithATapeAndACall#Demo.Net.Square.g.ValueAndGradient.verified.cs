//HintName: Demo.Net.Square.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Square{T}(T)"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Square{T}(T)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>SquareGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (T value, T gradient) SquareValueAndGradient<T>(T x) where T : global::System.Numerics.IFloatingPointIeee754<T>
        {
            T xGradient;
            T result = T.Zero;
            T xAdjoint = T.Zero;
            T resultAdjoint = T.Zero;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = x * x;
            T value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = T.One;
            xAdjoint = resultAdjoint * x;
            xAdjoint += resultAdjoint * x;

            xGradient = xAdjoint;
            return (value, xGradient);
        }
