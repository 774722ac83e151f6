//HintName: Demo.Net.F.g.cs
//Kind: CheckJacobian
        /// <summary>
        /// Checks J v, as <c>FJacobianVectorProduct</c> computes it, against the centered difference of <see cref="F(double[])"/> along a pseudo-random direction v.
        /// </summary>
        /// <remarks>
        /// The direction v has components r max(|p|, 1), with r in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run. The centered difference (f(p + h v) - f(p - h v)) / 2h takes h = 6e-6 (about the cube root of the double epsilon): two evaluations whatever N. Allocates two arrays per array parameter.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns>|J v - the difference| / max(|J v|, |the difference|) in the 2-norm, or 0 when both are 0. For a correct Jacobian of a smooth double method, about 1e-9 or less; treat more than 1e-6 as a wrong Jacobian.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FCheckJacobian(double[] x)
        {
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
            double[] xDirection = new double[x.Length];
            double[] xPlus = new double[x.Length];
            double[] xMinus = new double[x.Length];
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                xDirection[i0] = NextDirection() * global::System.Math.Max(global::System.Math.Abs((double)x[i0]), 1.0);
                xPlus[i0] = x[i0] + step1 * xDirection[i0];
                xMinus[i0] = x[i0] - step1 * xDirection[i0];
            }
            var product = FJacobianVectorProduct(x, xDirection);
            var valuePlus = F(xPlus);
            var valueMinus = F(xMinus);
            double error = 0.0, productNorm = 0.0, differenceNorm = 0.0;
            {
                double difference = ((double)valuePlus.Item1 - (double)valueMinus.Item1) / (2.0 * step1);
                error += ((double)product.Item1 - difference) * ((double)product.Item1 - difference);
                productNorm += (double)product.Item1 * (double)product.Item1;
                differenceNorm += difference * difference;
            }
            {
                double difference = ((double)valuePlus.Item2 - (double)valueMinus.Item2) / (2.0 * step1);
                error += ((double)product.Item2 - difference) * ((double)product.Item2 - difference);
                productNorm += (double)product.Item2 * (double)product.Item2;
                differenceNorm += difference * difference;
            }
            double scale = global::System.Math.Max(productNorm, differenceNorm);
            return scale == 0.0 ? 0.0 : global::System.Math.Sqrt(error / scale);
        }
