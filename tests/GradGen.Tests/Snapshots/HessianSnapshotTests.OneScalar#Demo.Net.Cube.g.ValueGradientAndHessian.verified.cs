//HintName: Demo.Net.Cube.g.cs
//Kind: ValueGradientAndHessian
        /// <summary>
        /// Computes the value of <see cref="Cube(double)"/>, its gradient and its Hessian with respect to <paramref name="x"/>: what a Newton step needs, in one call.
        /// </summary>
        /// <remarks>
        /// The gradient is <c>CubeValueAndGradient</c>'s, the Hessian <c>CubeHessian</c>'s.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Cube(double)"/>.</param>
        /// <returns><c>value</c>: the method's value; <c>gradient</c>: shaped as <c>CubeGradient</c> returns it; <c>hessian</c>: as <c>CubeHessian</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double gradient, double hessian) CubeValueGradientAndHessian(double x)
        {
            var valueAndGradient = CubeValueAndGradient(x);
            return (valueAndGradient.value, valueAndGradient.gradient, CubeHessian(x));
        }
