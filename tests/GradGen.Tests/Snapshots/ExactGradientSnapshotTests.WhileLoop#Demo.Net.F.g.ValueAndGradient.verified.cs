//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double)"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double gradient) FValueAndGradient(double x)
        {
            double xGradient;
            double result = 0;
            double p = 0;
            int k = 0;
            int iterations = 0;
            double pAdjoint = 0;
            double xAdjoint = 0;
            double resultAdjoint = 0;
            double[] valueTape = gradGenValueTape_F ?? new double[64];
            gradGenValueTape_F = null;
            int valueTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            p = 1;
            k = 0;
            iterations = 0;
            while (k < 5)
            {
                if (valueTop == valueTape.Length)
                {
                    global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                }
                valueTape[valueTop++] = p;
                p = p * x;
                k = k + 1;
                iterations++;
            }
            result = p;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            pAdjoint = resultAdjoint;
            for (; iterations > 0; iterations--)
            {
                p = valueTape[--valueTop];
                double seed = pAdjoint;
                pAdjoint = seed * x;
                xAdjoint += seed * p;
            }
            gradGenValueTape_F = valueTape.Length <= 1048576 ? valueTape : null;

            xGradient = xAdjoint;
            return (value, xGradient);
        }
