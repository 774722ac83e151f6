//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double[,])"/> and its exact gradient with respect to <paramref name="m"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="m">The point at which to differentiate: the argument <paramref name="m"/> of <see cref="F(double[,])"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[,] gradient) FValueAndGradient(double[,] m)
        {
            if (m is null)
            {
                throw new global::System.ArgumentNullException("m");
            }

            double[,] mGradient = new double[m.GetLength(0), m.GetLength(1)];
            return (FValueAndGradient(m, mGradient), mGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="F(double[,])"/> and its exact gradient with respect to <paramref name="m"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="m">The point at which to differentiate: the argument <paramref name="m"/> of <see cref="F(double[,])"/>.</param>
        /// <param name="mGradient">Receives the derivative with respect to <paramref name="m"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FValueAndGradient(double[,] m, double[,] mGradient)
        {
            if (m is null)
            {
                throw new global::System.ArgumentNullException("m");
            }
            if (mGradient is null)
            {
                throw new global::System.ArgumentNullException("mGradient");
            }
            if (mGradient.GetLength(0) != m.GetLength(0) || mGradient.GetLength(1) != m.GetLength(1))
            {
                throw new global::System.ArgumentException("The destination must have the same shape as 'm'.", "mGradient");
            }
            if (mGradient.Length != 0 && object.ReferenceEquals(mGradient, m))
            {
                throw new global::System.ArgumentException("The destination must not be 'm' itself.", "mGradient");
            }

            global::System.Array.Clear(mGradient, 0, mGradient.Length);
            double result = 0;
            double s = 0;
            double v = 0;
            int vIndex = 0;
            double sAdjoint = 0;
            double vAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            vIndex = 0;
            // The adjoints the loop's reverse steps read, known before it runs.
            resultAdjoint = 1.0;
            sAdjoint = resultAdjoint;
            while (vIndex < m.Length)
            {
                int common2 = vIndex / m.GetLength(1);
                int common3 = vIndex % m.GetLength(1);
                v = m[common2, common3];
                s = s + v * v;
                // This iteration's reverse step, run now: the adjoints it reads are known, and it only adds to the gradient.
                int common = common2;
                int common1 = common3;
                vAdjoint = sAdjoint * v;
                vAdjoint += sAdjoint * v;
                mGradient[common, common1] += vAdjoint;
                vIndex = vIndex + 1;
            }
            result = s;
            double value = result;

            return value;
        }
