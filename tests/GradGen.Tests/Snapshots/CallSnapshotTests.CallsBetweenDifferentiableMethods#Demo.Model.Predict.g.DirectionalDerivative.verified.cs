//HintName: Demo.Model.Predict.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Predict(double, double, double)"/> at a point along a direction: d/dt Predict(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays.
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Predict(double, double, double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Predict(double, double, double)"/>.</param>
        /// <param name="x">Passed to <see cref="Predict(double, double, double)"/> unchanged; not differentiated.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>.</param>
        /// <param name="bTangent">The direction's component along <paramref name="b"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double PredictDirectionalDerivative(double w, double b, double x, double wTangent, double bTangent)
        {
            return (wTangent * x + bTangent) * (1.0 - global::System.Math.Tanh(w * x + b) * global::System.Math.Tanh(w * x + b));
        }
