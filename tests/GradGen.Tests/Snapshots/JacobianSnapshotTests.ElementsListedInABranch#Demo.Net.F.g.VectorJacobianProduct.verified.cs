//HintName: Demo.Net.F.g.cs
//Kind: VectorJacobianProduct
        /// <summary>
        /// Computes a cotangent times the Jacobian of <see cref="F(float, double)"/>, u^T J: the gradient of u . f with respect to <paramref name="x"/>, <paramref name="y"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: reverse mode, derived from the method's body at compile time, in one forward and one reverse sweep. The inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="cotangent">The cotangent u: one weight per output (exactly m elements).</param>
        /// <returns>u^T J, shaped as <c>FGradient</c> would shape a gradient: one tuple element per differentiable parameter, named after it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (float x, double y) FVectorJacobianProduct(float x, double y, double[] cotangent)
        {
            if (cotangent is null)
            {
                throw new global::System.ArgumentNullException("cotangent");
            }
            float xGradient;
            double yGradient;
            double result = 0;
            int outputs = 0;
            bool branch = false;
            bool branch1 = false;
            bool returned = false;
            double xAdjoint = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            branch = x > 0;
            if (branch)
            {
                outputs = 2;
                result = (0 < cotangent.Length ? cotangent[0] : 0.0) * (x * x) + (1 < cotangent.Length ? cotangent[1] : 0.0) * (float)y;
                returned = true;
            }
            branch1 = !returned;
            if (branch1)
            {
                outputs = 3;
                result = (0 < cotangent.Length ? cotangent[0] : 0.0) * x + (1 < cotangent.Length ? cotangent[1] : 0.0) * (float)(x * y) + (2 < cotangent.Length ? cotangent[2] : 0.0) * 1f;
            }
            if (cotangent.Length != outputs)
            {
                throw new global::System.ArgumentException("The cotangent must have one element per output.", "cotangent");
            }
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            if (branch1)
            {
                xAdjoint = resultAdjoint * (0 < cotangent.Length ? cotangent[0] : 0.0);
                double seed = resultAdjoint * (1 < cotangent.Length ? cotangent[1] : 0.0);
                xAdjoint += seed * y;
                yAdjoint = seed * x;
                resultAdjoint = 0.0;
            }
            if (branch)
            {
                double seed1 = resultAdjoint * (0 < cotangent.Length ? cotangent[0] : 0.0);
                xAdjoint += seed1 * x;
                xAdjoint += seed1 * x;
                double seed2 = resultAdjoint * (1 < cotangent.Length ? cotangent[1] : 0.0);
                yAdjoint += seed2;
            }

            xGradient = (float)xAdjoint;
            yGradient = yAdjoint;
            return (xGradient, yGradient);
        }
