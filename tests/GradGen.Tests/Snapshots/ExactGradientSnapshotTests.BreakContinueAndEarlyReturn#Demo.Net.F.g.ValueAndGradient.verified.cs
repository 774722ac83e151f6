//HintName: Demo.Net.F.g.cs
//Kind: ValueAndGradient
        /// <summary>
        /// Computes the value of <see cref="F(double[])"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time in reverse mode (one forward and one reverse sweep). The derivative follows the path the method takes at this point; the inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <returns><c>value</c>: the method's value, of its own return type; <c>gradient</c>: the gradient, shaped as <c>FGradient</c> returns it.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double value, double[] gradient) FValueAndGradient(double[] x)
        {
            if (x is null)
            {
                throw new global::System.ArgumentNullException("x");
            }

            double[] xGradient = new double[x.Length];
            return (FValueAndGradient(x, xGradient), xGradient);
        }

        /// <summary>
        /// Computes the value of <see cref="F(double[])"/> and its exact gradient with respect to <paramref name="x"/>, in one forward and one reverse sweep.
        /// </summary>
        /// <remarks>
        /// Computed as the overload without destinations computes it (see its remarks), into the destinations given.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double[])"/>.</param>
        /// <param name="xGradient">Receives the derivative with respect to <paramref name="x"/>, element by element; must have its shape.</param>
        /// <returns>The method's value, of its own return type.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static double FValueAndGradient(double[] x, double[] xGradient)
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
            double result = 0;
            double s = 0;
            int i = 0;
            bool branch = false;
            bool branch1 = false;
            bool branch2 = false;
            bool branch3 = false;
            bool branch4 = false;
            int iterations = 0;
            bool branch5 = false;
            bool continued = false;
            bool broken = false;
            bool returned = false;
            double sAdjoint = 0;
            double resultAdjoint = 0;
            long[] controlTape = gradGenControlTape_F ?? new long[64];
            gradGenControlTape_F = null;
            int controlTop = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            s = 0;
            i = 0;
            iterations = 0;
            while (!broken && !returned && i < x.Length)
            {
                if (controlTop + 5 > controlTape.Length)
                {
                    global::System.Array.Resize(ref controlTape, 2 * controlTape.Length);
                }
                if (i == 1)
                {
                    continued = true;
                }
                branch3 = !continued;
                if (branch3)
                {
                    if (x[i] > 100)
                    {
                        broken = true;
                    }
                    branch2 = !broken;
                    if (branch2)
                    {
                        branch = x[i] < -100;
                        if (branch)
                        {
                            result = s;
                            returned = true;
                        }
                        controlTape[controlTop++] = branch ? 1 : 0;
                        branch1 = !returned;
                        if (branch1)
                        {
                            s = s + x[i];
                        }
                        controlTape[controlTop++] = branch1 ? 1 : 0;
                    }
                    controlTape[controlTop++] = branch2 ? 1 : 0;
                }
                controlTape[controlTop++] = branch3 ? 1 : 0;
                continued = false;
                branch4 = !broken && !returned;
                if (branch4)
                {
                    i = i + 1;
                }
                controlTape[controlTop++] = branch4 ? 1 : 0;
                iterations++;
            }
            broken = false;
            branch5 = !returned;
            if (branch5)
            {
                result = s * s;
            }
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            if (branch5)
            {
                sAdjoint = resultAdjoint * s;
                sAdjoint += resultAdjoint * s;
                resultAdjoint = 0.0;
            }
            for (; iterations > 0; iterations--)
            {
                if (controlTape[--controlTop] != 0)
                {
                    i = i - 1;
                }
                if (controlTape[--controlTop] != 0)
                {
                    if (controlTape[--controlTop] != 0)
                    {
                        if (controlTape[--controlTop] != 0)
                        {
                            xGradient[i] += sAdjoint;
                        }
                        if (controlTape[--controlTop] != 0)
                        {
                            sAdjoint += resultAdjoint;
                            resultAdjoint = 0.0;
                        }
                    }
                }
            }
            gradGenControlTape_F = controlTape.Length <= 1048576 ? controlTape : null;

            return value;
        }
