//HintName: Demo.Net.F.g.cs
//Kind: CheckJacobian
        /// <summary>
        /// Checks J v, as <c>FJacobianVectorProduct</c> computes it, against the centered difference of <see cref="F(float, double)"/> along a pseudo-random direction v.
        /// </summary>
        /// <remarks>
        /// The direction v has components r max(|p|, 1), with r in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run. The centered difference (f(p + h v) - f(p - h v)) / 2h takes h = 6e-6 (about the cube root of the double epsilon): two evaluations whatever N. Allocates two arrays per array parameter.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(float, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(float, double)"/>.</param>
        /// <returns>|J v - the difference| / max(|J v|, |the difference|) in the 2-norm, or 0 when both are 0. For a correct Jacobian of a smooth double method, about 1e-9 or less; treat more than 1e-6 as a wrong Jacobian.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FCheckJacobian(float x, double y)
        {
            ulong state = 0x9E3779B97F4A7C15UL;
            double NextDirection()
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                return (state >> 11) * 2.220446049250313E-16 - 1.0;
            }

            const double step1 = 6E-06;
            float xDirection = (float)(NextDirection() * global::System.Math.Max(global::System.Math.Abs((double)x), 1.0));
            float xPlus = (float)(x + step1 * xDirection);
            float xMinus = (float)(x - step1 * xDirection);
            double yDirection = NextDirection() * global::System.Math.Max(global::System.Math.Abs((double)y), 1.0);
            double yPlus = y + step1 * yDirection;
            double yMinus = y - step1 * yDirection;
            var product = FJacobianVectorProduct(x, y, xDirection, yDirection);
            var valuePlus = F(xPlus, yPlus);
            var valueMinus = F(xMinus, yMinus);
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
            double scale = global::System.Math.Max(productNorm, differenceNorm);
            return scale == 0.0 ? 0.0 : global::System.Math.Sqrt(error / scale);
        }
