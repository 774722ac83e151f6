//HintName: Demo.Net.Norm.g.cs
//Kind: AccumulateGradient
        /// <summary>
        /// Adds <paramref name="seed"/> times the gradient of <see cref="Norm{T}(T[])"/> with respect to <paramref name="x"/> to the adjoints given, which it does not clear: the step through a call to <see cref="Norm{T}(T[])"/> in the reverse sweep of a [Differentiable] method that passes it arrays.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: the reverse sweep of <c>NormGradient</c>, started from the seed instead of 1. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it). For generated code; call <c>NormGradient</c> instead.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Norm{T}(T[])"/>.</param>
        /// <param name="seed">The factor of the gradient: in the caller, the adjoint of the value of this call.</param>
        /// <param name="xGradient">Receives, added to what it holds, the seed times the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static T NormAccumulateGradient<T>(T[] x, T seed, T[] xGradient) where T : global::System.Numerics.IFloatingPointIeee754<T>
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

            T result = T.Zero;
            T s = T.Zero;
            int i = 0;
            int iterations = 0;
            T sAdjoint = T.Zero;
            T resultAdjoint = T.Zero;
            T[] valueTape = GradGenGenericTapes_Norm_b40d37b2<T>.gradGenValueTape_Norm ?? new T[64];
            GradGenGenericTapes_Norm_b40d37b2<T>.gradGenValueTape_Norm = null;
            int valueTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = T.Zero;
            i = 0;
            iterations = 0;
            while (i < x.Length)
            {
                if (valueTop == valueTape.Length)
                {
                    global::System.Array.Resize(ref valueTape, 2 * valueTape.Length);
                }
                valueTape[valueTop++] = s;
                s = x[i] > T.Zero ? s + global::Demo.Net.Square(x[i]) : s * T.Cos(x[i]);
                i = i + 1;
                iterations++;
            }
            result = T.Sqrt(s);
            T value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = seed;
            sAdjoint = resultAdjoint / (T.CreateTruncating(2.0) * T.Sqrt(s));
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                s = valueTape[--valueTop];
                T seed1 = sAdjoint;
                if (x[i] > T.Zero)
                {
                    sAdjoint = seed1;
                    var partials = global::Demo.Net.SquareGradient(x[i]);
                    xGradient[i] += seed1 * partials;
                }
                else
                {
                    sAdjoint = seed1 * T.Cos(x[i]);
                    T seed2 = seed1 * s;
                    xGradient[i] += -(seed2 * T.Sin(x[i]));
                }
            }
            GradGenGenericTapes_Norm_b40d37b2<T>.gradGenValueTape_Norm = valueTape.Length <= 1048576 ? valueTape : null;

            return value;
        }
