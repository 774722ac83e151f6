//HintName: Demo.Net.Loss.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Loss(double[], int)"/> and its exact gradient with respect to <paramref name="z"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c> (<c>MAccumulateGradient</c> where they take arrays, which adds into this method's adjoint arrays): exact, unless that method falls back to the centered difference (warning GG0100 on it). A vector-valued callee (<c>var p = M(...)</c>) goes through its <c>MAccumulateVectorJacobianProduct</c>.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="Loss(double[], int)"/>.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], int)"/> unchanged; not differentiated.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>LossGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[] gradient) LossValueAndGradient(double[] z, int label)
        {
            if (z is null)
            {
                throw new global::System.ArgumentNullException("z");
            }

            double[] zGradient = new double[z.Length];
            return (LossValueAndGradient(z, label, zGradient), zGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="Loss(double[], int)"/> and its exact gradient with respect to <paramref name="z"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="Loss(double[], int)"/>.</param>
        /// <param name="label">Passed to <see cref="Loss(double[], int)"/> unchanged; not differentiated.</param>
        /// <param name="zGradient">Receives the derivative with respect to <paramref name="z"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LossValueAndGradient(double[] z, int label, double[] zGradient)
        {
            if (z is null)
            {
                throw new global::System.ArgumentNullException("z");
            }
            if (zGradient is null)
            {
                throw new global::System.ArgumentNullException("zGradient");
            }
            if (zGradient.Length != z.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'z'.", "zGradient");
            }
            if (zGradient.Length != 0 && object.ReferenceEquals(zGradient, z))
            {
                throw new global::System.ArgumentException("The destination must not be 'z' itself.", "zGradient");
            }

            global::System.Array.Clear(zGradient, 0, zGradient.Length);
            double result = 0;
            double[] p = new double[0];
            double loss = 0;
            double[] pAdjoint = new double[0];
            double lossAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            p = global::Demo.Net.Softmax(z);
            pAdjoint = new double[p.Length];
            loss = 0;
            loss = loss - global::System.Math.Log(p[label]);
            result = loss;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            lossAdjoint = resultAdjoint;
            pAdjoint[label] += -lossAdjoint / p[label];
            global::Demo.Net.SoftmaxAccumulateVectorJacobianProduct(z, pAdjoint, zGradient);
            global::System.Array.Clear(pAdjoint, 0, pAdjoint.Length);

            return value;
        }
