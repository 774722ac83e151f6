//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double, int, global::Demo.Mode)"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, int, global::Demo.Mode)"/>.</param>
        /// <param name="k">Passed to <see cref="F(double, int, global::Demo.Mode)"/> unchanged; not differentiated.</param>
        /// <param name="mode">Passed to <see cref="F(double, int, global::Demo.Mode)"/> unchanged; not differentiated.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double gradient) FValueAndGradient(double x, int k, global::Demo.Mode mode)
        {
            double xGradient;
            double result = 0;
            double y = 0;
            bool branch = false;
            bool branch1 = false;
            double yAdjoint = 0;
            double xAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            y = 0;
            branch1 = k == 0;
            if (branch1)
            {
                y = x * x;
            }
            else
            {
                branch = (k == 1 || k == 2) && x > 0;
                if (branch)
                {
                    y = global::System.Math.Sin(x);
                }
                else
                {
                    y = -x;
                }
            }
            result = (((int)mode) == 1 ? 2 * y : y) + (x < 0.0 ? 0 : x);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            if (((int)mode) == 1)
            {
                yAdjoint = resultAdjoint * 2;
            }
            else
            {
                yAdjoint = resultAdjoint;
            }
            if (x < 0.0)
            {
            }
            else
            {
                xAdjoint = resultAdjoint;
            }
            if (branch1)
            {
                xAdjoint += yAdjoint * x;
                xAdjoint += yAdjoint * x;
            }
            else
            {
                if (branch)
                {
                    xAdjoint += yAdjoint * global::System.Math.Cos(x);
                }
                else
                {
                    xAdjoint += -yAdjoint;
                }
            }

            xGradient = xAdjoint;
            return (value, xGradient);
        }
