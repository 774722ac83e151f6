//HintName: Demo.Net.ToCartesian.g.cs
//Kind: JacobianVectorProduct
        /// <summary>
        /// Computes the Jacobian of <see cref="ToCartesian(double, double)"/> times a direction, J v: the derivative of every output along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass.
        /// </remarks>
        /// <param name="r">The point at which to differentiate: the argument <paramref name="r"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="theta">The point at which to differentiate: the argument <paramref name="theta"/> of <see cref="ToCartesian(double, double)"/>.</param>
        /// <param name="rTangent">The direction's component along <paramref name="r"/>.</param>
        /// <param name="thetaTangent">The direction's component along <paramref name="theta"/>.</param>
        /// <returns>J v, one element per output, in the method's output type with double elements.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double x, double y) ToCartesianJacobianVectorProduct(double r, double theta, double rTangent, double thetaTangent)
        {
            double[] output = new double[0];
            double[] outputTangent = new double[0];
            double common = 0;
            double common1 = 0;

            outputTangent = new double[2];
            output = new double[2];
            common = global::System.Math.Cos(theta);
            common1 = global::System.Math.Sin(theta);
            outputTangent[0] = rTangent * common + r * -(thetaTangent * common1);
            output[0] = r * common;
            outputTangent[1] = rTangent * common1 + r * (thetaTangent * common);
            output[1] = r * common1;
            return (outputTangent[0], outputTangent[1]);
        }
