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
            double s = 0;
            bool branch = false;
            bool branch1 = false;
            bool returned = false;
            double sAdjoint = 0;
            double xAdjoint = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = global::System.Math.Clamp(x, -1, 1) + global::System.Math.FusedMultiplyAdd(x, y, 1) + global::System.Math.Log2(y * y + 1);
            branch = global::System.Double.IsNaN(s) || !global::System.Double.IsFinite(s);
            if (branch)
            {
                result = 0;
                returned = true;
            }
            branch1 = !returned;
            if (branch1)
            {
                result = s + global::System.Math.CopySign(x, y) + global::System.Math.ScaleB(y, 2) + global::System.Math.BitIncrement(x);
            }
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            if (branch1)
            {
                sAdjoint = resultAdjoint;
                xAdjoint = resultAdjoint * (global::System.Math.CopySign(1.0, x) * global::System.Math.CopySign(1.0, y));
                yAdjoint = resultAdjoint * global::System.Math.ScaleB(1.0, 2);
                xAdjoint += resultAdjoint;
            }
            if (branch)
            {
            }
            xAdjoint += x < -1 ? 0.0 : (x > 1 ? 0.0 : sAdjoint);
            xAdjoint += sAdjoint * y;
            yAdjoint += sAdjoint * x;
            double seed = sAdjoint / ((y * y + 1) * global::System.Math.Log(2.0));
            yAdjoint += seed * y;
            yAdjoint += seed * y;

            xGradient = xAdjoint;
            yGradient = yAdjoint;
            return (value, (xGradient, yGradient));
        }
