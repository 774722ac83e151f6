//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double)"/> and its exact gradient with respect to <paramref name="a"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="F(double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double gradient) FValueAndGradient(double a)
        {
            double aGradient;
            double result = 0;
            double y = 0;
            int k = 0;
            int iterations = 0;
            double yAdjoint = 0;
            double aAdjoint = 0;
            double resultAdjoint = 0;
            double[] valueTape = gradGenValueTape_F ?? new double[64];
            gradGenValueTape_F = null;
            int valueTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            y = a;
            k = 0;
            iterations = 0;
            do
            {
                if (valueTop == valueTape.Length)
                {
                    global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                }
                valueTape[valueTop++] = y;
                y = 0.5 * (y + a / y);
                k = k + 1;
                iterations++;
            } while (k < 10);
            result = y;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            yAdjoint = resultAdjoint;
            for (; iterations > 0; iterations--)
            {
                y = valueTape[--valueTop];
                double seed = yAdjoint;
                double seed1 = seed * 0.5;
                yAdjoint = seed1;
                aAdjoint += seed1 / y;
                yAdjoint += -(seed1 * a / (y * y));
            }
            aAdjoint += yAdjoint;
            gradGenValueTape_F = valueTape.Length <= 1048576 ? valueTape : null;

            aGradient = aAdjoint;
            return (value, aGradient);
        }
