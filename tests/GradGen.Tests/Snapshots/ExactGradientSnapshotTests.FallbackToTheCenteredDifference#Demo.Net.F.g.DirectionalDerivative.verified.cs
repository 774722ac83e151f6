//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double)"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// The dot product of the direction with the gradient <c>FGradient</c> returns, which is numeric for this method (Richardson extrapolation of centered differences).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double x, double xTangent)
        {
            var gradient = FGradient(x);
            double dot = 0.0;
            dot += (double)gradient * xTangent;
            return dot;
        }
