//HintName: Demo.Net.Rosenbrock.g.cs
//Kind: ValueGradientAndHessian
        /// <summary>
        /// Computes the value of <see cref="Rosenbrock(double[,], double)"/>, its gradient and its Hessian with respect to <paramref name="w"/>, <paramref name="b"/>: what a Newton step needs, in one call.
        /// </summary>
        /// <remarks>
        /// The gradient is <c>RosenbrockValueAndGradient</c>'s, the Hessian <c>RosenbrockHessian</c>'s.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <returns><c>value</c>: the method's value; <c>gradient</c>: shaped as <c>RosenbrockGradient</c> returns it; <c>hessian</c>: as <c>RosenbrockHessian</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double[,] w, double b) gradient, double[,] hessian) RosenbrockValueGradientAndHessian(double[,] w, double b)
        {
            var valueAndGradient = RosenbrockValueAndGradient(w, b);
            return (valueAndGradient.value, valueAndGradient.gradient, RosenbrockHessian(w, b));
        }

        /// <summary>
        /// Computes the value of <see cref="Rosenbrock(double[,], double)"/>, its gradient and its Hessian with respect to <paramref name="w"/>, <paramref name="b"/>: what a Newton step needs, in one call.
        /// </summary>
        /// <remarks>
        /// The gradient is <c>RosenbrockValueAndGradient</c>'s, the Hessian <c>RosenbrockHessian</c>'s.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Rosenbrock(double[,], double)"/>.</param>
        /// <param name="wGradient">Receives the derivative with respect to <paramref name="w"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives the derivative with respect to <paramref name="b"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        /// <param name="hessian">Receives the Hessian: N x N, N counting every differentiable element.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double RosenbrockValueGradientAndHessian(double[,] w, double b, double[,] wGradient, out double bGradient, double[,] hessian)
        {
            if (wGradient is null)
            {
                throw new global::System.ArgumentNullException("wGradient");
            }
            if (hessian is null)
            {
                throw new global::System.ArgumentNullException("hessian");
            }

            if (hessian.Length != 0 && object.ReferenceEquals(hessian, w))
            {
                throw new global::System.ArgumentException("The destination must not be 'w'.", "hessian");
            }
            if (hessian.Length != 0 && object.ReferenceEquals(hessian, wGradient))
            {
                throw new global::System.ArgumentException("The destination must not be 'wGradient'.", "hessian");
            }

            var value = RosenbrockValueAndGradient(w, b, wGradient, out bGradient);
            RosenbrockHessian(w, b, hessian);
            return value;
        }
