//HintName: Demo.Model.Predict.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Predict(double, double, double)"/> with respect to <paramref name="w"/>, <paramref name="b"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Predict(double, double, double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Predict(double, double, double)"/>.</param>
        /// <param name="x">Passed to <see cref="Predict(double, double, double)"/> unchanged; not differentiated.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double w, double b) PredictGradient(double w, double b, double x)
        {
            return PredictValueAndGradient(w, b, x).gradient;
        }
