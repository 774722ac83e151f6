//HintName: Demo.Model.Loss.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Loss(double, double)"/> and its exact gradient with respect to <paramref name="w"/>, <paramref name="b"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double, double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Loss(double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>LossGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public (double value, (double w, double b) gradient) LossValueAndGradient(double w, double b)
        {
            double wGradient;
            double bGradient;
            double result = 0;
            double wAdjoint = 0;
            double bAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::Demo.Model.Square(global::Demo.Model.Predict(w, b, 1.5) - 1) + this.Penalty(w);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            var partials = global::Demo.Model.SquareGradient(global::Demo.Model.Predict(w, b, 1.5) - 1);
            double seed = resultAdjoint * partials;
            var partials1 = global::Demo.Model.PredictGradient(w, b, 1.5);
            wAdjoint = seed * partials1.w;
            bAdjoint = seed * partials1.b;
            var partials2 = this.PenaltyGradient(w);
            wAdjoint += resultAdjoint * partials2;

            wGradient = wAdjoint;
            bGradient = bAdjoint;
            return (value, (wGradient, bGradient));
        }
