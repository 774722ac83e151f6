using System;
using System.Linq;
using GradGen.Samples;
using GradGen.Tests.Functions;
using Xunit;

namespace GradGen.Tests.Jacobian
{
    /// <summary>
    /// A scalar [Differentiable] method calling a vector-valued one (<c>var p = Softmax(z);</c>): the reverse sweep goes
    /// through the callee's <c>MAccumulateVectorJacobianProduct</c>, forward mode through its <c>MJacobianVectorProduct</c>.
    /// </summary>
    public class VectorCallTests
    {
        private static readonly double[,] W =
        {
            { 0.47355232, 0.9977393, 0.84668094 },
            { 0.85557411, 0.03563661, 0.69422093 },
        };

        private static readonly double[] X = { 0.6, 0.9 };
        private static readonly double[] T = { 0, 0, 1 };

        [Fact]
        public void SoftmaxCrossEntropyThroughAVectorValuedSoftmaxGivesTheNotebooksNumbers()
        {
            double[,] notebook =
            {
                { 0.21924757124, 0.14356242984, -0.36281000101 },
                { 0.32887135690, 0.21534364483, -0.54421500147 },
            };
            var w = (double[,])W.Clone();

            Assert.Equal(0.9280682857864075, JacobianFunctions.SoftmaxLoss(w, X, T), 1e-15);
            var gradient = JacobianFunctions.SoftmaxLossGradient(w, X, T);
            var exact = Notebook.LossGradient(w, X, T);
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    Assert.Equal(notebook[i, j], gradient[i, j], 1e-9);
                    Assert.Equal(exact[i, j], gradient[i, j], 1e-12);
                }
            }

            // Forward mode, through LayerSoftmaxJacobianVectorProduct: the gradient dotted with v.
            var v = new[,] { { 0.3, -1.2, 0.7 }, { 1.1, 0.4, -0.5 } };
            var dot = Enumerable.Range(0, 6).Sum(k => gradient[k / 3, k % 3] * v[k / 3, k % 3]);
            Assert.Equal(dot, JacobianFunctions.SoftmaxLossDirectionalDerivative(w, X, T, v), 12);
            Assert.Equal(W, w);
        }

        [Theory]
        [InlineData(4, 0)]
        [InlineData(7, 5)]
        public void NegativeLogLikelihoodOfALabelHasGradientPMinusTheOneHot(int n, int label)
        {
            var z = JacobianRuntimeTests.Random(n, n + label, -2, 2);
            var copy = (double[])z.Clone();
            var p = JacobianFunctions.Softmax(z);

            var gradient = JacobianFunctions.LabelLossGradient(z, label);
            for (var k = 0; k < n; k++)
            {
                Assert.Equal(p[k] - (k == label ? 1.0 : 0.0), gradient[k], 12);
            }

            var v = JacobianRuntimeTests.Random(n, 99);
            Assert.Equal(gradient.Zip(v, (g, d) => g * d).Sum(), JacobianFunctions.LabelLossDirectionalDerivative(z, label, v), 12);
            Assert.InRange(JacobianFunctions.LabelLossCheckGradient(z, label), 0.0, 1e-8);
            Assert.Equal(copy, z);
        }

        [Fact]
        public void VectorValuedMethodsCallingVectorValuedOnesHaveTheChainRulesJacobian()
        {
            var z = JacobianRuntimeTests.Random(5, 31, -2, 2);
            var softmax = JacobianFunctions.SoftmaxJacobian(z);
            JacobianRuntimeTests.Close(softmax, JacobianFunctions.SoftmaxAgainJacobian(z));
            var u = JacobianRuntimeTests.Random(5, 32);
            var expected = JacobianRuntimeTests.TransposeTimes(softmax, u);
            var actual = JacobianFunctions.SoftmaxAgainVectorJacobianProduct(z, u);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(expected[i], actual[i], 12);
            }

            // (p0, k sum_i i p_i): rows are row 0 of the softmax Jacobian and k sum_i i J[i, .], with d/dk = sum_i i p_i.
            double k = 0.7;
            var p = JacobianFunctions.Softmax(z);
            var summary = new double[2, 6];
            for (var j = 0; j < 5; j++)
            {
                summary[0, j] = softmax[0, j];
                summary[1, j] = k * Enumerable.Range(0, 5).Sum(i => i * softmax[i, j]);
            }

            summary[1, 5] = Enumerable.Range(0, 5).Sum(i => i * p[i]);
            JacobianRuntimeTests.Close(summary, JacobianFunctions.SoftmaxSummaryJacobian(z, k));
            var (first, weighted) = JacobianFunctions.SoftmaxSummaryJacobianVectorProduct(z, k, new double[] { 1, 0, 0, 0, 0 }, 0.0);
            Assert.Equal(summary[0, 0], first, 12);
            Assert.Equal(summary[1, 0], weighted, 12);
        }
    }
}
