//HintName: Demo.Net.Log(double,double).g.cs
//Kind: CenteredDiff
        /// <summary>
        /// Estimates the derivatives of <see cref="Log(double, double)"/> by the centered difference (f(p + h e_i) - f(p - h e_i)) / 2h with respect to <paramref name="x"/>, <paramref name="b"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method twice per differentiable input. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Log(double, double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Log(double, double)"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double x, double b) LogCenteredDiff(double x, double b, double step = 0.0001)
        {
            double xGradient = (Log(x + step, b) - Log(x - step, b)) / (2 * step);
            double bGradient = (Log(x, b + step) - Log(x, b - step)) / (2 * step);
            return (xGradient, bGradient);
        }
