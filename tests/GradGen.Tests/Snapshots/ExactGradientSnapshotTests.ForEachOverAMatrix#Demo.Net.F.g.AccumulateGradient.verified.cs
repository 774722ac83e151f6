//HintName: Demo.Net.F.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="F(double[,])"/> with respect to <paramref name="m"/> to the adjoints given, which it does not clear: the step through a call to <see cref="F(double[,])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>FGradient</c>, started from the seed instead of 1. For generated code; call <c>FGradient</c> instead.
        /// </remarks>
        /// <param name="m">The point at which to differentiate: the argument <paramref name="m"/> of <see cref="F(double[,])"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="mGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="m"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FAccumulateGradient(double[,] m, double seed, double[,] mGradient)
        {
            if (m is null)
            {
                throw new global::System.ArgumentNullException("m");
            }
            if (mGradient is null)
            {
                throw new global::System.ArgumentNullException("mGradient");
            }
            if (mGradient.GetLength(0) != m.GetLength(0) || mGradient.GetLength(1) != m.GetLength(1))
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'm'.", "mGradient");
            }
            if (mGradient.Length != 0 && object.ReferenceEquals(mGradient, m))
            {
                throw new global::System.ArgumentException("The destination must not be 'm' itself.", "mGradient");
            }

            double result = 0;
            double s = 0;
            double v = 0;
            int vIndex = 0;
            double sAdjoint = 0;
            double vAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            vIndex = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = seed;
            sAdjoint = resultAdjoint;
            while (vIndex < m.Length)
            {
                int common2 = vIndex / m.GetLength(1);
                int common3 = vIndex % m.GetLength(1);
                v = m[common2, common3];
                s = s + v * v;
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                int common = common2;
                int common1 = common3;
                vAdjoint = sAdjoint * v;
                vAdjoint += sAdjoint * v;
                mGradient[common, common1] += vAdjoint;
                vIndex = vIndex + 1;
            }
            result = s;
            double value = result;

            return value;
        }
