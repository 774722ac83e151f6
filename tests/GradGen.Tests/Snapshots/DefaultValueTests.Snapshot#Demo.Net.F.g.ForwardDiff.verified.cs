//HintName: Demo.Net.F.g.cs
//Kind: ForwardDiff
        /// <summary>
        /// Estimates the derivatives of <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> by the forward difference (f(p + h e_i) - f(p)) / h with respect to <paramref name="x"/>, <paramref name="scale"/>.
        /// </summary>
        /// <remarks>
        /// Calls the method once per differentiable input, plus once at p. Array elements are perturbed in place and put back to their exact original bits before this method returns or throws: do not read or write the arrays from another thread during the call.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/>.</param>
        /// <param name="scale">The point at which to differentiate: the argument <paramref name="scale"/> of <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/>.</param>
        /// <param name="power">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="mode">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="label">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="bias">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="rate">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="missing">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="c">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="big">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="maybe">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="span">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="negativeZero">Passed to <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> unchanged; not differentiated.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>The partial derivatives, one tuple element per differentiable parameter, named after it; each array has its parameter's shape.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double x, double scale) FForwardDiff(double x, double scale = 2.0, int power = 2, global::Demo.Mode mode = (global::Demo.Mode)(3), string? label = null, float bias = 0.1f, decimal rate = 1.5m, double missing = double.NaN, char c = '\'', long big = -3L, int? maybe = null, global::System.TimeSpan span = default(global::System.TimeSpan), double negativeZero = -0.0, double step = 0.0001)
        {
            double value = F(x, scale, power, mode, label, bias, rate, missing, c, big, maybe, span, negativeZero);
            double xGradient = (F(x + step, scale, power, mode, label, bias, rate, missing, c, big, maybe, span, negativeZero) - value) / step;
            double scaleGradient = (F(x, scale + step, power, mode, label, bias, rate, missing, c, big, maybe, span, negativeZero) - value) / step;
            return (xGradient, scaleGradient);
        }
