//HintName: Demo.Net.F.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="F(double[])"/> with respect to <paramref name="x"/> to the adjoints given, which it does not clear: the step through a call to <see cref="F(double[])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>FGradient</c>, started from the seed instead of 1. For generated code; call <c>FGradient</c> instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="xGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FAccumulateGradient(double[] x, double seed, double[] xGradient)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (xGradient is null)
            {
                throw new global::System.ArgumentNullException("xGradient");
            }
            if (xGradient.Length != x.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'x'.", "xGradient");
            }
            if (xGradient.Length != 0 && object.ReferenceEquals(xGradient, x))
            {
                throw new global::System.ArgumentException("The destination must not be 'x' itself.", "xGradient");
            }

            double result = 0;
            double sum = 0;
            double p = 0;
            int i = 0;
            double a = 0;
            double b = 0;
            int iterations = 0;
            double sumAdjoint = 0;
            double pAdjoint = 0;
            double aAdjoint = 0;
            double bAdjoint = 0;
            double resultAdjoint = 0;
            double[] valueTape = gradGenValueTape_F ?? new double[64];
            gradGenValueTape_F = null;
            int valueTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            sum = 0;
            p = 1;
            i = 0;
            iterations = 0;
            while (i < x.Length - 1)
            {
                if (valueTop == valueTape.Length)
                {
                    global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                }
                a = x[i + 1] - x[i] * x[i];
                b = 1 - x[i];
                sum = sum + (100 * a * a + b * b);
                valueTape[valueTop++] = p;
                p = p * global::System.Math.Cos(x[i]);
                i = i + 1;
                iterations++;
            }
            result = sum + p;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            sumAdjoint = resultAdjoint;
            pAdjoint = resultAdjoint;
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                p = valueTape[--valueTop];
                double seed1 = pAdjoint;
                pAdjoint = seed1 * global::System.Math.Cos(x[i]);
                double seed2 = seed1 * p;
                a = x[i + 1] - x[i] * x[i];
                b = 1 - x[i];
                double seed3 = sumAdjoint * a;
                aAdjoint = seed3 * 100;
                aAdjoint += sumAdjoint * (100 * a);
                bAdjoint = sumAdjoint * b;
                bAdjoint += sumAdjoint * b;
                double seed4 = -aAdjoint;
                xGradient[i + 1] += aAdjoint;
                xGradient[i] += -(seed2 * global::System.Math.Sin(x[i])) - bAdjoint + seed4 * x[i] + seed4 * x[i];
            }
            gradGenValueTape_F = valueTape.Length <= 1048576 ? valueTape : null;

            return value;
        }
