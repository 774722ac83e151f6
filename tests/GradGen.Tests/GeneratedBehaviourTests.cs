using System;
using GradGen.Tests.Functions;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>What users rely on when they call generated methods.</summary>
    public class GeneratedBehaviourTests : IDisposable
    {
        public GeneratedBehaviourTests() => Behaviour.CallsBeforeThrow = -1;

        public void Dispose() => Behaviour.CallsBeforeThrow = -1;

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(4)]
        public void InputsAreBitIdenticalAfterTheFunctionThrows(int callsBeforeThrow)
        {
            var w = new double[,] { { 0.1, -0.0 }, { double.Epsilon, 3 } };
            var before = Bits(w);

            foreach (var call in new Action[]
            {
                () => Behaviour.FragileForwardDiff(w, 2.0),
                () => Behaviour.FragileCenteredDiff(w, 2.0),
                () => Behaviour.FragileGradient(w, 2.0),
                () => Behaviour.FragileCenteredDiff(w, 2.0, new double[2, 2], out _),
            })
            {
                Behaviour.CallsBeforeThrow = callsBeforeThrow;
                Assert.Throws<InvalidOperationException>(call);
                Assert.Equal(before, Bits(w));
            }
        }

        [Fact]
        public void InputsAreBitIdenticalAfterSuccess()
        {
            var w = new double[,] { { 0.1, 1e-300 }, { -2.5, 1e17 } };
            var before = Bits(w);

            Behaviour.FragileForwardDiff(w, 1.0);
            Behaviour.FragileCenteredDiff(w, 1.0, 1e-3);
            Behaviour.FragileGradient(w, 1.0);

            Assert.Equal(before, Bits(w));
        }

        [Fact]
        public void DestinationOverloadFillsTheSameValuesAsTheAllocatingOne()
        {
            var w = new double[,] { { 1, 2 }, { 3, 4 } };
            var (allocated, biasDerivative) = Behaviour.FragileCenteredDiff(w, 0.5);

            var destination = new double[2, 2];
            Behaviour.FragileCenteredDiff(w, 0.5, destination, out var biasIntoOut);

            Assert.Equal(allocated, destination);
            Assert.Equal(biasDerivative, biasIntoOut);
            Assert.Equal(1.0, biasIntoOut, 1e-8);
            Assert.Equal(2 * 3.0, destination[1, 0], 1e-7);
        }

        [Fact]
        public void DestinationOfAnotherShapeIsRejected()
        {
            var w = new double[2, 2];
            var error = Assert.Throws<ArgumentException>(() => Behaviour.FragileGradient(w, 0, new double[2, 3], out _));
            Assert.Equal("wGradient", error.ParamName);
            Assert.Throws<ArgumentException>(() => Behaviour.FragileGradient(w, 0, w, out _));
        }

        [Fact]
        public void NullArraysAreRejectedWithTheirName()
        {
            Assert.Equal("w", Assert.Throws<ArgumentNullException>(() => Behaviour.FragileGradient(null!, 0)).ParamName);
            Assert.Equal("wGradient", Assert.Throws<ArgumentNullException>(() => Behaviour.FragileForwardDiff(new double[1, 1], 0, null!, out _)).ParamName);
        }

        [Fact]
        public void ThreeDimensionalArraysAreDifferentiatedElementByElement()
        {
            var cube = new double[2, 3, 2];
            cube[1, 2, 1] = 1.5;
            cube[0, 1, 0] = -2;
            var gradient = Behaviour.WeightedCenteredDiff(cube);

            Assert.Equal(2 * 2 * 1.5, gradient[1, 2, 1], 1e-8);
            Assert.Equal(1 * 2 * -2.0, gradient[0, 1, 0], 1e-8);
            Assert.Equal(0.0, gradient[0, 0, 0], 1e-8);
        }

        [Fact]
        public void FloatsDivideByTheStepActuallyTaken()
        {
            var x = new[] { 1.5f, 2f };
            var (dx, dk) = Behaviour.SpringCenteredDiff(x, 3f);

            Assert.IsType<float[]>(dx);
            Assert.Equal(2 * 3f * 1.5f, dx[0], 2e-3f);
            Assert.Equal(1f, dx[1], 1e-3f);
            Assert.Equal(1.5f * 1.5f, dk, 2e-3f);
            Assert.Equal(new[] { 1.5f, 2f }, x);
        }

        [Fact]
        public void InstanceMethodsUseTheirInstance()
        {
            var pendulum = new Pendulum { G = 9.81 };
            var (dLength, dTheta) = pendulum.EnergyGradient(2.0, 0.3);

            Assert.Equal(9.81 * (1 - Math.Cos(0.3)), dLength, 1e-8);
            Assert.Equal(9.81 * 2.0 * Math.Sin(0.3), dTheta, 1e-7);
        }

        [Fact]
        public void ForwardDifferenceEvaluatesTheFunctionOncePerInputPlusOnce()
        {
            Behaviour.CallsBeforeThrow = 6;
            Behaviour.FragileForwardDiff(new double[2, 2], 0);
            Assert.Equal(0, Behaviour.CallsBeforeThrow);
        }

        private static long[] Bits(double[,] values)
        {
            var bits = new long[values.Length];
            int k = 0;
            foreach (var value in values)
            {
                bits[k++] = BitConverter.DoubleToInt64Bits(value);
            }

            return bits;
        }
    }
}
