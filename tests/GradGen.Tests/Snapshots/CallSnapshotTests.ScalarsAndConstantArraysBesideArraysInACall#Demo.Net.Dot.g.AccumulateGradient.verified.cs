//HintName: Demo.Net.Dot.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Dot(double[], double[], double)"/> with respect to <paramref name="a"/>, <paramref name="b"/>, <paramref name="scale"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Dot(double[], double[], double)"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>DotGradient</c>, started from the seed instead of 1. For generated code; call <c>DotGradient</c> instead.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="scale">The point at which to differentiate: the argument <paramref name="scale"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="aGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="b"/>, element by element; must have its shape.</param>
        /// <param name="scaleGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="scale"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotAccumulateGradient(double[] a, double[] b, double scale, double seed, double[] aGradient, double[] bGradient, ref double scaleGradient)
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
            if (bGradient.Length != 0 && object.ReferenceEquals(bGradient, a))
            {
                throw new global::System.ArgumentException("The destination must not be 'a'.", "bGradient");
            }

            double result = 0;
            double s = 0;
            int i = 0;
            int iterations = 0;
            double sAdjoint = 0;
            double scaleAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            i = 0;
            iterations = 0;
            while (i < a.Length)
            {
                s = s + a[i] * b[i];
                i = i + 1;
                iterations++;
            }
            result = scale * s;
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            scaleAdjoint = resultAdjoint * s;
            sAdjoint = resultAdjoint * scale;
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                aGradient[i] += sAdjoint * b[i];
                bGradient[i] += sAdjoint * a[i];
            }

            scaleGradient += scaleAdjoint;
            return value;
        }
