//HintName: Demo.Net.Affine.g.cs
//Kind: VectorJacobianProduct
        /// <summary>
        /// Computes a cotangent times the Jacobian of <see cref="Affine(double[,], double[], double)"/>, u^T J: the gradient of u . f with respect to <paramref name="w"/>, <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: reverse mode, derived from the method's body at compile time, in one forward and one reverse sweep. The inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <param name="cotangent">The cotangent u: one weight per output (exactly m elements).</param>
        /// <returns>u^T J, shaped as <c>AffineGradient</c> would shape a gradient: one tuple element per differentiable parameter, named after it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double[,] w, double[] x) AffineVectorJacobianProduct(double[,] w, double[] x, double scale, double[] cotangent)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (cotangent is null)
            {
                throw new global::System.ArgumentNullException("cotangent");
            }
            double[,] wGradient = new double[w.GetLength(0), w.GetLength(1)];
            double[] xGradient = new double[x.Length];
            global::System.Array.Clear(wGradient, 0, wGradient.Length);
            global::System.Array.Clear(xGradient, 0, xGradient.Length);
            double result = 0;
            double[] y = new double[0];
            int i = 0;
            int j = 0;
            int outputs = 0;
            double dot = 0;
            int dotIndex = 0;
            int iterations = 0;
            int iterations1 = 0;
            int iterations2 = 0;
            double[] yAdjoint = new double[0];
            double dotAdjoint = 0;
            double resultAdjoint = 0;
            double[] valueTape = gradGenValueTape_AffineVectorJacobianProduct ?? new double[64];
            gradGenValueTape_AffineVectorJacobianProduct = null;
            int valueTop = 0;
            long[] controlTape = gradGenControlTape_AffineVectorJacobianProduct ?? new long[64];
            gradGenControlTape_AffineVectorJacobianProduct = null;
            int controlTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            y = new double[w.GetLength(0)];
            yAdjoint = new double[y.Length];
            i = 0;
            iterations1 = 0;
            while (i < y.Length)
            {
                if (valueTop == valueTape.Length)
                {
                    global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                }
                if (controlTop + 2 > controlTape.Length)
                {
                    global::System.Array.Resize(ref controlTape, 2 * controlTape.Length);
                }
                controlTape[controlTop++] = j;
                j = 0;
                iterations = 0;
                while (j < x.Length)
                {
                    if (valueTop == valueTape.Length)
                    {
                        global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                    }
                    valueTape[valueTop++] = y[i];
                    y[i] = y[i] + w[i, j] * x[j];
                    j = j + 1;
                    iterations++;
                }
                if (valueTop == valueTape.Length)
                {
                    global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                }
                controlTape[controlTop++] = iterations;
                valueTape[valueTop++] = y[i];
                y[i] = global::System.Math.Tanh(y[i] * scale);
                i = i + 1;
                iterations1++;
            }
            outputs = y.Length;
            dot = 0.0;
            dotIndex = 0;
            iterations2 = 0;
            while (dotIndex < y.Length && dotIndex < cotangent.Length)
            {
                dot = dot + cotangent[dotIndex] * y[dotIndex];
                dotIndex = dotIndex + 1;
                iterations2++;
            }
            result = dot;
            if (cotangent.Length != outputs)
            {
                throw new global::System.ArgumentException("The cotangent must have one element per output.", "cotangent");
            }
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            dotAdjoint = resultAdjoint;
            for (; iterations2 > 0; iterations2--)
            {
                dotIndex = dotIndex - 1;
                yAdjoint[dotIndex] += dotAdjoint * cotangent[dotIndex];
            }
            for (; iterations1 > 0; iterations1--)
            {
                i = i - 1;
                y[i] = valueTape[--valueTop];
                double seed = yAdjoint[i];
                yAdjoint[i] = 0.0;
                double common = global::System.Math.Tanh(y[i] * scale);
                double seed1 = seed * (1.0 - common * common);
                yAdjoint[i] += seed1 * scale;
                for (iterations = (int)controlTape[--controlTop]; iterations > 0; iterations--)
                {
                    j = j - 1;
                    y[i] = valueTape[--valueTop];
                    double seed2 = yAdjoint[i];
                    yAdjoint[i] = 0.0;
                    yAdjoint[i] += seed2;
                    wGradient[i, j] += seed2 * x[j];
                    xGradient[j] += seed2 * w[i, j];
                }
                j = (int)controlTape[--controlTop];
            }
            gradGenValueTape_AffineVectorJacobianProduct = valueTape.Length <= 1048576 ? valueTape : null;
            gradGenControlTape_AffineVectorJacobianProduct = controlTape.Length <= 1048576 ? controlTape : null;

            return (wGradient, xGradient);
        }
