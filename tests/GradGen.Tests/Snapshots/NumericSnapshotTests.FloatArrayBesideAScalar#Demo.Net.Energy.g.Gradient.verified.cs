//HintName: Demo.Net.Energy.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the gradient of <see cref="Energy(float[], double)"/> with respect to <paramref name="x"/>, <paramref name="k"/>.
        /// </summary>
        /// <remarks>
        /// Evaluated by Richardson extrapolation of centered differences (as <c>EnergyRichardsonDiff</c> does, which also gives error estimates), which perturbs array elements in place and restores them before returning: the method asks for a numeric gradient (<c>Gradient = GradientMethod.Numeric</c> or <c>CenteredDifference</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <param name="k">The point at which to differentiate: the argument <paramref name="k"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (float[] x, double k) EnergyGradient(float[] x, double k)
        {
            return EnergyRichardsonDiff(x, k);
        }

        /// <summary>
        /// Computes the gradient of <see cref="Energy(float[], double)"/> with respect to <paramref name="x"/>, <paramref name="k"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given; it too perturbs array elements in place and puts them back: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <param name="k">The point at which to differentiate: the argument <paramref name="k"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <param name="kGradient">Receives the derivative with respect to <paramref name="k"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void EnergyGradient(float[] x, double k, float[] xGradient, out double kGradient)
        {
            EnergyRichardsonDiff(x, k, xGradient, out kGradient);
        }
