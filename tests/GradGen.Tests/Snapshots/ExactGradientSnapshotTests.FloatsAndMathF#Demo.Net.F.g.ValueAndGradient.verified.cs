//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(float, float[])"/> and its exact gradient with respect to <paramref name="x"/>, <paramref name="v"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="v">The point at which to differentiate: the argument <paramref name="v"/> of <see cref="F(float, float[])"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (float value, (float x, float[] v) gradient) FValueAndGradient(float x, float[] v)
        {
            if (v is null)
            {
                throw new global::System.ArgumentNullException("v");
            }

            float xGradient;
            float[] vGradient = new float[v.Length];
            return (FValueAndGradient(x, v, out xGradient, vGradient), (xGradient, vGradient));
        }

        /// <summary>
        /// Computes the value of <see cref="F(float, float[])"/> and its exact gradient with respect to <paramref name="x"/>, <paramref name="v"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="v">The point at which to differentiate: the argument <paramref name="v"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>.</param>
        /// <param name="vGradient">Receives the derivative with respect to <paramref name="v"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static float FValueAndGradient(float x, float[] v, out float xGradient, float[] vGradient)
        {
            if (v is null)
            {
                throw new global::System.ArgumentNullException("v");
            }
            if (vGradient is null)
            {
                throw new global::System.ArgumentNullException("vGradient");
            }
            if (vGradient.Length != v.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'v'.", "vGradient");
            }
            if (vGradient.Length != 0 && object.ReferenceEquals(vGradient, v))
            {
                throw new global::System.ArgumentException("The destination must not be 'v' itself.", "vGradient");
            }

            global::System.Array.Clear(vGradient, 0, vGradient.Length);
            float result = 0;
            double xAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::System.MathF.Cos(x) * v[0] + (float)global::System.Math.Sqrt(v[1]);
            float value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double seed = resultAdjoint * v[0];
            xAdjoint = -(seed * global::System.Math.Sin(x));
            vGradient[0] += (float)(resultAdjoint * global::System.MathF.Cos(x));
            vGradient[1] += (float)(resultAdjoint / (2.0 * global::System.Math.Sqrt(v[1])));

            xGradient = (float)xAdjoint;
            return value;
        }
