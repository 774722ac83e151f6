//HintName: Demo.Net.F.g.cs
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
            double a = 0;
            double aAdjoint = 0;
            double xAdjoint = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            a = x * y;
            a = a + global::System.Math.Sin(x) / y;
            result = a - x;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            aAdjoint = resultAdjoint;
            xAdjoint = -resultAdjoint;
            double seed = aAdjoint / y;
            xAdjoint += seed * global::System.Math.Cos(x);
            yAdjoint = -(aAdjoint * global::System.Math.Sin(x) / (y * y));
            xAdjoint += aAdjoint * y;
            yAdjoint += aAdjoint * x;

            xGradient = xAdjoint;
            yGradient = yAdjoint;
            return (value, (xGradient, yGradient));
        }
