//HintName: Demo.Net.Dot.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> and its exact gradient with respect to <paramref name="a"/>, <paramref name="b"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>DotGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, (double[] a, double[] b) gradient) DotValueAndGradient(global::System.ReadOnlySpan<double> a, global::System.ReadOnlySpan<double> b)
        {

            double[] aGradient = new double[a.Length];
            double[] bGradient = new double[b.Length];
            return (DotValueAndGradient(a, b, aGradient, bGradient), (aGradient, bGradient));
        }

        /// <summary>
        /// Computes the value of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/> and its exact gradient with respect to <paramref name="a"/>, <paramref name="b"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="a">The point at which to differentiate: the argument <paramref name="a"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="b">The point at which to differentiate: the argument <paramref name="b"/> of <see cref="Dot(global::System.ReadOnlySpan{double}, global::System.ReadOnlySpan{double})"/>.</param>
        /// <param name="aGradient">Receives the derivative with respect to <paramref name="a"/>, element by element; must have its shape.</param>
        /// <param name="bGradient">Receives the derivative with respect to <paramref name="b"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double DotValueAndGradient(global::System.ReadOnlySpan<double> a, global::System.ReadOnlySpan<double> b, global::System.Span<double> aGradient, global::System.Span<double> bGradient)
        {
            if (aGradient.Length != a.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'a'.", "aGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)aGradient, (global::System.ReadOnlySpan<double>)a))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'a'.", "aGradient");
            }
            if (bGradient.Length != b.Length)
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'b'.", "bGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)bGradient, (global::System.ReadOnlySpan<double>)b))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'b'.", "bGradient");
            }

            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)aGradient, (global::System.ReadOnlySpan<double>)b))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'b'.", "aGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)bGradient, (global::System.ReadOnlySpan<double>)a))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'a'.", "bGradient");
            }
            if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<double>)bGradient, (global::System.ReadOnlySpan<double>)aGradient))
            {
                throw new global::System.ArgumentException("The destination must not overlap 'aGradient'.", "bGradient");
            }

            aGradient.Clear();
            bGradient.Clear();
            double result = 0;
            double s = 0;
            int i = 0;
            double sAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            i = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = 1.0;
            sAdjoint = resultAdjoint;
            while (i < a.Length)
            {
                s = s + a[i] * b[i];
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                aGradient[i] += sAdjoint * b[i];
                bGradient[i] += sAdjoint * a[i];
                i = i + 1;
            }
            result = s;
            double value = result;

            return value;
        }
