//HintName: Demo.Net.F.g.cs
//Kind: HessianVectorProduct
        /// <summary>
        /// Computes the Hessian of <see cref="F(double[], double)"/> times a direction, H v, with respect to <paramref name="x"/>, <paramref name="y"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time, in reverse mode over its forward-mode program (one forward and one reverse sweep, whose cost does not grow with the number of inputs). The inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[], double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double[], double)"/>.</param>
        /// <param name="xDirection">The direction's component along <paramref name="x"/>, of its shape.</param>
        /// <param name="yDirection">The direction's component along <paramref name="y"/>.</param>
        /// <returns>H v, shaped as <c>FGradient</c>'s result.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double[] x, double y) FHessianVectorProduct(double[] x, double y, double[] xDirection, double yDirection)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            double[] xGradient = new double[x.Length];
            double yGradient;
            FHessianVectorProduct(x, y, xDirection, yDirection, xGradient, out yGradient);
            return (xGradient, yGradient);
        }

        /// <summary>
        /// Computes the Hessian of <see cref="F(double[], double)"/> times a direction, H v, with respect to <paramref name="x"/>, <paramref name="y"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time, in reverse mode over its forward-mode program (one forward and one reverse sweep, whose cost does not grow with the number of inputs). The inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[], double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double[], double)"/>.</param>
        /// <param name="xDirection">The direction's component along <paramref name="x"/>, of its shape.</param>
        /// <param name="yDirection">The direction's component along <paramref name="y"/>.</param>
        /// <param name="xGradient">Receives the component of H v along <paramref name="x"/>, element by element; must have its shape.</param>
        /// <param name="yGradient">Receives the component of H v along <paramref name="y"/>.</param>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static void FHessianVectorProduct(double[] x, double y, double[] xDirection, double yDirection, double[] xGradient, out double yGradient)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }
            if (xGradient is null)
            {
                throw new global::System.ArgumentNullException("xGradient");
            }
            if (xGradient.Length != x.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'x'.", "xGradient");
            }
            if (xGradient.Length != 0 && object.ReferenceEquals(xGradient, x))
            {
                throw new global::System.ArgumentException("The destination must not be 'x' itself.", "xGradient");
            }

            if (xDirection is null)
            {
                throw new global::System.ArgumentNullException("xDirection");
            }
            if (xDirection.Length != x.Length)
            {
                throw new global::System.ArgumentException("The direction must have the same shape as 'x'.", "xDirection");
            }
            if (xGradient.Length != 0 && object.ReferenceEquals(xGradient, xDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'xDirection'.", "xGradient");
            }

            global::System.Array.Clear(xGradient, 0, xGradient.Length);
            double result = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::Demo.Net.CubeDirectionalDerivative(global::Demo.Net.Dot(x, x) * y, global::Demo.Net.DotDirectionalDerivative(x, x, xDirection, xDirection) * y + global::Demo.Net.Dot(x, x) * yDirection);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            double vAdjoint = 0.0;
            double vAdjoint1 = 0.0;
            global::Demo.Net.CubeAccumulateHessianVectorProduct(global::Demo.Net.Dot(x, x) * y, global::Demo.Net.DotDirectionalDerivative(x, x, xDirection, xDirection) * y + global::Demo.Net.Dot(x, x) * yDirection, resultAdjoint, ref vAdjoint, ref vAdjoint1);
            double seed = vAdjoint * y;
            global::Demo.Net.DotAccumulateGradient(x, x, seed, xGradient, xGradient);
            yAdjoint = vAdjoint * global::Demo.Net.Dot(x, x);
            double seed1 = vAdjoint1 * y;
            global::Demo.Net.DotAccumulateHessianVectorProduct(x, x, xDirection, xDirection, seed1, xGradient, xGradient, new double[x.Length], new double[x.Length]);
            yAdjoint += vAdjoint1 * global::Demo.Net.DotDirectionalDerivative(x, x, xDirection, xDirection);
            double seed2 = vAdjoint1 * yDirection;
            global::Demo.Net.DotAccumulateGradient(x, x, seed2, xGradient, xGradient);

            yGradient = yAdjoint;
        }
