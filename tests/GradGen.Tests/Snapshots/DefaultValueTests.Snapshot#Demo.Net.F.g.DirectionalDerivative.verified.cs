//HintName: Demo.Net.F.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="F(double, double, int, global::Demo.Mode, string, float, decimal, double, char, long, int?, global::System.TimeSpan, double)"/> at a point along a direction: d/dt F(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
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
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="xTangent">The direction's component along <paramref name="x"/>.</param>
        /// <param name="scaleTangent">The direction's component along <paramref name="scale"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FDirectionalDerivative(double x, double scale, int power, global::Demo.Mode mode, string? label, float bias, decimal rate, double missing, char c, long big, int? maybe, global::System.TimeSpan span, double negativeZero, double xTangent, double scaleTangent)
        {
            return scaleTangent * global::System.Math.Pow(x, power) + scale * (xTangent * (power == 0.0 && x == 0.0 ? 0.0 : power * global::System.Math.Pow(x, power - 1.0)));
        }
