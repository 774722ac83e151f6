//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double[])"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[] gradient) FValueAndGradient(double[] x)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            double[] xGradient = new double[x.Length];
            return (FValueAndGradient(x, xGradient), xGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="F(double[])"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FValueAndGradient(double[] x, double[] xGradient)
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

            global::System.Array.Clear(xGradient, 0, xGradient.Length);
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
            resultAdjoint = 1.0;
            sumAdjoint = resultAdjoint;
            pAdjoint = resultAdjoint;
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                p = valueTape[--valueTop];
                double seed = pAdjoint;
                pAdjoint = seed * global::System.Math.Cos(x[i]);
                double seed1 = seed * p;
                a = x[i + 1] - x[i] * x[i];
                b = 1 - x[i];
                double seed2 = sumAdjoint * a;
                aAdjoint = seed2 * 100;
                aAdjoint += sumAdjoint * (100 * a);
                bAdjoint = sumAdjoint * b;
                bAdjoint += sumAdjoint * b;
                double seed3 = -aAdjoint;
                xGradient[i + 1] += aAdjoint;
                xGradient[i] += -(seed1 * global::System.Math.Sin(x[i])) - bAdjoint + seed3 * x[i] + seed3 * x[i];
            }
            gradGenValueTape_F = valueTape.Length <= 1048576 ? valueTape : null;

            return value;
        }
