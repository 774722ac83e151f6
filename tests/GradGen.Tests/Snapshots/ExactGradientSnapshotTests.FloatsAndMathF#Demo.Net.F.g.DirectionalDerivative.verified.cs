//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(float, float[])"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="v">The point at which to differentiate: the argument <paramref name="v"/> of <see cref="F(float, float[])"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>.</param>
        /// <param name="vTangent">The direction's component along <paramref name="v"/>, of its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(float x, float[] v, float xTangent, float[] vTangent)
        {
            if (v is null)
            {
                throw new global::System.ArgumentNullException("v");
            }
            if (vTangent is null)
            {
                throw new global::System.ArgumentNullException("vTangent");
            }
            if (vTangent.Length != v.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'v'.", "vTangent");
            }

            return -(xTangent * global::System.Math.Sin(x)) * v[0] + global::System.MathF.Cos(x) * vTangent[0] + vTangent[1] / (2.0 * global::System.Math.Sqrt(v[1]));
        }
