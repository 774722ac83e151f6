//HintName: Demo.Net.LogSumExp.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="LogSumExp(double[])"/> and its exact gradient with respect to <paramref name="z"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="LogSumExp(double[])"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>LogSumExpGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[] gradient) LogSumExpValueAndGradient(double[] z)
        {
            if (z is null)
            {
                throw new global::System.ArgumentNullException("z");
            }

            double[] zGradient = new double[z.Length];
            return (LogSumExpValueAndGradient(z, zGradient), zGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="LogSumExp(double[])"/> and its exact gradient with respect to <paramref name="z"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="z">The point at which to differentiate: the argument <paramref name="z"/> of <see cref="LogSumExp(double[])"/>.</param>
        /// <param name="zGradient">Receives the derivative with respect to <paramref name="z"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LogSumExpValueAndGradient(double[] z, double[] zGradient)
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
            resultAdjoint = 1.0;
            mAdjoint = resultAdjoint;
            sAdjoint = resultAdjoint / s;
            for (; iterations1 > 0; iterations1--)
            {
                i1 = i1 - 1;
                double seed = sAdjoint * global::System.Math.Exp(z[i1] - m);
                mAdjoint += -seed;
                zGradient[i1] += seed;
            }
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                m = valueTape[--valueTop];
                double seed1 = mAdjoint;
                mAdjoint = 0.0;
                if (m >= z[i])
                {
                    mAdjoint = seed1;
                }
                else
                {
                    zGradient[i] += seed1;
                }
            }
            zGradient[0] += mAdjoint;
            gradGenValueTape_LogSumExp = valueTape.Length <= 1048576 ? valueTape : null;

            return value;
        }
