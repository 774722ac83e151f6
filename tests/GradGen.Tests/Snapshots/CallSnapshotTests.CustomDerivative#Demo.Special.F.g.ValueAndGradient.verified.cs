//HintName: Demo.Special.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double, double)"/> and its exact gradient with respect to <paramref name="x"/>, <paramref name="y"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double x, double y) gradient) FValueAndGradient(double x, double y)
        {
            double xGradient;
            double yGradient;
            double result = 0;
            double xAdjoint = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::Demo.Special.Erf(x * y) + global::Demo.Special.Hypot(x, 2, y) * y;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            var partials = global::Demo.Special.ErfDerivative(x * y);
            double seed = resultAdjoint * partials.Item2;
            xAdjoint = seed * y;
            yAdjoint = seed * x;
            double seed1 = resultAdjoint * y;
            var partials1 = global::Demo.Special.HypotDerivative(x, 2, y);
            xAdjoint += seed1 * partials1.Item2;
            yAdjoint += seed1 * partials1.Item3;
            yAdjoint += resultAdjoint * global::Demo.Special.Hypot(x, 2, y);

            xGradient = xAdjoint;
            yGradient = yAdjoint;
            return (value, (xGradient, yGradient));
        }
