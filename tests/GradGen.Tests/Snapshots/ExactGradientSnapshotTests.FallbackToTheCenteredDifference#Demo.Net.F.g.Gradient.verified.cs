//HintName: Demo.Net.F.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the gradient of <see cref="F(double)"/> with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Evaluated by Richardson extrapolation of centered differences (as <c>FRichardsonDiff</c> does, which also gives error estimates), which perturbs array elements in place and restores them before returning: the method asks for a numeric gradient (<c>Gradient = GradientMethod.Numeric</c> or <c>CenteredDifference</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double)"/>.</param>
        /// <returns>The derivative with respect to <paramref name="x"/>.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FGradient(double x)
        {
            return FRichardsonDiff(x);
        }
