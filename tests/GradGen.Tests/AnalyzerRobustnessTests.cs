using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// Half-typed code is the analyzer's normal input in an editor: it must never throw (which the compiler would
    /// report as AD0001) and must say nothing that the compiler already says.
    /// </summary>
    public class AnalyzerRobustnessTests
    {
        [Theory]
        [InlineData("public static partial class Net { [Differentiable] public static double F(double x) }")]
        [InlineData("public static partial class Net { [Differentiable] public static double F(double x, ) => x; }")]
        [InlineData("public static partial class Net { [Differentiable] public static Missing F(double x) => x; }")]
        [InlineData("public static partial class Net { [Differentiable] public static double F(Missing m, double x) => x; }")]
        [InlineData("public static partial class Net { [Differentiable(Step = )] public static double F(double x) => x; }")]
        [InlineData("public static partial class Net { [Differentiable(Stepp = 1)] public static double F(double x) => x; }")]
        [InlineData("public static partial class Net { [Differentiable] double F(double x) => x; [Differentiable] double F(double x) => x; }")]
        [InlineData("[Differentiable] public static double F(double x) => x;")]
        [InlineData("public static partial class Net { [Differentiable] public static extern double F(double x); }")]
        [InlineData("public static partial class Net { [Differentiable] public static double F(double x); }")]
        [InlineData("public partial interface INet { [Differentiable] double F(double x); }")]
        public void HalfTypedCodeNeverThrows(string code)
        {
            var run = GeneratorHarness.Run("using GradGen;\n" + code);

            Assert.DoesNotContain(run.Diagnostics, d => d.Id is "AD0001" or "CS8785");
            Assert.All(run.Diagnostics, d => Assert.StartsWith("GG", d.Id));
        }
    }
}
