//HintName: Demo.Net.Cube.g.cs
//Kind: HessianVectorProduct
        /// <summary>
        /// Computes the Hessian of <see cref="Cube(double)"/> times a direction, H v, with respect to <paramref name="x"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time, in reverse mode over its forward-mode program (one forward and one reverse sweep, whose cost does not grow with the number of inputs). The inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Cube(double)"/>.</param>
        /// <param name="xDirection">The direction's component along <paramref name="x"/>.</param>
        /// <returns>H v, shaped as <c>CubeGradient</c>'s result.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double CubeHessianVectorProduct(double x, double xDirection)
        {
            double xGradient;
            double result = 0;
            double xAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = (xDirection * x + x * xDirection) * x + x * x * xDirection;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double seed = resultAdjoint * x;
            xAdjoint = seed * xDirection;
            xAdjoint += seed * xDirection;
            xAdjoint += resultAdjoint * (xDirection * x + x * xDirection);
            double seed1 = resultAdjoint * xDirection;
            xAdjoint += seed1 * x;
            xAdjoint += seed1 * x;

            xGradient = xAdjoint;
            return xGradient;
        }
