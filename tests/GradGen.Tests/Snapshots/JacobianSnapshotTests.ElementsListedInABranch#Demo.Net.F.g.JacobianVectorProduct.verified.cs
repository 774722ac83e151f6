//HintName: Demo.Net.F.g.cs
//Kind: JacobianVectorProduct
        /// <summary>
        /// Computes the Jacobian of <see cref="F(float, double)"/> times a direction, J v: the derivative of every output along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>.</param>
        /// <param name="yTangent">The direction's component along <paramref name="y"/>.</param>
        /// <returns>J v, one element per output, in the method's output type with double elements.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] FJacobianVectorProduct(float x, double y, float xTangent, double yTangent)
        {
            double[] output = new double[0];
            double[] outputTangent = new double[0];

            if (x > 0)
            {
                outputTangent = new double[2];
                output = new double[2];
                outputTangent[0] = xTangent * x + x * xTangent;
                output[0] = x * x;
                outputTangent[1] = yTangent;
                output[1] = (float)y;
                return outputTangent;
            }
            outputTangent = new double[3];
            output = new double[3];
            outputTangent[0] = xTangent;
            output[0] = x;
            outputTangent[1] = xTangent * y + x * yTangent;
            output[1] = (float)(x * y);
            outputTangent[2] = 0.0;
            output[2] = 1f;
            return outputTangent;
        }
