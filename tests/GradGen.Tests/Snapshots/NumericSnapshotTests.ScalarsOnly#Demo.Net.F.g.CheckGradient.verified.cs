//HintName: Demo.Net.F.g.cs
//Kind: CheckGradient
        /// <summary>
        /// Checks the gradient of <see cref="F(double, int, double)"/> (as <c>FGradient</c> returns it) against Richardson extrapolation of centered differences along a pseudo-random direction.
        /// </summary>
        /// <remarks>
        /// The direction w has components v_i max(|p_i|, 1), with v_i in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run and each input moves in proportion to its size. The derivative along w takes 6 to 60 evaluations (about 20 for smooth functions) whatever the number of inputs (JAX's check_grads idea), by the extrapolation <c>FRichardsonDiff</c> uses. Allocates two arrays per array parameter.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, int, double)"/>.</param>
        /// <param name="n">Passed to <see cref="F(double, int, double)"/> unchanged; not differentiated.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, int, double)"/>.</param>
        /// <returns>|g . w - d/dt f(p + t w)| divided by the larger magnitude of the two, or 0 when both are 0. For a correct gradient of a smooth double method, about 1e-10 or less (the extrapolation is accurate to about 1e-12 relative); a gradient (or a custom derivative it uses) wrong by one part in a million scores about 1e-6. Treat more than 1e-8 as a wrong gradient.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FCheckGradient(double x, int n, double y)
        {
            ulong state = 0x9E3779B97F4A7C15UL;
            double NextDirection()
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                return (state >> 11) * 2.220446049250313E-16 - 1.0;
            }

            double xDirection = NextDirection() * global::System.Math.Max(global::System.Math.Abs(x), 1.0);
            double yDirection = NextDirection() * global::System.Math.Max(global::System.Math.Abs(y), 1.0);
            var gradient = FGradient(x, n, y);
            double dot = 0.0;
            dot += (double)gradient.x * xDirection;
            dot += (double)gradient.y * yDirection;

            var tableau = new GradGenRichardsonTableau(2.220446049250313E-16);

            tableau.Start(1.0);
            while (true)
            {
                double xPlus = x + tableau.Step * xDirection, xMinus = x - tableau.Step * xDirection;
                double yPlus = y + tableau.Step * yDirection, yMinus = y - tableau.Step * yDirection;
                double valuePlus = F(xPlus, n, yPlus);
                if (!tableau.Extrapolate(valuePlus, F(xMinus, n, yMinus), 2.0 * tableau.Step))
                {
                    break;
                }
            }

            double scale = global::System.Math.Max(global::System.Math.Abs(dot), global::System.Math.Abs(tableau.Best));
            return scale == 0.0 ? 0.0 : global::System.Math.Abs(dot - tableau.Best) / scale;
        }
