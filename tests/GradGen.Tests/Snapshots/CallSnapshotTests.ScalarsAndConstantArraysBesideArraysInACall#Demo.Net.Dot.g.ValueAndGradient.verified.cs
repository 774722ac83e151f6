//HintName: Demo.Net.Dot.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Dot(double[], double[], double)"/> and its exact gradient with respect to <paramref name="a"/>, <paramref name="b"/>, <paramref name="scale"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="scale">The point at which to differentiate: the argument <paramref name="scale"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>DotGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double[] a, double[] b, double scale) gradient) DotValueAndGradient(double[] a, double[] b, double scale)
        {
            if (a is null)
            {
                throw new global::System.ArgumentNullException("a");
            }
            if (b is null)
            {
                throw new global::System.ArgumentNullException("b");
            }

            double[] aGradient = new double[a.Length];
            double[] bGradient = new double[b.Length];
            double scaleGradient;
            return (DotValueAndGradient(a, b, scale, aGradient, bGradient, out scaleGradient), (aGradient, bGradient, scaleGradient));
        }

        /// <summary>
        /// Computes the value of <see cref="Dot(double[], double[], double)"/> and its exact gradient with respect to <paramref name="a"/>, <paramref name="b"/>, <paramref name="scale"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="scale">The point at which to differentiate: the argument <paramref name="scale"/> of <see cref="Dot(double[], double[], double)"/>.</param>
        /// <param name="aGradient">Receives the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives the derivative with respect to <paramref name="b"/>, element by element; must have its shape.</param>
        /// <param name="scaleGradient">Receives the derivative with respect to <paramref name="scale"/>.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotValueAndGradient(double[] a, double[] b, double scale, double[] aGradient, double[] bGradient, out double scaleGradient)
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
            if (bGradient.Length != 0 && object.ReferenceEquals(bGradient, aGradient))
            {
                throw new global::System.ArgumentException("The destination must not be 'aGradient'.", "bGradient");
            }

            global::System.Array.Clear(aGradient, 0, aGradient.Length);
            global::System.Array.Clear(bGradient, 0, bGradient.Length);
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
            resultAdjoint = 1.0;
            scaleAdjoint = resultAdjoint * s;
            sAdjoint = resultAdjoint * scale;
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                aGradient[i] += sAdjoint * b[i];
                bGradient[i] += sAdjoint * a[i];
            }

            scaleGradient = scaleAdjoint;
            return value;
        }
