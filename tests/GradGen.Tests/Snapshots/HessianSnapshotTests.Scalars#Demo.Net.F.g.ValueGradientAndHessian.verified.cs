//HintName: Demo.Net.F.g.cs
//Kind: ValueGradientAndHessian
        /// <summary>
        /// Computes the value of <see cref="F(double, double)"/>, its gradient and its Hessian with respect to <paramref name="x"/>, <paramref name="y"/>: what a Newton step needs, in one call.
        /// </summary>
        /// <remarks>
        /// The gradient is <c>FValueAndGradient</c>'s, the Hessian <c>FHessian</c>'s.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, double)"/>.</param>
        /// <returns><c>value</c>: the method's value; <c>gradient</c>: shaped as <c>FGradient</c> returns it; <c>hessian</c>: as <c>FHessian</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double x, double y) gradient, double[,] hessian) FValueGradientAndHessian(double x, double y)
        {
            var valueAndGradient = FValueAndGradient(x, y);
            return (valueAndGradient.value, valueAndGradient.gradient, FHessian(x, y));
        }
