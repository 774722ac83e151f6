//HintName: Demo.Net.Loss.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Loss(double[], int)"/> at a point along a direction: d/dt Loss(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it). A vector-valued callee (<c>var p = M(...)</c>) goes through its <c>MJacobianVectorProduct</c>.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="Loss(double[], int)"/>.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], int)"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="zTangent">The direction's component along <paramref name="z"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LossDirectionalDerivative(double[] z, int label, double[] zTangent)
        {
            if (z is null)
            {
                throw new global::System.ArgumentNullException("z");
            }
            if (zTangent is null)
            {
                throw new global::System.ArgumentNullException("zTangent");
            }
            if (zTangent.Length != z.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'z'.", "zTangent");
            }

            double[] p = new double[0];
            double[] pTangent = new double[0];
            double loss = 0;
            double lossTangent = 0;

            pTangent = global::Demo.Net.SoftmaxJacobianVectorProduct(z, zTangent);
            p = global::Demo.Net.Softmax(z);
            lossTangent = 0.0;
            loss = 0;
            lossTangent = lossTangent - pTangent[label] / p[label];
            loss = loss - global::System.Math.Log(p[label]);
            return lossTangent;
        }
