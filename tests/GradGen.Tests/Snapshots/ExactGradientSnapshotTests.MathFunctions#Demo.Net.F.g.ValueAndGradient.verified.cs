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
            double xAdjoint = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::System.Math.Exp(global::System.Math.Sin(x)) + global::System.Math.Log(y) + global::System.Math.Pow(x, y) + global::System.Math.Atan2(y, x) + global::System.Math.Sqrt(x * x + 1) + global::System.Math.Abs(x) + global::System.Math.Max(x, y) + global::System.Math.Floor(y) + global::System.Math.Log(x, 2) + global::System.Math.Tanh(y) + 3.141592653589793;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double seed = resultAdjoint * global::System.Math.Exp(global::System.Math.Sin(x));
            xAdjoint = seed * global::System.Math.Cos(x);
            yAdjoint = resultAdjoint / y;
            xAdjoint += resultAdjoint * (y == 0.0 && x == 0.0 ? 0.0 : y * global::System.Math.Pow(x, y - 1.0));
            yAdjoint += resultAdjoint * (x == 0.0 && y >= 0.0 ? 0.0 : global::System.Math.Pow(x, y) * global::System.Math.Log(x));
            yAdjoint += resultAdjoint * x / (x * x + y * y);
            xAdjoint += -(resultAdjoint * y / (x * x + y * y));
            double seed1 = resultAdjoint / (2.0 * global::System.Math.Sqrt(x * x + 1));
            xAdjoint += seed1 * x;
            xAdjoint += seed1 * x;
            xAdjoint += x < 0 ? -resultAdjoint : resultAdjoint;
            if (x >= y)
            {
                xAdjoint += resultAdjoint;
            }
            else
            {
                yAdjoint += resultAdjoint;
            }
            xAdjoint += resultAdjoint / (x * global::System.Math.Log(2));
            double common = global::System.Math.Tanh(y);
            yAdjoint += resultAdjoint * (1.0 - common * common);

            xGradient = xAdjoint;
            yGradient = yAdjoint;
            return (value, (xGradient, yGradient));
        }
