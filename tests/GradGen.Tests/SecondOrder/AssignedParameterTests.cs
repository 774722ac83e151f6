using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.SecondOrder
{
    /// <summary>
    /// Found by the struct fuzzer (issue 19): a differentiable parameter assigned after a branch that reads it, and not
    /// read again by the result's tangent, left the reverse-over-forward program (MAccumulateHessianVectorProduct,
    /// written for every method) adding into the adjoint of the assigned value without declaring it (CS0103).
    /// </summary>
    public class AssignedParameterTests
    {
        [Fact]
        public void ParameterAssignedFromALocalAfterABranchCompilesInEveryMode()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable(Hessian = true)]
                    public static double C(double a, double b, double[] p)
                    {
                        double[] q = new double[2];
                        if (a > 0.5)
                        {
                            q[1] = p[0];
                        }

                        double t = b;
                        a = t;
                        return a + q[1];
                    }
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
        }
    }
}
