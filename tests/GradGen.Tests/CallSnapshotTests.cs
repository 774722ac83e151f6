using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>The code that differentiates through calls: to [Differentiable] methods, and to a custom derivative.</summary>
    public class CallSnapshotTests
    {
        [Fact]
        public void CallsBetweenDifferentiableMethods()
        {
            var run = GeneratorHarness.Run(@"
using System;
using GradGen;
namespace Demo
{
    public partial class Model
    {
        public double Scale = 2;

        [Differentiable]
        public double Loss(double w, double b) => Square(Predict(w, b, 1.5) - 1) + this.Penalty(w);

        [Differentiable]
        public static double Predict(double w, double b, [NoDerivative] double x) => Math.Tanh(w * x + b);

        [Differentiable]
        public static double Square(double e) => e * e;

        [Differentiable]
        public double Penalty(double w) => Scale * w * w;
    }
}");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }

        /// <summary>The caller passes a local array to the callee; the callee's MAccumulateGradient adds into the caller's adjoint array.</summary>
        [Fact]
        public void ArraysPassedThroughACall()
        {
            var run = GeneratorHarness.Run(Exact.ArrayCallTests.LossCallsLogSumExp);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }

        /// <summary>A scalar beside an array goes through a ref local; an array that carries no derivative gets a scratch adjoint and a zero tangent.</summary>
        [Fact]
        public void ScalarsAndConstantArraysBesideArraysInACall()
        {
            var run = GeneratorHarness.Run(@"
using GradGen;
namespace Demo
{
    public partial class Net
    {
        [Differentiable]
        public static double Dot(double[] a, double[] b, double scale)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
            return scale * s;
        }

        [Differentiable]
        public double Loss(double[] w, [NoDerivative] double[] x, double c) => Dot(w, x, c * c);
    }
}");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }

        /// <summary>
        /// Helpers without [Differentiable] (issue 14): a private instance helper of the type, a static helper of a
        /// utility class that is not partial, calling a helper of its own; and a local function of several statements.
        /// The caller calls the hidden copies, each written once into the caller's type with its entry points.
        /// </summary>
        [Fact]
        public void HelpersWithoutTheAttribute()
        {
            var run = GeneratorHarness.Run(@"
using System;
using GradGen;
namespace Demo
{
    public static class Util
    {
        public static double Dot(double[] a, double[] b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
            return Half(s);
        }

        private static double Half(double v) => v / 2;
    }

    public partial class Model
    {
        public double Gain = 2;

        [Differentiable]
        public double Loss(double[] w, [NoDerivative] double[] x)
        {
            double z = Util.Dot(w, x);
            return Squash(z) + Cube(w[0]);

            static double Cube(double v)
            {
                double c = v * v * v;
                return c;
            }
        }

        private double Squash(double z)
        {
            double e = Math.Exp(-Gain * z);
            return 1 / (1 + e);
        }
    }
}");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run);
        }

        [Fact]
        public void CustomDerivative()
        {
            var run = GeneratorHarness.Run(Exact.CustomDerivativeTests.Erf);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, Snapshot.ExactKinds);
        }
    }
}
