//HintName: Demo.Model.Square.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Square(double)"/> and its exact gradient with respect to <paramref name="e"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="e">The point at which to differentiate: the argument <paramref name="e"/> of <see cref="Square(double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>SquareGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double gradient) SquareValueAndGradient(double e)
        {
            double eGradient;
            double result = 0;
            double eAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = e * e;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            eAdjoint = resultAdjoint * e;
            eAdjoint += resultAdjoint * e;

            eGradient = eAdjoint;
            return (value, eGradient);
        }
