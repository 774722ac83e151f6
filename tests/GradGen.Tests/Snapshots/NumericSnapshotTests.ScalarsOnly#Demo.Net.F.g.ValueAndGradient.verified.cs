//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double, int, double)"/> and its gradient with respect to <paramref name="x"/>, <paramref name="y"/>: one call of the method, then Richardson extrapolation of centered differences.
        /// </summary>
        /// <remarks>
        /// The gradient is evaluated by Richardson extrapolation of centered differences (as <c>FRichardsonDiff</c> does, which also gives error estimates), which perturbs array elements in place and restores them before returning: the method asks for a numeric gradient (<c>Gradient = GradientMethod.Numeric</c> or <c>CenteredDifference</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, int, double)"/>.</param>
        /// <param name="n">Passed to <see cref="F(double, int, double)"/> unchanged; not differentiated.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, int, double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double x, double y) gradient) FValueAndGradient(double x, int n, double y)
        {
            return (F(x, n, y), FGradient(x, n, y));
        }
