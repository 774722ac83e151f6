//HintName: Demo.Net.Energy.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Energy(float[], double)"/> and its gradient with respect to <paramref name="x"/>, <paramref name="k"/>: one call of the method, then Richardson extrapolation of centered differences.
        /// </summary>
        /// <remarks>
        /// The gradient is evaluated by Richardson extrapolation of centered differences (as <c>EnergyRichardsonDiff</c> does, which also gives error estimates), which perturbs array elements in place and restores them before returning: the method asks for a numeric gradient (<c>Gradient = GradientMethod.Numeric</c> or <c>CenteredDifference</c>) or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <param name="k">The point at which to differentiate: the argument <paramref name="k"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>EnergyGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (float value, (float[] x, double k) gradient) EnergyValueAndGradient(float[] x, double k)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            float[] xGradient = new float[x.Length];
            double kGradient;
            return (EnergyValueAndGradient(x, k, xGradient, out kGradient), (xGradient, kGradient));
        }

        /// <summary>
        /// Computes the value of <see cref="Energy(float[], double)"/> and its gradient with respect to <paramref name="x"/>, <paramref name="k"/>: one call of the method, then Richardson extrapolation of centered differences.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given; it too perturbs array elements in place and puts them back: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <param name="k">The point at which to differentiate: the argument <paramref name="k"/> of <see cref="Energy(float[], double)"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <param name="kGradient">Receives the derivative with respect to <paramref name="k"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static float EnergyValueAndGradient(float[] x, double k, float[] xGradient, out double kGradient)
        {
            EnergyGradient(x, k, xGradient, out kGradient);
            return Energy(x, k);
        }
