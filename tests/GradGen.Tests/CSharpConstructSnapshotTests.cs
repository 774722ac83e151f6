using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// Issue 14's constructs as the exact gradient writes them: a reviewer sees the lowered switch (if / else if,
    /// ?:) and the Math rules of modern .NET in the sweeps. Each must compile cleanly in the consumer.
    /// </summary>
    public class CSharpConstructSnapshotTests
    {
        [Fact]
        public void SwitchStatementAndExpression() => VerifyClean("""
            public enum Mode { Plain, Scaled }

            public static partial class Net
            {
                [Differentiable]
                public static double F(double x, [NoDerivative] int k, [NoDerivative] Mode mode)
                {
                    double y = 0;
                    switch (k)
                    {
                        case 0:
                            y = x * x;
                            break;
                        case 1 or 2 when x > 0:
                            y = Math.Sin(x);
                            break;
                        default:
                            y = -x;
                            break;
                    }

                    return mode switch { Mode.Scaled => 2 * y, _ => y } + x switch { < 0 => 0, _ => x };
                }
            }
            """);

        [Fact]
        public void MathFunctionsOfModernDotNet() => VerifyClean("""
            public static partial class Net
            {
                [Differentiable]
                public static double F(double x, double y)
                {
                    double s = Math.Clamp(x, -1, 1) + Math.FusedMultiplyAdd(x, y, 1) + Math.Log2(y * y + 1);
                    if (double.IsNaN(s) || !double.IsFinite(s))
                    {
                        return 0;
                    }

                    return s + Math.CopySign(x, y) + Math.ScaleB(y, 2) + Math.BitIncrement(x);
                }
            }
            """);

        private static void VerifyClean(string members, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
        {
            var run = GeneratorHarness.Run("using System;\nusing GradGen;\nnamespace Demo\n{\n" + members + "\n}\n");
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            Snapshot.Verify(run, new[] { Model.GeneratedMethodKind.ValueAndGradient, Model.GeneratedMethodKind.DirectionalDerivative }, test: test);
        }
    }
}
