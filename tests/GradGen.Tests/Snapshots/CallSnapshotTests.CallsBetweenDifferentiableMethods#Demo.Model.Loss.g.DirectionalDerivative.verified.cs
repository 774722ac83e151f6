//HintName: Demo.Model.Loss.g.cs
//Kind: DirectionalDerivative
        /// <summary>
        /// Computes the derivative of <see cref="Loss(double, double)"/> at a point along a direction: d/dt Loss(p + t v) at t = 0.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: forward mode, derived from the method's body at compile time, in one pass that allocates only where the method allocates local arrays. Calls to other [Differentiable] methods go through their own <c>MDirectionalDerivative</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="w">The point at which to differentiate: the argument <paramref name="w"/> of <see cref="Loss(double, double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Loss(double, double)"/>.</param>
        /// <returns>The directional derivative, the dot product of the gradient with the direction.</returns>
        /// <param name="wTangent">The direction's component along <paramref name="w"/>.</param>
        /// <param name="bTangent">The direction's component along <paramref name="b"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public double LossDirectionalDerivative(double w, double b, double wTangent, double bTangent)
        {
            return global::Demo.Model.SquareDirectionalDerivative(global::Demo.Model.Predict(w, b, 1.5) - 1, global::Demo.Model.PredictDirectionalDerivative(w, b, 1.5, wTangent, bTangent)) + this.PenaltyDirectionalDerivative(w, wTangent);
        }
