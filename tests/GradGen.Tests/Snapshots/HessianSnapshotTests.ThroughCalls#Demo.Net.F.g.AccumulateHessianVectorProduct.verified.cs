//HintName: Demo.Net.F.g.cs
//Kind: AccumulateHessianVectorProduct
        /// <summary>
        /// Adds <paramref name="seed"/> times the Hessian of <see cref="F(double[], double)"/> times the direction to the parameters' adjoints, and the seed times its gradient to the directions' adjoints, clearing neither: the reverse mode of <c>FDirectionalDerivative</c>, the step through a call to <see cref="F(double[], double)"/> in the Hessian of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: reverse mode over the method's forward-mode program. For generated code; call <c>FHessianVectorProduct</c> (with <c>[Differentiable(Hessian = true)]</c>) instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[], double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double[], double)"/>.</param>
        /// <param name="xDirection">The direction's component along <paramref name="x"/>.</param>
        /// <param name="yDirection">The direction's component along <paramref name="y"/>.</param>
        /// <param name="seed">The factor: in the caller, the adjoint of the directional derivative.</param>
        /// <param name="xGradient">Receives, added, the seed times the component of H v along <paramref name="x"/>.</param>
        /// <param name="yGradient">Receives, added, the seed times the component of H v along <paramref name="y"/>.</param>
        /// <param name="xDirectionAdjoint">Receives, added, the seed times the derivative with respect to <paramref name="x"/>.</param>
        /// <param name="yDirectionAdjoint">Receives, added, the seed times the derivative with respect to <paramref name="y"/>.</param>
        /// <returns>The derivative of the method along the direction.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FAccumulateHessianVectorProduct(double[] x, double y, double[] xDirection, double yDirection, double seed, double[] xGradient, ref double yGradient, double[] xDirectionAdjoint, ref double yDirectionAdjoint)
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

            if (xGradient.Length != 0 && object.ReferenceEquals(xGradient, xDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'xDirection'.", "xGradient");
            }
            if (xDirectionAdjoint.Length != 0 && object.ReferenceEquals(xDirectionAdjoint, x))
            {
                throw new global::System.ArgumentException("The destination must not be 'x'.", "xDirectionAdjoint");
            }
            if (xDirectionAdjoint.Length != 0 && object.ReferenceEquals(xDirectionAdjoint, xDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'xDirection'.", "xDirectionAdjoint");
            }

            double result = 0;
            double yAdjoint = 0;
            double yDirectionAdjoint1 = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = global::Demo.Net.CubeDirectionalDerivative(global::Demo.Net.Dot(x, x) * y, global::Demo.Net.DotDirectionalDerivative(x, x, xDirection, xDirection) * y + global::Demo.Net.Dot(x, x) * yDirection);
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            double vAdjoint = 0.0;
            double vAdjoint1 = 0.0;
            global::Demo.Net.CubeAccumulateHessianVectorProduct(global::Demo.Net.Dot(x, x) * y, global::Demo.Net.DotDirectionalDerivative(x, x, xDirection, xDirection) * y + global::Demo.Net.Dot(x, x) * yDirection, resultAdjoint, ref vAdjoint, ref vAdjoint1);
            double seed1 = vAdjoint * y;
            global::Demo.Net.DotAccumulateGradient(x, x, seed1, xGradient, xGradient);
            yAdjoint = vAdjoint * global::Demo.Net.Dot(x, x);
            double seed2 = vAdjoint1 * y;
            global::Demo.Net.DotAccumulateHessianVectorProduct(x, x, xDirection, xDirection, seed2, xGradient, xGradient, xDirectionAdjoint, xDirectionAdjoint);
            yAdjoint += vAdjoint1 * global::Demo.Net.DotDirectionalDerivative(x, x, xDirection, xDirection);
            double seed3 = vAdjoint1 * yDirection;
            global::Demo.Net.DotAccumulateGradient(x, x, seed3, xGradient, xGradient);
            yDirectionAdjoint1 = vAdjoint1 * global::Demo.Net.Dot(x, x);

            yGradient += yAdjoint;
            yDirectionAdjoint += yDirectionAdjoint1;
            return value;
        }
