using System;
using System.Globalization;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GradGen.Tests.Exact
{
    /// <summary>
    /// Mutual recursion through methods of three types in three files: each method of the cycle falls back to the
    /// numeric gradient with GG0100, a method that only calls into the cycle stays exact, and the recursion check,
    /// which remembers the calls per compilation, sees an edit that breaks the cycle.
    /// </summary>
    public class RecursionTests
    {
        private const string First = "using GradGen;\nnamespace Demo\n{\n    public static partial class A\n    {\n"
            + "        [Differentiable] public static double F(double x) => x > 1 ? B.G(x / 2) * 2 : x * x;\n"
            + "        [Differentiable] public static double Outside(double x) => F(x) * x;\n    }\n}\n";

        private const string Second = "using GradGen;\nnamespace Demo\n{\n    public static partial class B\n    {\n"
            + "        [Differentiable] public static double G(double x) => C.H(x) + x;\n    }\n}\n";

        private const string Third = "using GradGen;\nnamespace Demo\n{\n    public static partial class C\n    {\n"
            + "        [Differentiable] public static double H(double x) => A.F(x) * 3;\n    }\n}\n";

        [Fact]
        public void MutualRecursionAcrossTypesFallsBackWithAWarningOnEachMethodOfTheCycle()
        {
            var run = GeneratorHarness.Run(First, Second, Third);

            var warned = run.Diagnostics.Where(d => d.Id == "GG0100").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(m => m, StringComparer.Ordinal).ToList();
            Assert.Equal(3, warned.Count);
            Assert.Contains("Method 'F' uses recursive call to 'G'", warned[0], StringComparison.Ordinal);
            Assert.Contains("Method 'G' uses recursive call to 'H'", warned[1], StringComparison.Ordinal);
            Assert.Contains("Method 'H' uses recursive call to 'F'", warned[2], StringComparison.Ordinal);

            // Outside calls into the cycle without being in it: exact through F's (numeric) gradient.
            var type = run.Load().GetType("Demo.A")!;
            var x = 3.0;
            var expected = Numeric(x => A(x) * x, x);
            Assert.Equal(expected, (double)type.GetMethod("OutsideGradient")!.Invoke(null, new object[] { x })!, 5);
            Assert.Contains("FGradient(", Source(run.Result.Results.Single(), "Demo.A.Outside.g.cs"), StringComparison.Ordinal);
        }

        [Fact]
        public void BreakingTheCycleInAnotherFileMakesTheMethodsExact()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { First, Second, Third });
            var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
            var before = Source(driver.GetRunResult().Results.Single(), "Demo.A.F.g.cs");

            var tree = compilation.SyntaxTrees.Last();
            var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Third.Replace("A.F(x) * 3", "x * 3", StringComparison.Ordinal))));
            var after = Source(driver.RunGenerators(edited).GetRunResult().Results.Single(), "Demo.A.F.g.cs");
            var fresh = Source(GeneratorHarness.CreateDriver().RunGenerators(edited).GetRunResult().Results.Single(), "Demo.A.F.g.cs");

            Assert.NotEqual(before, after);
            Assert.Equal(fresh, after);
            Assert.Empty(GeneratorHarness.Run((Microsoft.CodeAnalysis.CSharp.CSharpCompilation)edited).Diagnostics.Where(d => d.Id == "GG0100"));
        }

        /// <summary>F of the cycle: F(x) = x > 1 ? G(x / 2) * 2 : x^2, G(x) = H(x) + x, H(x) = 3 F(x).</summary>
        private static double A(double x) => x > 1 ? (3 * A(x / 2) + (x / 2)) * 2 : x * x;

        private static double Numeric(Func<double, double> f, double x, double h = 1e-5) => (f(x + h) - f(x - h)) / (2 * h);

        private static string Source(GeneratorRunResult result, string hintName) =>
            result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
    }
}
