using System;
using System.Linq;
using GradGen.Samples;
using GradGen.Tests.Functions;
using Xunit;
using static GradGen.Tests.Exact.Precision;

namespace GradGen.Tests.Exact
{
    /// <summary>Each construct's exact gradient, from code the real compiler generated, against its analytic derivative.</summary>
    public class ExactGradientRuntimeTests
    {
        [Theory]
        [InlineData(1.5, -0.7)]
        [InlineData(-2.25, 3.0)]
        public void StraightLine(double x, double y)
        {
            var (dx, dy) = ExactFunctions.StraightLineGradient(x, y);
            Close(y + 1 / y - 3, dx);
            Close(1 * x - x / (y * y), dy);
        }

        [Fact]
        public void ValueAndGradientReturnsTheMethodsValue()
        {
            var (value, gradient) = ExactFunctions.StraightLineValueAndGradient(1.5, -0.7);
            Assert.Equal(ExactFunctions.StraightLine(1.5, -0.7), value);
            Assert.Equal(ExactFunctions.StraightLineGradient(1.5, -0.7), gradient);
        }

        [Theory]
        [InlineData(1.5, -0.7)]
        [InlineData(-2.25, 3.0)]
        public void CompoundAssignments(double x, double y)
        {
            var (dx, dy) = ExactFunctions.CompoundAssignmentsGradient(x, y);
            Close((3 * x * x + y) / 2, dx);
            Close(x / 2, dy);
        }

        [Theory]
        [InlineData(2.0, 1.0)]
        [InlineData(-2.0, 1.0)]
        [InlineData(0.5, 1.0)]
        public void Branches(double x, double y)
        {
            var (dx, dy) = ExactFunctions.BranchesGradient(x, y);
            var (ex, ey) = x > y ? (2 * x * y, x * x) : x < 0 ? (-y, -x) : (0.0, 2 * y);
            Close(ex, dx);
            Close(ey, dy);
        }

        [Theory]
        [InlineData(2.0, 3.0)]
        [InlineData(0.5, 3.0)]
        [InlineData(2.0, -3.0)]
        [InlineData(0.5, -3.0)]
        public void BranchReassignment(double x, double y)
        {
            var (dx, dy) = ExactFunctions.BranchReassignmentGradient(x, y);
            var r = x > 1 ? x * x : 2 * x;
            var dr = x > 1 ? 2 * x : 2;
            Close(y > 0 ? dr * y : dr, dx);
            Close(y > 0 ? r : -1, dy);
        }

        [Fact]
        public void ForLoop()
        {
            var x = new[] { 1.0, -2.5, 3.25, 0.125 };
            Close(x.Select(v => 2 * v).ToArray(), ExactFunctions.ForLoopGradient(x));
        }

        [Theory]
        [InlineData(1.3)]
        [InlineData(-0.7)]
        public void WhileAndDoLoops(double x)
        {
            Close(5 * Math.Pow(x, 4), ExactFunctions.WhileLoopGradient(x));
            Close(4 * x * x * x, ExactFunctions.DoLoopGradient(x));
        }

        [Fact]
        public void ForEachLoop()
        {
            var x = new[] { 1.0, -2.5, 3.25 };
            Close(x.Select(v => 3 * v * v).ToArray(), ExactFunctions.ForEachLoopGradient(x));
        }

        [Theory]
        [InlineData(100)]
        [InlineData(7)]
        public void ForEachOverARank3ArrayVisitsElementsInRowMajorOrder(int stopAfter)
        {
            var a = new double[2, 3, 4];
            var expected = new double[2, 3, 4];
            var position = 0;
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    for (var k = 0; k < 4; k++)
                    {
                        a[i, j, k] = System.Math.Sin(1 + i * 12 + j * 4 + k);
                        position++;
                        expected[i, j, k] = position <= stopAfter && a[i, j, k] >= 0 ? 2 * position * a[i, j, k] : 0;
                    }
                }
            }

            var gradient = ExactFunctions.ForEachOverARank3ArrayGradient(a, stopAfter);

