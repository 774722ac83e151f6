//HintName: Demo.Net.Cube.g.cs
//Kind: AccumulateHessianVectorProduct
        /// <summary>
        /// Adds <paramref name="seed"/> times the Hessian of <see cref="Cube(double)"/> times the direction to the parameters' adjoints, and the seed times its gradient to the directions' adjoints, clearing neither: the reverse mode of <c>CubeDirectionalDerivative</c>, the step through a call to <see cref="Cube(double)"/> in the Hessian of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: reverse mode over the method's forward-mode program. For generated code; call <c>CubeHessianVectorProduct</c> (with <c>[Differentiable(Hessian = true)]</c>) instead.
        /// </remarks>
        /// <param name="v">The point at which to differentiate: the argument <paramref name="v"/> of <see cref="Cube(double)"/>.</param>
        /// <param name="vDirection">The direction's component along <paramref name="v"/>.</param>
        /// <param name="seed">The factor: in the caller, the adjoint of the directional derivative.</param>
        /// <param name="vGradient">Receives, added, the seed times the component of H v along <paramref name="v"/>.</param>
        /// <param name="vDirectionAdjoint">Receives, added, the seed times the derivative with respect to <paramref name="v"/>.</param>
        /// <returns>The derivative of the method along the direction.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double CubeAccumulateHessianVectorProduct(double v, double vDirection, double seed, ref double vGradient, ref double vDirectionAdjoint)
        {
            double result = 0;
            double vAdjoint = 0;
            double vDirectionAdjoint1 = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            result = (vDirection * v + v * vDirection) * v + v * v * vDirection;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            double seed1 = resultAdjoint * v;
            vDirectionAdjoint1 = seed1 * v;
            vAdjoint = seed1 * vDirection;
            vAdjoint += seed1 * vDirection;
            vDirectionAdjoint1 += seed1 * v;
            vAdjoint += resultAdjoint * (vDirection * v + v * vDirection);
            double seed2 = resultAdjoint * vDirection;
            vAdjoint += seed2 * v;
            vAdjoint += seed2 * v;
            vDirectionAdjoint1 += resultAdjoint * (v * v);

            vGradient += vAdjoint;
            vDirectionAdjoint += vDirectionAdjoint1;
            return value;
        }
