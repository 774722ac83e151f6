//HintName: Demo.Net.Dot.g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Dot(double[], double[], double)"/> with respect to <paramref name="a"/>, <paramref name="b"/>, <paramref name="scale"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="scale">The point at which to differentiate: the argument <paramref name="scale"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double[] a, double[] b, double scale) DotGradient(double[] a, double[] b, double scale)
        {
            if (a is null)
            {
                throw new global::System.ArgumentNullException("a");
            }
            if (b is null)
            {
                throw new global::System.ArgumentNullException("b");
            }

            double[] aGradient = new double[a.Length];
            double[] bGradient = new double[b.Length];
            double scaleGradient;
            DotGradient(a, b, scale, aGradient, bGradient, out scaleGradient);
            return (aGradient, bGradient, scaleGradient);
        }

        /// <summary>
        /// Computes the exact gradient of <see cref="Dot(double[], double[], double)"/> with respect to <paramref name="a"/>, <paramref name="b"/>, <paramref name="scale"/>.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="scale">The point at which to differentiate: the argument <paramref name="scale"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="aGradient">Receives the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives the derivative with respect to <paramref name="b"/>, element by element; must have its shape.</param>
        /// <param name="scaleGradient">Receives the derivative with respect to <paramref name="scale"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void DotGradient(double[] a, double[] b, double scale, double[] aGradient, double[] bGradient, out double scaleGradient)
        {
            DotValueAndGradient(a, b, scale, aGradient, bGradient, out scaleGradient);
        }
