//HintName: Demo.Net.F.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the gradient of <see cref="F(double, int, double)"/> with respect to <paramref name="x"/>, <paramref name="y"/>.
        /// </summary>
        /// <remarks>
        /// Evaluated by Richardson extrapolation of centered differences (as <c>FRichardsonDiff</c> does, which also gives error estimates), which perturbs array elements in place and restores them before returning: the method asks for a numeric gradient (<c>Gradient = GradientMethod.Numeric</c> or <c>CenteredDifference</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, int, double)"/>.</param>
        /// <param name="n">Passed to <see cref="F(double, int, double)"/> unchanged; not differentiated.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, int, double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double x, double y) FGradient(double x, int n, double y)
        {
            return FRichardsonDiff(x, n, y);
        }
