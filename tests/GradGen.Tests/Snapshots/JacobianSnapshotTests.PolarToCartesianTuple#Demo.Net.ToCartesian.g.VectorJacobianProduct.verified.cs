//HintName: Demo.Net.ToCartesian.g.cs
//Kind: VectorJacobianProduct
        /// <summary>
        /// Computes a cotangent times the Jacobian of <see cref="ToCartesian(double, double)"/>, u^T J: the gradient of u . f with respect to <paramref name="r"/>, <paramref name="theta"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: reverse mode, derived from the method's body at compile time, in one forward and one reverse sweep. The inputs are never written.
        /// </remarks>
        /// <param name="r">The point at which to differentiate: the argument <paramref name="r"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="theta">The point at which to differentiate: the argument <paramref name="theta"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="cotangent">The cotangent u: one weight per output.</param>
        /// <returns>u^T J, shaped as <c>ToCartesianGradient</c> would shape a gradient: one tuple element per differentiable parameter, named after it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double r, double theta) ToCartesianVectorJacobianProduct(double r, double theta, (double x, double y) cotangent)
        {
            double[] weights = new double[] { cotangent.Item1, cotangent.Item2 };
            double rGradient;
            double thetaGradient;
            double result = 0;
            double rAdjoint = 0;
            double thetaAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = weights[0] * (r * global::System.Math.Cos(theta)) + weights[1] * (r * global::System.Math.Sin(theta));
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double seed = resultAdjoint * weights[0];
            double common = global::System.Math.Cos(theta);
            rAdjoint = seed * common;
            double seed1 = seed * r;
            double common1 = global::System.Math.Sin(theta);
            thetaAdjoint = -(seed1 * common1);
            double seed2 = resultAdjoint * weights[1];
            rAdjoint += seed2 * common1;
            double seed3 = seed2 * r;
            thetaAdjoint += seed3 * common;

            rGradient = rAdjoint;
            thetaGradient = thetaAdjoint;
            return (rGradient, thetaGradient);
        }
