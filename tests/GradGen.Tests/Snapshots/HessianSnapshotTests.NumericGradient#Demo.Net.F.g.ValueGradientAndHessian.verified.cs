//HintName: Demo.Net.F.g.cs
//Kind: ValueGradientAndHessian
        /// <summary>
        /// Computes the value of <see cref="F(double[])"/>, its gradient and its Hessian with respect to <paramref name="x"/>: what a Newton step needs, in one call.
        /// </summary>
        /// <remarks>
        /// The gradient is <c>FValueAndGradient</c>'s, the Hessian <c>FHessian</c>'s.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns><c>value</c>: the method's value; <c>gradient</c>: shaped as <c>FGradient</c> returns it; <c>hessian</c>: as <c>FHessian</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[] gradient, double[,] hessian) FValueGradientAndHessian(double[] x)
        {
            return (F(x), FGradient(x), FHessian(x));
        }

        /// <summary>
        /// Computes the value of <see cref="F(double[])"/>, its gradient and its Hessian with respect to <paramref name="x"/>: what a Newton step needs, in one call.
        /// </summary>
        /// <remarks>
        /// The gradient is <c>FValueAndGradient</c>'s, the Hessian <c>FHessian</c>'s.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        /// <param name="hessian">Receives the Hessian: N x N, N counting every differentiable element.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FValueGradientAndHessian(double[] x, double[] xGradient, double[,] hessian)
        {
            if (xGradient is null)
            {
                throw new global::System.ArgumentNullException("xGradient");
            }
            if (hessian is null)
            {
                throw new global::System.ArgumentNullException("hessian");
            }

            var value = F(x);
            FGradient(x, xGradient);
            FHessian(x, hessian);
            return value;
        }
