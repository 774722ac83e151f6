//HintName: Demo.Net.Affine.g.cs
//Kind: CheckJacobian
        /// <summary>
        /// Checks J v, as <c>AffineJacobianVectorProduct</c> computes it, against the centered difference of <see cref="Affine(double[,], double[], double)"/> along a pseudo-random direction v.
        /// </summary>
        /// <remarks>
        /// The direction v has components r max(|p|, 1), with r in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run. The centered difference (f(p + h v) - f(p - h v)) / 2h takes h = 6e-6 (about the cube root of the double epsilon): two evaluations whatever N. Allocates two arrays per array parameter.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Affine(double[,], double[], double)"/>.</param>
        /// <param name="scale">Passed to <see cref="Affine(double[,], double[], double)"/> unchanged; not differentiated.</param>
        /// <returns>|J v - the difference| / max(|J v|, |the difference|) in the 2-norm, or 0 when both are 0. For a correct Jacobian of a smooth double method, about 1e-9 or less; treat more than 1e-6 as a wrong Jacobian.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double AffineCheckJacobian(double[,] w, double[] x, double scale)
        {
            if (w is null)
            {
                throw new global::System.ArgumentNullException("w");
            }
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            ulong state = 0x9E3779B97F4A7C15UL;
            double NextDirection()
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                return (state >> 11) * 2.220446049250313E-16 - 1.0;
            }

            const double step1 = 6E-06;
            double[,] wDirection = new double[w.GetLength(0), w.GetLength(1)];
            double[,] wPlus = new double[w.GetLength(0), w.GetLength(1)];
            double[,] wMinus = new double[w.GetLength(0), w.GetLength(1)];
            for (int i0 = 0; i0 < w.GetLength(0); i0++)
            {
                for (int i1 = 0; i1 < w.GetLength(1); i1++)
                {
                    wDirection[i0, i1] = NextDirection() * global::System.Math.Max(global::System.Math.Abs((double)w[i0, i1]), 1.0);
                    wPlus[i0, i1] = w[i0, i1] + step1 * wDirection[i0, i1];
                    wMinus[i0, i1] = w[i0, i1] - step1 * wDirection[i0, i1];
                }
            }
            double[] xDirection = new double[x.Length];
            double[] xPlus = new double[x.Length];
            double[] xMinus = new double[x.Length];
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                xDirection[i0] = NextDirection() * global::System.Math.Max(global::System.Math.Abs((double)x[i0]), 1.0);
                xPlus[i0] = x[i0] + step1 * xDirection[i0];
                xMinus[i0] = x[i0] - step1 * xDirection[i0];
            }
            var product = AffineJacobianVectorProduct(w, x, scale, wDirection, xDirection);
            var valuePlus = Affine(wPlus, xPlus, scale);
            var valueMinus = Affine(wMinus, xMinus, scale);
            int rows = product.Length;
            if (valuePlus.Length != rows || valueMinus.Length != rows)
            {
                return double.PositiveInfinity;
            }
            double error = 0.0, productNorm = 0.0, differenceNorm = 0.0;
            for (int row = 0; row < rows; row++)
            {
                {
                    double difference = ((double)valuePlus[row] - (double)valueMinus[row]) / (2.0 * step1);
                    error += ((double)product[row] - difference) * ((double)product[row] - difference);
                    productNorm += (double)product[row] * (double)product[row];
                    differenceNorm += difference * difference;
                }
            }
            double scale1 = global::System.Math.Max(productNorm, differenceNorm);
            return scale1 == 0.0 ? 0.0 : global::System.Math.Sqrt(error / scale1);
        }
