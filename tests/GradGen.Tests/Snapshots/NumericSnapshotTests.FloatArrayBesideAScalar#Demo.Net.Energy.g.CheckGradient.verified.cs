//HintName: Demo.Net.Energy.g.cs
//Kind: CheckGradient
        /// <summary>
        /// Checks the gradient of <see cref="Energy(float[], double)"/> (as <c>EnergyGradient</c> returns it) against Richardson extrapolation of centered differences along a pseudo-random direction.
        /// </summary>
        /// <remarks>
        /// The direction w has components v_i max(|p_i|, 1), with v_i in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run and each input moves in proportion to its size. The derivative along w takes 6 to 60 evaluations (about 20 for smooth functions) whatever the number of inputs (JAX's check_grads idea), by the extrapolation <c>EnergyRichardsonDiff</c> uses. Allocates two arrays per array parameter.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <param name="k">The point at which to differentiate: the argument <paramref name="k"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <returns>|g . w - d/dt f(p + t w)| divided by the larger magnitude of the two, or 0 when both are 0. For a correct gradient of a smooth double method, about 1e-10 or less (the extrapolation is accurate to about 1e-12 relative); a gradient (or a custom derivative it uses) wrong by one part in a million scores about 1e-6. Treat more than 1e-8 as a wrong gradient.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double EnergyCheckGradient(float[] x, double k)
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

            float[] xDirection = new float[x.Length];
            float[] xPoint = new float[x.Length];
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                xDirection[i0] = (float)(NextDirection() * global::System.Math.Max(global::System.Math.Abs(x[i0]), 1.0));
            }
            double kDirection = NextDirection() * global::System.Math.Max(global::System.Math.Abs(k), 1.0);
            var gradient = EnergyGradient(x, k);
            double dot = 0.0;
            for (int i0 = 0; i0 < gradient.x.Length; i0++)
            {
                dot += (double)gradient.x[i0] * xDirection[i0];
            }
            dot += (double)gradient.k * kDirection;

            var tableau = new GradGenRichardsonTableau(1.1920928955078125E-07);

            tableau.Start(1.0);
            while (true)
            {
                for (int i0 = 0; i0 < x.Length; i0++)
                {
                    xPoint[i0] = (float)(x[i0] + tableau.Step * xDirection[i0]);
                }
                double kPlus = k + tableau.Step * kDirection, kMinus = k - tableau.Step * kDirection;
                double valuePlus = Energy(xPoint, kPlus);
                for (int i0 = 0; i0 < x.Length; i0++)
                {
                    xPoint[i0] = (float)(x[i0] - tableau.Step * xDirection[i0]);
                }
                if (!tableau.Extrapolate(valuePlus, Energy(xPoint, kMinus), 2.0 * tableau.Step))
                {
                    break;
                }
            }

            double scale = global::System.Math.Max(global::System.Math.Abs(dot), global::System.Math.Abs(tableau.Best));
            return scale == 0.0 ? 0.0 : global::System.Math.Abs(dot - tableau.Best) / scale;
        }
