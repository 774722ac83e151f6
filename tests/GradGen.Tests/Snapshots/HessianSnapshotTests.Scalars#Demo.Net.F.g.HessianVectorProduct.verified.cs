//HintName: Demo.Net.F.g.cs
//Kind: HessianVectorProduct
        /// <summary>
        /// Computes the Hessian of <see cref="F(double, double)"/> times a direction, H v, with respect to <paramref name="x"/>, <paramref name="y"/>: the derivative of the gradient along v.
        /// </summary>
        /// <remarks>
        /// Exact to rounding: GradGen differentiated the method's body at compile time, in reverse mode over its forward-mode program (one forward and one reverse sweep, whose cost does not grow with the number of inputs). The inputs are never written.
        /// </remarks>
        /// <param name="x">The point at which to differentiate: the argument <paramref name="x"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="y">The point at which to differentiate: the argument <paramref name="y"/> of <see cref="F(double, double)"/>.</param>
        /// <param name="xDirection">The direction's component along <paramref name="x"/>.</param>
        /// <param name="yDirection">The direction's component along <paramref name="y"/>.</param>
        /// <returns>H v, shaped as <c>FGradient</c>'s result.</returns>
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        public static (double x, double y) FHessianVectorProduct(double x, double y, double xDirection, double yDirection)
        {
            double xGradient;
            double yGradient;
            double result = 0;
            double a = 0;
            double aTangent = 0;
            double aAdjoint = 0;
            double aTangentAdjoint = 0;
            double xAdjoint = 0;
            double yAdjoint = 0;
            double resultAdjoint = 0;

            // Forward sweep: the method's own steps, keeping what the reverse sweep needs.
            aTangent = xDirection * y + x * yDirection;
            a = x * y;
            aTangent = aTangent + (xDirection * global::System.Math.Cos(x) / y - global::System.Math.Sin(x) * yDirection / (y * y));
            a = a + global::System.Math.Sin(x) / y;
            result = x > 0 ? aTangent * a + a * aTangent : aTangent * (y == 0.0 && a == 0.0 ? 0.0 : y * global::System.Math.Pow(a, y - 1.0)) + yDirection * (a == 0.0 && y >= 0.0 ? 0.0 : global::System.Math.Pow(a, y) * global::System.Math.Log(a));
            double value = result;

            // Reverse sweep: the same steps backwards, accumulating d(result)/d(each value).
            resultAdjoint = 1.0;
            if (x > 0)
            {
                aTangentAdjoint = resultAdjoint * a;
                aAdjoint = resultAdjoint * aTangent;
                aAdjoint += resultAdjoint * aTangent;
                aTangentAdjoint += resultAdjoint * a;
            }
            else
            {
                aTangentAdjoint = resultAdjoint * (y == 0.0 && a == 0.0 ? 0.0 : y * global::System.Math.Pow(a, y - 1.0));
                double seed = resultAdjoint * aTangent;
                if (y == 0.0 && a == 0.0)
                {
                }
                else
                {
                    yAdjoint = seed * global::System.Math.Pow(a, y - 1.0);
                    double seed1 = seed * y;
                    aAdjoint = seed1 * (y - 1.0 == 0.0 && a == 0.0 ? 0.0 : (y - 1.0) * global::System.Math.Pow(a, y - 1.0 - 1.0));
                    double seed2 = seed1 * (a == 0.0 && y - 1.0 >= 0.0 ? 0.0 : global::System.Math.Pow(a, y - 1.0) * global::System.Math.Log(a));
                    yAdjoint += seed2;
                }
                double seed3 = resultAdjoint * yDirection;
                if (a == 0.0 && y >= 0.0)
                {
                }
                else
                {
                    double seed4 = seed3 * global::System.Math.Log(a);
                    aAdjoint += seed4 * (y == 0.0 && a == 0.0 ? 0.0 : y * global::System.Math.Pow(a, y - 1.0));
                    yAdjoint += seed4 * (a == 0.0 && y >= 0.0 ? 0.0 : global::System.Math.Pow(a, y) * global::System.Math.Log(a));
                    double seed5 = seed3 * global::System.Math.Pow(a, y);
                    aAdjoint += seed5 / a;
                }
            }
            double seed6 = aAdjoint / y;
            double common = global::System.Math.Cos(x);
            xAdjoint = seed6 * common;
            double common1 = global::System.Math.Sin(x);
            yAdjoint += -(aAdjoint * common1 / (y * y));
            double seed7 = aTangentAdjoint / y;
            double seed8 = seed7 * xDirection;
            xAdjoint += -(seed8 * common1);
            yAdjoint += -(aTangentAdjoint * (xDirection * common) / (y * y));
            double seed9 = -aTangentAdjoint;
            double seed10 = seed9 / (y * y);
            double seed11 = seed10 * yDirection;
            xAdjoint += seed11 * common;
            double seed12 = -(seed9 * (common1 * yDirection) / (y * y * (y * y)));
            yAdjoint += seed12 * y;
            yAdjoint += seed12 * y;
            xAdjoint += aAdjoint * y;
            yAdjoint += aAdjoint * x;
            yAdjoint += aTangentAdjoint * xDirection;
            xAdjoint += aTangentAdjoint * yDirection;

            xGradient = xAdjoint;
            yGradient = yAdjoint;
            return (xGradient, yGradient);
        }
