//HintName: Demo.Net.Log(double,double).g.cs
//Kind: Gradient
        /// <summary>
        /// Computes the exact gradient of <see cref="Log(double, double)"/> with respect to <paramref name="x"/>, <paramref name="b"/>.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Log(double, double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Log(double, double)"/>.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double x, double b) LogGradient(double x, double b)
        {
            return LogValueAndGradient(x, b).gradient;
        }
