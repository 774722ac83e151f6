//HintName: Demo.Net.Loss.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Loss(double[], int)"/> with respect to <paramref name="z"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it). A vector-valued callee (<c>var p = M(...)</c>) goes through its <c>MAccumulateVectorJacobianProduct</c>.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="Loss(double[], int)"/>.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], int)"/> unchanged; not differentiated.</param>
        /// <returns>A new array of the shape of <paramref name="z"/>: element by element, the derivative with respect to it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] LossGradient(double[] z, int label)
        {
            if (z is null)
            {
                throw new global::System.ArgumentNullException("z");
            }

            double[] zGradient = new double[z.Length];
            LossGradient(z, label, zGradient);
            return zGradient;
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Loss(double[], int)"/> with respect to <paramref name="z"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="Loss(double[], int)"/>.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="zGradient">Receives the derivative with respect to <paramref name="z"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void LossGradient(double[] z, int label, double[] zGradient)
        {
            LossValueAndGradient(z, label, zGradient);
        }
