//HintName: Demo.Model.Penalty.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Penalty(double)"/> and its exact gradient with respect to <paramref name="w"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Penalty(double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>PenaltyGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public (double value, double gradient) PenaltyValueAndGradient(double w)
        {
            double wGradient;
            double result = 0;
            double wAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = this.Scale * w * w;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double seed = resultAdjoint * w;
            wAdjoint = seed * this.Scale;
            wAdjoint += resultAdjoint * (this.Scale * w);

            wGradient = wAdjoint;
            return (value, wGradient);
        }
