//HintName: Demo.Net.Cube.g.cs
//Kind: HessianCenteredDiff
        /// <summary>
        /// Estimates the Hessian of <see cref="Cube(double)"/> with respect to <paramref name="x"/> by second centered differences.
        /// </summary>
        /// <remarks>
        /// Off the diagonal (f(x+h e_i+h e_j) - f(x+h e_i-h e_j) - f(x-h e_i+h e_j) + f(x-h e_i-h e_j)) / 4h^2, on it (f(x+h e_i) - 2 f(x) + f(x-h e_i)) / h^2: 1 + 2N + 2N(N-1) calls of the method, error O(h^2) plus rounding O(eps/h^2). Array elements are perturbed in place and restored bit for bit before the method returns. Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Cube(double)"/>.</param>
        /// <param name="step">The finite-difference step h; by default 0.0001, from <c>[Differentiable(Step = ...)]</c> or GradGen's default.</param>
        /// <returns>The second derivative, estimated.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double CubeHessianCenteredDiff(double x, double step = 0.0001)
        {
            double center = Cube(x);
            double saved = x;
            x = (double)(saved + step);
            double up = Cube(x);
            x = (double)(saved - step);
            double down = Cube(x);
            x = saved;
            return (up - 2.0 * center + down) / (step * step);
        }