            Assert.Equal(expected.Cast<double>().Select(v => v == 0), gradient.Cast<double>().Select(v => v == 0));
            Close(expected.Cast<double>().ToArray(), gradient.Cast<double>().ToArray());
        }

        [Fact]
        public void BreakAndContinue()
        {
            var x = new[] { 0.5, 1.5, -0.25, 200.0, 0.75 };
            Close(new[] { Math.Cos(0.5), 0, Math.Cos(-0.25), 0, 0 }, ExactFunctions.BreakAndContinueGradient(x));
        }

        [Fact]
        public void ReturnFromLoop()
        {
            Close(new[] { 0.0, -3.0, 0.0 }, ExactFunctions.ReturnFromLoopGradient(new[] { 2.0, -1.5, -4.0 }));
            Close(new[] { 1.0, 0.0 }, ExactFunctions.ReturnFromLoopGradient(new[] { 2.0, 1.5 }));
        }

        [Fact]
        public void NestedLoopsOverAMatrix()
        {
            var w = new[,] { { 1.0, -2.0, 0.5 }, { 3.0, 0.25, -1.0 } };
            var c = new[] { 2.0, -1.0, 4.0 };
            var gradient = ExactFunctions.NestedLoopsGradient(w, c);
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    Close(2 * w[i, j] * c[j], gradient[i, j]);
                }
            }
        }

        [Fact]
        public void LocalArrays()
        {
            var x = new[] { 1.5, -0.5, 2.0 };
            var gradient = ExactFunctions.LocalArraysGradient(x);

            // s = sum 2 x_i^2; m11 = x0 x1; m00 = x0 x1 + 1; result adds (x0 x1 + 1) x0 x1.
            var p = x[0] * x[1];
            var expected = x.Select(v => 4 * v).ToArray();
            expected[0] += (2 * p + 1) * x[1];
            expected[1] += (2 * p + 1) * x[0];
            Close(expected, gradient);
        }

        [Theory]
        [InlineData(2.0)]
        [InlineData(0.3)]
        [InlineData(10.0)]
        public void NewtonIterationForSqrtConvergesToTheClosedForm(double a)
        {
            Close(1 / (2 * Math.Sqrt(a)), ExactFunctions.NewtonSqrtGradient(a));
        }

        [Fact]
        public void FloatInputs()
        {
            var v = new[] { 2.0f, -3.0f };
            var (x, vGradient) = ExactFunctions.FloatFunctionGradient(0.5f, v);
            Close(Math.Cos(0.5) * 2.0, x, 1e-6);
            Close(new[] { Math.Sin(0.5), -6.0 }, vGradient.Select(g => (double)g).ToArray(), 1e-6);
        }

        [Fact]
        public void ConstantResultHasAZeroGradient()
        {
            Assert.Equal((2.0, 0.0), ExactFunctions.ConstantResultValueAndGradient(1.5));
        }

        [Fact]
        public void ReassignedNoDerivativeParameterIsDifferentiatedThrough()
        {
            Close(2 * 3.0 * 1.5, ExactFunctions.ConstantParameterReassignedGradient(1.5, 3.0));
        }

        [Fact]
        public void DestinationOverloadOfLoopFreeCodeAllocatesNothing()
        {
            var x = new[] { 3.0, 4.0 };
            var destination = new double[2];
            Notebook.FValueAndGradient(x, destination);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Notebook.FValueAndGradient(x, destination);
            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
            Close(new[] { 2 * 3.0 + 4.0, 3.0 }, destination);
        }

        [Fact]
        public void DestinationOverloadOverwritesAndNeverWritesTheInputs()
        {
            var x = new[] { 1.0, -2.5, 3.25 };
            var copy = (double[])x.Clone();
            var destination = new[] { 99.0, 99.0, 99.0 };
            var value = ExactFunctions.ForLoopValueAndGradient(x, destination);
            Assert.Equal(ExactFunctions.ForLoop(x), value);
            Close(x.Select(v => 2 * v).ToArray(), destination);
            Assert.Equal(copy, x);
        }
    }
}
