//HintName: Demo.Net.F.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="F(float, float[])"/> with respect to <paramref name="x"/>, <paramref name="v"/> to the adjoints given, which it does not clear: the step through a call to <see cref="F(float, float[])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>FGradient</c>, started from the seed instead of 1. For generated code; call <c>FGradient</c> instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="v">The point at which to differentiate: the argument <paramref name="v"/> of <see cref="F(float, float[])"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="xGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="x"/>.</param>
        /// <param name="vGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="v"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static float FAccumulateGradient(float x, float[] v, double seed, ref double xGradient, float[] vGradient)
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

            float result = 0;
            double xAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::System.MathF.Cos(x) * v[0] + (float)global::System.Math.Sqrt(v[1]);
            float value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            double seed1 = resultAdjoint * v[0];
            xAdjoint = -(seed1 * global::System.Math.Sin(x));
            vGradient[0] += (float)(resultAdjoint * global::System.MathF.Cos(x));
            vGradient[1] += (float)(resultAdjoint / (2.0 * global::System.Math.Sqrt(v[1])));

            xGradient += xAdjoint;
            return value;
        }
