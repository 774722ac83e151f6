//HintName: Demo.Net.Dot.g.cs
//Kind: AccumulateHessianVectorProduct
        /// <summary>
        /// Adds <paramref name="seed"/> times the Hessian of <see cref="Dot(double[], double[])"/> times the direction to the parameters' adjoints, and the seed times its gradient to the directions' adjoints, clearing neither: the reverse mode of <c>DotDirectionalDerivative</c>, the step through a call to <see cref="Dot(double[], double[])"/> in the Hessian of a [Differentiable] method that calls it.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: reverse mode over the method's forward-mode program. For generated code; call <c>DotHessianVectorProduct</c> (with <c>[Differentiable(Hessian = true)]</c>) instead.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[], double[])"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(double[], double[])"/>.</param>
        /// <param name="aDirection">The direction's component along <paramref name="a"/>.</param>
        /// <param name="bDirection">The direction's component along <paramref name="b"/>.</param>
        /// <param name="seed">The factor: in the caller, the adjoint of the directional derivative.</param>
        /// <param name="aGradient">Receives, added, the seed times the component of H v along <paramref name="a"/>.</param>
        /// <param name="bGradient">Receives, added, the seed times the component of H v along <paramref name="b"/>.</param>
        /// <param name="aDirectionAdjoint">Receives, added, the seed times the derivative with respect to <paramref name="a"/>.</param>
        /// <param name="bDirectionAdjoint">Receives, added, the seed times the derivative with respect to <paramref name="b"/>.</param>
        /// <returns>The derivative of the method along the direction.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotAccumulateHessianVectorProduct(double[] a, double[] b, double[] aDirection, double[] bDirection, double seed, double[] aGradient, double[] bGradient, double[] aDirectionAdjoint, double[] bDirectionAdjoint)
        {
            if (a is null)
            {
                throw new global::System.ArgumentNullException("a");
            }
            if (aGradient is null)
            {
                throw new global::System.ArgumentNullException("aGradient");
            }
            if (aGradient.Length != a.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'a'.", "aGradient");
            }
            if (aGradient.Length != 0 && object.ReferenceEquals(aGradient, a))
            {
                throw new global::System.ArgumentException("The destination must not be 'a' itself.", "aGradient");
            }
            if (b is null)
            {
                throw new global::System.ArgumentNullException("b");
            }
            if (bGradient is null)
            {
                throw new global::System.ArgumentNullException("bGradient");
            }
            if (bGradient.Length != b.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'b'.", "bGradient");
            }
            if (bGradient.Length != 0 && object.ReferenceEquals(bGradient, b))
            {
                throw new global::System.ArgumentException("The destination must not be 'b' itself.", "bGradient");
            }

            if (aGradient.Length != 0 && object.ReferenceEquals(aGradient, b))
            {
                throw new global::System.ArgumentException("The destination must not be 'b'.", "aGradient");
            }
            if (aGradient.Length != 0 && object.ReferenceEquals(aGradient, aDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'aDirection'.", "aGradient");
            }
            if (aGradient.Length != 0 && object.ReferenceEquals(aGradient, bDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'bDirection'.", "aGradient");
            }
            if (bGradient.Length != 0 && object.ReferenceEquals(bGradient, a))
            {
                throw new global::System.ArgumentException("The destination must not be 'a'.", "bGradient");
            }
            if (bGradient.Length != 0 && object.ReferenceEquals(bGradient, aDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'aDirection'.", "bGradient");
            }
            if (bGradient.Length != 0 && object.ReferenceEquals(bGradient, bDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'bDirection'.", "bGradient");
            }
            if (aDirectionAdjoint.Length != 0 && object.ReferenceEquals(aDirectionAdjoint, a))
            {
                throw new global::System.ArgumentException("The destination must not be 'a'.", "aDirectionAdjoint");
            }
            if (aDirectionAdjoint.Length != 0 && object.ReferenceEquals(aDirectionAdjoint, b))
            {
                throw new global::System.ArgumentException("The destination must not be 'b'.", "aDirectionAdjoint");
            }
            if (aDirectionAdjoint.Length != 0 && object.ReferenceEquals(aDirectionAdjoint, aDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'aDirection'.", "aDirectionAdjoint");
            }
            if (aDirectionAdjoint.Length != 0 && object.ReferenceEquals(aDirectionAdjoint, bDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'bDirection'.", "aDirectionAdjoint");
            }
            if (bDirectionAdjoint.Length != 0 && object.ReferenceEquals(bDirectionAdjoint, a))
            {
                throw new global::System.ArgumentException("The destination must not be 'a'.", "bDirectionAdjoint");
            }
            if (bDirectionAdjoint.Length != 0 && object.ReferenceEquals(bDirectionAdjoint, b))
            {
                throw new global::System.ArgumentException("The destination must not be 'b'.", "bDirectionAdjoint");
            }
            if (bDirectionAdjoint.Length != 0 && object.ReferenceEquals(bDirectionAdjoint, aDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'aDirection'.", "bDirectionAdjoint");
            }
            if (bDirectionAdjoint.Length != 0 && object.ReferenceEquals(bDirectionAdjoint, bDirection))
            {
                throw new global::System.ArgumentException("The destination must not be 'bDirection'.", "bDirectionAdjoint");
            }

            double result = 0;
            double sTangent = 0;
            int i = 0;
            double sTangentAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            sTangent = 0.0;
            i = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = seed;
            sTangentAdjoint = resultAdjoint;
            while (i < a.Length)
            {
                sTangent = sTangent + (aDirection[i] * b[i] + a[i] * bDirection[i]);
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                aDirectionAdjoint[i] += sTangentAdjoint * b[i];
                bGradient[i] += sTangentAdjoint * aDirection[i];
                aGradient[i] += sTangentAdjoint * bDirection[i];
                bDirectionAdjoint[i] += sTangentAdjoint * a[i];
                i = i + 1;
            }
            result = sTangent;
            double value = result;

            return value;
        }
