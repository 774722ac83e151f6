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
            double r = 0;
            bool branch = false;
            bool branch1 = false;
            bool branch2 = false;
            bool returned = false;
            double rAdjoint = 0;
            double xAdjoint = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            r = x;
            branch1 = x > y;
            if (branch1)
            {
                r = x * y;
            }
            else
            {
                branch = x < 0;
                if (branch)
                {
                    result = -x;
                    returned = true;
                }
            }
            branch2 = !returned;
            if (branch2)
            {
                result = y > 0 ? r * y : r;
            }
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            if (branch2)
            {
                if (y > 0)
                {
                    rAdjoint = resultAdjoint * y;
                    yAdjoint = resultAdjoint * r;
                }
                else
                {
                    rAdjoint = resultAdjoint;
                }
                resultAdjoint = 0.0;
            }
            if (branch1)
            {
                xAdjoint = rAdjoint * y;
                yAdjoint += rAdjoint * x;
                rAdjoint = 0.0;
            }
            else
            {
                if (branch)
                {
                    xAdjoint = -resultAdjoint;
                }
            }
            xAdjoint += rAdjoint;

            xGradient = xAdjoint;
            yGradient = yAdjoint;
            return (value, (xGradient, yGradient));
        }
