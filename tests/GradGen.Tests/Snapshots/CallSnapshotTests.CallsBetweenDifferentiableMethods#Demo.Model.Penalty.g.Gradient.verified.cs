//HintName: Demo.Model.Penalty.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Penalty(double)"/> with respect to <paramref name="w"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Penalty(double)"/>.</param>
        /// <returns>The derivative with respect to <paramref name="w"/>.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public double PenaltyGradient(double w)
        {
            return PenaltyValueAndGradient(w).gradient;
        }
