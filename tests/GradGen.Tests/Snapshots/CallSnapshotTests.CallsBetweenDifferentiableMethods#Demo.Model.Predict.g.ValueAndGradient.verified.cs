//HintName: Demo.Model.Predict.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Predict(double, double, double)"/> and its exact gradient with respect to <paramref name="w"/>, <paramref name="b"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Predict(double, double, double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Predict(double, double, double)"/>.</param>
        /// <param name="x">Passed to <see cref="Predict(double, double, double)"/> unchanged; not differentiated.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>PredictGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double w, double b) gradient) PredictValueAndGradient(double w, double b, double x)
        {
            double wGradient;
            double bGradient;
            double result = 0;
            double wAdjoint = 0;
            double bAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::System.Math.Tanh(w * x + b);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double common = global::System.Math.Tanh(w * x + b);
            double seed = resultAdjoint * (1.0 - common * common);
            wAdjoint = seed * x;
            bAdjoint = seed;

            wGradient = wAdjoint;
            bGradient = bAdjoint;
            return (value, (wGradient, bGradient));
        }
