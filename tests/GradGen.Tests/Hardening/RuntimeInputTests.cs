using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GradGen.Tests.Functions;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// What generated methods do with awkward inputs, run against code the real compiler generated: non-finite
    /// numbers propagate, empty arrays give empty derivatives, null arrays are named, and no call ever leaves an
    /// input array changed by even one bit, also when the user's function throws part-way.
    /// </summary>
    public class RuntimeInputTests
    {
        private static readonly string[] ArrayFunctions =
        {
            nameof(RuntimeInputFunctions.SumOfSquares),
            nameof(RuntimeInputFunctions.Affine),
            nameof(RuntimeInputFunctions.Mixed),
        };

        /// <summary>Values whose bits a careless restore would change: NaN payloads, -0.0, subnormals, extremes.</summary>
        private static readonly double[] AwkwardDoubles =
        {
            BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_1234), BitConverter.Int64BitsToDouble(unchecked((long)0xFFF0_0000_0000_0001)),
            -0.0, 0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, double.PositiveInfinity,
            double.NegativeInfinity, 0.1, 1e-4, -1e-300, 3.0,
        };

        private static readonly float[] AwkwardFloats =
        {
            BitConverter.Int32BitsToSingle(0x7FC0_0123), -0.0f, float.Epsilon, float.MaxValue, float.NegativeInfinity, 0.1f, 16777216f,
        };

        private static readonly string[] ExactFunctions =
        {
            nameof(RuntimeInputFunctions.ExactSumOfSquares),
            nameof(RuntimeInputFunctions.ExactProduct),
        };

        public static IEnumerable<object[]> GeneratedArrayMethods() =>
            ArrayFunctions.SelectMany(function => GeneratedCall.AllFor(function).Select(call => new object[] { call }));

        public static IEnumerable<object[]> ExactlyDifferentiatedMethods() =>
            ExactFunctions.SelectMany(function => GeneratedCall.AllFor(function).Select(call => new object[] { call }));

        public static IEnumerable<object[]> AllArrayMethods() => GeneratedArrayMethods().Concat(ExactlyDifferentiatedMethods());

        [Theory]
        [MemberData(nameof(AllArrayMethods))]
        public void InputsAreBitIdenticalAfterTheCall(GeneratedCall call)
        {
            var inputs = AwkwardInputs(call.Function);
            var before = Bits(inputs);
            call.Invoke(inputs, new CallCounter());
            Assert.Equal(before, Bits(inputs));
        }

        [Theory]
        [MemberData(nameof(GeneratedArrayMethods))]
        public void InputsAreBitIdenticalWhenTheFunctionThrowsOnAnyCall(GeneratedCall call)
        {
            var counter = new CallCounter();
            call.Invoke(AwkwardInputs(call.Function), counter);
            Assert.True(counter.Calls >= 3, "too few calls to test: " + counter.Calls);

            for (var throwOn = 1; throwOn <= counter.Calls; throwOn++)
            {
                var inputs = AwkwardInputs(call.Function);
                var before = Bits(inputs);
                var exception = Assert.Throws<InvalidOperationException>(() => call.Invoke(inputs, new CallCounter(throwOn)));
                Assert.Equal("Thrown on call " + throwOn + ".", exception.Message);
                Assert.Equal(before, Bits(inputs));
            }
        }

        [Theory]
        [MemberData(nameof(ExactlyDifferentiatedMethods))]
        public void InputsAreBitIdenticalWhenAnExactlyDifferentiatedFunctionThrows(GeneratedCall call)
        {
            // Two elements of v where the function reads three: it throws wherever it reaches v[2].
            var inputs = call.Function == nameof(RuntimeInputFunctions.ExactProduct)
                ? new object[] { Matrix(2, 3), new[] { -0.0, AwkwardDoubles[0] } }
                : new object[] { (double[])AwkwardDoubles.Clone() };
            var before = Bits(inputs);
            try
            {
                call.Invoke(inputs, new CallCounter());
            }
            catch (IndexOutOfRangeException)
            {
            }

            Assert.Equal(before, Bits(inputs));
        }

        [Theory]
        [MemberData(nameof(AllArrayMethods))]
        public void NullArrayThrowsArgumentNullExceptionNamingIt(GeneratedCall call)
        {
            foreach (var parameter in call.Method.GetParameters().Where(p => p.ParameterType.IsArray))
            {
                var exception = Assert.Throws<ArgumentNullException>(() => call.Invoke(AwkwardInputs(call.Function), new CallCounter(), nullParameter: parameter.Name));
                Assert.Equal(parameter.Name, exception.ParamName);
            }
        }

        [Fact]
        public void EmptyArraysGiveEmptyDerivatives()
        {
            var counter = new CallCounter();
            Assert.Empty(RuntimeInputFunctions.SumOfSquaresForwardDiff(Array.Empty<double>(), counter));
            Assert.Empty(RuntimeInputFunctions.SumOfSquaresCenteredDiff(Array.Empty<double>(), counter));
            Assert.Empty(RuntimeInputFunctions.SumOfSquaresGradient(Array.Empty<double>(), counter));
            RuntimeInputFunctions.SumOfSquaresGradient(Array.Empty<double>(), counter, Array.Empty<double>());
            Assert.Empty(RuntimeInputFunctions.SumOfSquaresRichardsonDiff(Array.Empty<double>(), counter));
            RuntimeInputFunctions.SumOfSquaresRichardsonDiff(Array.Empty<double>(), counter, Array.Empty<double>(), Array.Empty<double>());

            var (w, bias) = RuntimeInputFunctions.AffineGradient(new double[0, 3], 2.0, counter);
            Assert.Equal((0, 3), (w.GetLength(0), w.GetLength(1)));
            Assert.Equal(4.0, bias, 6);

            var (x, cube) = RuntimeInputFunctions.MixedCenteredDiff(Array.Empty<float>(), new double[2, 0, 1], counter);
            Assert.Empty(x);
            Assert.Equal((2, 0, 1), (cube.GetLength(0), cube.GetLength(1), cube.GetLength(2)));
        }

        [Fact]
        public void DestinationThatIsTheInputIsRejectedUnlessEmpty()
        {
            var x = new[] { 1.0, 2.0 };
            var exception = Assert.Throws<ArgumentException>(() => RuntimeInputFunctions.SumOfSquaresGradient(x, new CallCounter(), x));
            Assert.Equal("xGradient", exception.ParamName);
            Assert.Equal(new[] { 1.0, 2.0 }, x);

            var empty = Array.Empty<double>();
            RuntimeInputFunctions.SumOfSquaresForwardDiff(empty, new CallCounter(), empty);
        }

        [Theory]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity)]
        public void NonFiniteInputsPropagateWithoutExceptions(double nonFinite)
        {
            var counter = new CallCounter();
            var x = new[] { 1.0, nonFinite, -2.0 };
            foreach (var gradient in new[]
            {
                RuntimeInputFunctions.SumOfSquaresForwardDiff(x, counter),
                RuntimeInputFunctions.SumOfSquaresCenteredDiff(x, counter),
                RuntimeInputFunctions.SumOfSquaresRichardsonDiff(x, counter),
                RuntimeInputFunctions.SumOfSquaresGradient(x, counter),
            })
            {
                // f itself is not finite here, so no difference of its values is a number.
                Assert.All(gradient, value => Assert.True(double.IsNaN(value)));
            }

            Assert.True(double.IsNaN(RuntimeInputFunctions.SquareForwardDiff(nonFinite)));
            Assert.True(double.IsNaN(RuntimeInputFunctions.SquareCenteredDiff(nonFinite)));

            // The exact derivative 2x is itself non-finite there: NaN stays NaN, an infinity stays one.
            Assert.Equal(2 * nonFinite, RuntimeInputFunctions.SquareGradient(nonFinite));
            Assert.All(RuntimeInputFunctions.ExactSumOfSquaresGradient(x), (value, i) => Assert.Equal(i == 1 ? 2 * nonFinite : 2 * x[i], value));

            var (w, bias) = RuntimeInputFunctions.AffineCenteredDiff(new[,] { { 1.0, nonFinite } }, 1.0, counter);
            Assert.All(w.Cast<double>().Append(bias), value => Assert.True(double.IsNaN(value)));
            var (xf, cube) = RuntimeInputFunctions.MixedGradient(new[] { 1f, (float)nonFinite }, new double[1, 1, 1], counter);
            Assert.All(xf.Select(value => (double)value).Concat(cube.Cast<double>()), value => Assert.True(double.IsNaN(value)));
        }

        private static object[] AwkwardInputs(string function) => function switch
        {
            nameof(RuntimeInputFunctions.SumOfSquares) => new object[] { (double[])AwkwardDoubles.Clone() },
            nameof(RuntimeInputFunctions.Affine) => new object[] { Matrix(3, 5), BitConverter.Int64BitsToDouble(unchecked((long)0x8000_0000_0000_0000)) },
            nameof(RuntimeInputFunctions.ExactSumOfSquares) => new object[] { (double[])AwkwardDoubles.Clone() },
            nameof(RuntimeInputFunctions.ExactProduct) => new object[] { Matrix(3, 5), (double[])AwkwardDoubles.Clone() },
            _ => new object[] { (float[])AwkwardFloats.Clone(), Cube() },
        };

        private static double[,] Matrix(int rows, int columns)
        {
            var matrix = new double[rows, columns];
            for (var i = 0; i < rows * columns; i++)
            {
                matrix[i / columns, i % columns] = AwkwardDoubles[i % AwkwardDoubles.Length];
            }

            return matrix;
        }

        private static double[,,] Cube()
        {
            var cube = new double[2, 2, 2];
            var i = 0;
            foreach (var index in new[] { (0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1) })
            {
                cube[index.Item1, index.Item2, index.Item3] = AwkwardDoubles[i++];
            }

            return cube;
        }

        /// <summary>Every element of every array input as raw bits: NaN payloads and the sign of zero included.</summary>
        private static List<long> Bits(object[] inputs)
        {
            var bits = new List<long>();
            foreach (var input in inputs.OfType<Array>())
            {
                foreach (var element in input)
                {
                    bits.Add(element is float single ? BitConverter.SingleToInt32Bits(single) : BitConverter.DoubleToInt64Bits((double)element));
                }
            }

            return bits;
        }

        /// <summary>
        /// One generated method, found by reflection so that every overload is covered, also ones added later: the
        /// function's own arguments, a counter, then destinations shaped like the inputs they are named after
        /// (<c>xGradient</c>, and <c>xError</c> for error estimates) and the default step.
        /// </summary>
        public sealed class GeneratedCall
        {
            private GeneratedCall(string function, MethodInfo method) => (Function, Method) = (function, method);

            public string Function { get; }

            public MethodInfo Method { get; }

            public static IEnumerable<GeneratedCall> AllFor(string function) =>
                typeof(RuntimeInputFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .Where(method => new[] { "ForwardDiff", "CenteredDiff", "RichardsonDiff", "Gradient", "ValueAndGradient" }.Any(suffix => method.Name == function + suffix))
                    .OrderBy(method => method.Name, StringComparer.Ordinal)
                    .ThenBy(method => method.GetParameters().Length)
                    .Select(method => new GeneratedCall(function, method));

            /// <summary>Calls the method on <paramref name="inputs"/>; rethrows what it throws, unwrapped.</summary>
            public void Invoke(object[] inputs, CallCounter counter, string? nullParameter = null)
            {
                var parameters = Method.GetParameters();
                var arguments = new object?[parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    arguments[i] = i < inputs.Length ? inputs[i]
                        : parameter.ParameterType == typeof(CallCounter) ? counter
                        : parameter.HasDefaultValue ? parameter.DefaultValue
                        : DestinationLike(inputs[Array.FindIndex(parameters, p => p.Name + "Gradient" == parameter.Name || p.Name + "Error" == parameter.Name)]);
                    arguments[i] = parameter.Name == nullParameter ? null : arguments[i];
                }

                try
                {
                    Method.Invoke(null, arguments);
                }
                catch (TargetInvocationException exception) when (exception.InnerException is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                }
            }

            public override string ToString() =>
                Method.Name + "(" + string.Join(", ", Method.GetParameters().Select(p => p.ParameterType.Name)) + ")";

            private static object? DestinationLike(object input)
            {
                if (input is not Array array)
                {
                    return null;
                }

                var lengths = Enumerable.Range(0, array.Rank).Select(array.GetLength).ToArray();
                return Array.CreateInstance(array.GetType().GetElementType()!, lengths);
            }
        }
    }
}
