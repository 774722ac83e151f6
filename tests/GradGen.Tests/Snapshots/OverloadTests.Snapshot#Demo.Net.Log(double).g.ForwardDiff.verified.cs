//HintName: Demo.Net.Log(double).g.cs
//Kind: ForwardDiff
        /// <summary>
        /// Estimates the derivatives of <see cref="Log(double)"/> by the forward difference (f(p + h e_i) - f(p)) / h with respect to <paramref name="x"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method once per differentiable input, plus once at p. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call. The step h is 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default. This overload takes no step argument, since an optional step would take calls meant for another overload of <c>Log</c>; set <c>[Differentiable(Step = ...)]</c> to change it.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Log(double)"/>.</param>
        /// <returns>The derivative with respect to <paramref name="x"/>.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double LogForwardDiff(double x)
        {
            double value = Log(x);
            double xGradient = (Log(x + 0.0001) - value) / 0.0001;
            return xGradient;
        }
