//HintName: Demo.Net.Rosenbrock.g.cs
//Kind: HessianVectorProduct
        /// <summary>
        /// Computes the Hessian of <see cref="Rosenbrock(double[,], double)"/> times a direction, H v, with respect to <paramref name="w"/>, <paramref name="b"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time, in reverse mode over its forward-mode program (one forward and one reverse sweep, whose cost does not grow with the number of inputs). The inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="wDirection">The direction's component along <paramref name="w"/>, of its shape.</param>
        /// <param name="bDirection">The direction's component along <paramref name="b"/>.</param>
        /// <returns>H v, shaped as <c>RosenbrockGradient</c>'s result.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double[,] w, double b) RosenbrockHessianVectorProduct(double[,] w, double b, double[,] wDirection, double bDirection)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }

            double[,] wGradient = new double[w.GetLength(0), w.GetLength(1)];
            double bGradient;
            RosenbrockHessianVectorProduct(w, b, wDirection, bDirection, wGradient, out bGradient);
            return (wGradient, bGradient);
        }

        /// <summary>
        /// Computes the Hessian of <see cref="Rosenbrock(double[,], double)"/> times a direction, H v, with respect to <paramref name="w"/>, <paramref name="b"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time, in reverse mode over its forward-mode program (one forward and one reverse sweep, whose cost does not grow with the number of inputs). The inputs are never written.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="wDirection">The direction's component along <paramref name="w"/>, of its shape.</param>
        /// <param name="bDirection">The direction's component along <paramref name="b"/>.</param>
        /// <param name="wGradient">Receives the component of H v along <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives the component of H v along <paramref name="b"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void RosenbrockHessianVectorProduct(double[,] w, double b, double[,] wDirection, double bDirection, double[,] wGradient, out double bGradient)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (wGradient is null)
            {
                throw new global::System.ArgumentNullException("wGradient");
            }
            if (wGradient.GetLength(0) != w.GetLength(0) || wGradient.GetLength(1) != w.GetLength(1))
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'w'.", "wGradient");
            }
            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w' itself.", "wGradient");
            }

            if (wDirection is null)
            {
                throw new global::System.ArgumentNullException("wDirection");
            }
            if (wDirection.GetLength(0) != w.GetLength(0) || wDirection.GetLength(1) != w.GetLength(1))
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'w'.", "wDirection");
            }
            if (wGradient.Length != 0 && object.ReferenceEquals(wGradient, wDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'wDirection'.", "wGradient");
            }

            global::System.Array.Clear(wGradient, 0, wGradient.Length);
            double result = 0;
            double sTangent = 0;
            int i = 0;
            double d = 0;
            double dTangent = 0;
            double sTangentAdjoint = 0;
            double dAdjoint = 0;
            double dTangentAdjoint = 0;
            double bAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            sTangent = 0.0;
            i = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = 1.0;
            sTangentAdjoint = resultAdjoint;
            while (i + 1 < w.GetLength(0))
            {
                dTangent = wDirection[i + 1, 0] - (wDirection[i, 0] * w[i, 0] + w[i, 0] * wDirection[i, 0]);
                d = w[i + 1, 0] - w[i, 0] * w[i, 0];
                sTangent = sTangent + ((dTangent * d + d * dTangent) * b + d * d * bDirection);
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                double seed = sTangentAdjoint * b;
                dTangentAdjoint = seed * d;
                dAdjoint = seed * dTangent;
                dAdjoint += seed * dTangent;
                dTangentAdjoint += seed * d;
                bAdjoint += sTangentAdjoint * (dTangent * d + d * dTangent);
                double seed1 = sTangentAdjoint * bDirection;
                dAdjoint += seed1 * d;
                dAdjoint += seed1 * d;
                double seed2 = -dAdjoint;
                wGradient[i + 1, 0] += dAdjoint;
                wGradient[i, 0] += seed2 * w[i, 0] + seed2 * w[i, 0];
                double seed3 = -dTangentAdjoint;
                wGradient[i, 0] += seed3 * wDirection[i, 0] + seed3 * wDirection[i, 0];
                i = i + 1;
            }
            result = sTangent;
            double value = result;

            bGradient = bAdjoint;
        }
