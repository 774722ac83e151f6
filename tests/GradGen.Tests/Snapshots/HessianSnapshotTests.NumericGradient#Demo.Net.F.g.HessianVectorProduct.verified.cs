//HintName: Demo.Net.F.g.cs
//Kind: HessianVectorProduct
        /// <summary>
        /// Computes the Hessian of <see cref="F(double[])"/> times a direction, H v, with respect to <paramref name="x"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// The centered difference of <c>FGradient</c> along the direction with step 0.0001: the method's gradient is numeric.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="xDirection">The direction's component along <paramref name="x"/>, of its shape.</param>
        /// <returns>H v, shaped as <c>FGradient</c>'s result.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double[] FHessianVectorProduct(double[] x, double[] xDirection)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            double[] xGradient = new double[x.Length];
            FHessianVectorProduct(x, xDirection, xGradient);
            return xGradient;
        }

        /// <summary>
        /// Computes the Hessian of <see cref="F(double[])"/> times a direction, H v, with respect to <paramref name="x"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// The centered difference of <c>FGradient</c> along the direction with step 0.0001: the method's gradient is numeric.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="xDirection">The direction's component along <paramref name="x"/>, of its shape.</param>
        /// <param name="xGradient">Receives the component of H v along <paramref name="x"/>, element by element; must have its shape.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FHessianVectorProduct(double[] x, double[] xDirection, double[] xGradient)
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

            if (xDirection is null)
            {
                throw new global::System.ArgumentNullException("xDirection");
            }
            if (xDirection.Length != x.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'x'.", "xDirection");
            }
            if (xGradient.Length != 0 && object.ReferenceEquals(xGradient, xDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'xDirection'.", "xGradient");
            }

            double step1 = 0.0001;
            double[] xPlus = new double[x.Length];
            double[] xMinus = new double[x.Length];
            for (int i0 = 0; i0 < x.Length; i0++)
            {
                xPlus[i0] = (double)(x[i0] + step1 * xDirection[i0]);
                xMinus[i0] = (double)(x[i0] - step1 * xDirection[i0]);
            }
            var gradientPlus = FGradient(xPlus);
            var gradientMinus = FGradient(xMinus);
            for (int i0 = 0; i0 < xGradient.Length; i0++)
            {
                xGradient[i0] = (double)((gradientPlus[i0] - (double)gradientMinus[i0]) / (2.0 * step1));
            }
        }
