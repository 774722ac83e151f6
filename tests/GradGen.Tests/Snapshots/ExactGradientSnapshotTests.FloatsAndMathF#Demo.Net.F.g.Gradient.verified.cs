//HintName: Demo.Net.F.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="F(float, float[])"/> with respect to <paramref name="x"/>, <paramref name="v"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="v">The point at which to differentiate: the argument <paramref name="v"/> of <see cref="F(float, float[])"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (float x, float[] v) FGradient(float x, float[] v)
        {
            if (v is null)
            {
                throw new global::System.ArgumentNullException("v");
            }

            float xGradient;
            float[] vGradient = new float[v.Length];
            FGradient(x, v, out xGradient, vGradient);
            return (xGradient, vGradient);
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="F(float, float[])"/> with respect to <paramref name="x"/>, <paramref name="v"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="v">The point at which to differentiate: the argument <paramref name="v"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>.</param>
        /// <param name="vGradient">Receives the derivative with respect to <paramref name="v"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FGradient(float x, float[] v, out float xGradient, float[] vGradient)
        {
            FValueAndGradient(x, v, out xGradient, vGradient);
        }
