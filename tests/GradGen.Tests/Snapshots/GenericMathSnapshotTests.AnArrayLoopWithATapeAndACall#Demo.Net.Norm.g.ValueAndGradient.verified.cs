//HintName: Demo.Net.Norm.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="Norm{T}(T[])"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written. Calls to other [Differentiable] methods go through their own <c>MGradient</c>: exact, unless that method falls back to the centered difference (warning GG0100 on it).
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Norm{T}(T[])"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>NormGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (T value, T[] gradient) NormValueAndGradient<T>(T[] x) where T : global::System.Numerics.IFloatingPointIeee754<T>
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            T[] xGradient = new T[x.Length];
            return (NormValueAndGradient(x, xGradient), xGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="Norm{T}(T[])"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="Norm{T}(T[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static T NormValueAndGradient<T>(T[] x, T[] xGradient) where T : global::System.Numerics.IFloatingPointIeee754<T>
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

            global::System.Array.Clear(xGradient, 0, xGradient.Length);
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
            resultAdjoint = T.One;
            sAdjoint = resultAdjoint / (T.CreateTruncating(2.0) * T.Sqrt(s));
            for (; iterations > 0; iterations--)
            {
                i = i - 1;
                s = valueTape[--valueTop];
                T seed = sAdjoint;
                if (x[i] > T.Zero)
                {
                    sAdjoint = seed;
                    var partials = global::Demo.Net.SquareGradient(x[i]);
                    xGradient[i] += seed * partials;
                }
                else
                {
                    sAdjoint = seed * T.Cos(x[i]);
                    T seed1 = seed * s;
                    xGradient[i] += -(seed1 * T.Sin(x[i]));
                }
            }
            GradGenGenericTapes_Norm_b40d37b2<T>.gradGenValueTape_Norm = valueTape.Length <= 1048576 ? valueTape : null;

            return value;
        }
