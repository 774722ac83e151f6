//HintName: Demo.Net.LogSumExp.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="LogSumExp(double[])"/> with respect to <paramref name="z"/> to the adjoints given, which it does not clear: the step through a call to <see cref="LogSumExp(double[])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>LogSumExpGradient</c>, started from the seed instead of 1. For generated code; call <c>LogSumExpGradient</c> instead.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="LogSumExp(double[])"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="zGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="z"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LogSumExpAccumulateGradient(double[] z, double seed, double[] zGradient)
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

            double result = 0;
            double m = 0;
            int i = 0;
            double s = 0;
            int i1 = 0;
            int iterations = 0;
            int iterations1 = 0;
            double mAdjoint = 0;
            double sAdjoint = 0;
            double resultAdjoint = 0;
            double[] valueTape = gradGenValueTape_LogSumExp ?? new double[64];
            gradGenValueTape_LogSumExp = null;
            int valueTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            m = z[0];
            i = 1;
            iterations = 0;
            while (i < z.Length)
            {
                if (valueTop == valueTape.Length)
                {
                    global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                }
                valueTape[valueTop++] = m;
                m = global::System.Math.Max(m, z[i]);
                i = i + 1;
                iterations++;
            }
            s = 0;
            i1 = 0;
            iterations1 = 0;
            while (i1 < z.Length)
            {
                s = s + global::System.Math.Exp(z[i1] - m);
                i1 = i1 + 1;
                iterations1++;
            }
            result = m + global::System.Math.Log(s);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            mAdjoint = resultAdjoint;
            sAdjoint = resultAdjoint / s;
            for (; iterations1 > 0; iterations1--)
            {
                i1 = i1 - 1;
                double seed1 = sAdjoint * global::System.Math.Exp(z[i1] - m);
                mAdjoint += -seed1;
                zGradient[i1] += seed1;
            }
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                m = valueTape[--valueTop];
                double seed2 = mAdjoint;
                mAdjoint = 0.0;
                if (m >= z[i])
                {
                    mAdjoint = seed2;
                }
                else
                {
                    zGradient[i] += seed2;
                }
            }
            zGradient[0] += mAdjoint;
            gradGenValueTape_LogSumExp = valueTape.Length <= 1048576 ? valueTape : null;

            return value;
        }
