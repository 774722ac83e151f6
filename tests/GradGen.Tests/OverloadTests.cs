using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// Overloads that differ in arity (issue 14, item 1): every overload gets every member, and no call binds to
    /// another overload's optional step. Each call in the inputs' <c>Calls</c> class names, in a comment after it,
    /// the parameters of the generated member it must bind to; the test asks the compiler what it bound to.
    /// </summary>
    public class OverloadTests
    {
        [Fact]
        public void OverloadsThatDifferInArityGetEveryMember()
        {
            var run = GeneratorHarness.Run("""
                using System;
                using GradGen;
                public static partial class Net
                {
                    [Differentiable] public static double G(double x) => Math.Sin(x);
                    [Differentiable] public static double G(double x, double y) => Math.Sin(x) * Math.Cos(y);
                }

                public static class Calls
                {
                    public static double A() => Net.GForwardDiff(1.0);                 // (x)
                    public static object B() => Net.GForwardDiff(1.0, 2.0);            // (x, y, step)
                    public static object C() => Net.GForwardDiff(1.0, 2.0, 1e-6);      // (x, y, step)
                    public static double D() => Net.GCenteredDiff(1.0);                // (x)
                    public static object E() => Net.GCenteredDiff(1.0, 2.0);           // (x, y, step)
                    public static double F() => Net.GGradient(1.0);                    // (x)
                    public static object G() => Net.GGradient(1.0, 2.0);               // (x, y)
                    public static double H() => Net.GRichardsonDiff(1.0);              // (x)
                    public static object I() => Net.GRichardsonDiff(1.0, 2.0);         // (x, y)
                    public static double J() => Net.GDirectionalDerivative(1.0, 2.0);  // (x, xTangent)
                    public static double K() => Net.GCheckGradient(1.0, 2.0);          // (x, y)
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            AssertEachCallBindsAsCommented(run);
            var text = string.Join("\n", run.Sources.Select(source => source.SourceText.ToString()));
            Assert.Contains("public static double GForwardDiff(double x)", text);
            Assert.Contains("public static (double x, double y) GForwardDiff(double x, double y, double step = 0.0001)", text);
            Assert.Contains("This overload takes no step argument", text);
        }

        [Fact]
        public void Snapshot() => Infrastructure.Snapshot.Verify(
            GeneratorHarness.Run("""
                using System;
                using GradGen;
                namespace Demo;
                public static partial class Net
                {
                    [Differentiable] public static double Log(double x) => Math.Log(x);
                    [Differentiable] public static double Log(double x, double b) => Math.Log(x) / Math.Log(b);
                }
                """),
            new[] { Model.GeneratedMethodKind.ForwardDiff, Model.GeneratedMethodKind.CenteredDiff, Model.GeneratedMethodKind.Gradient });

        [Fact]
        public void ACallMeantForAnotherOverloadNeverBindsToTheStep()
        {
            // With an optional step, FForwardDiff(1.0, 0.5) would bind to F(double x)'s step: 0.5 does not convert to
            // float. Without it, the call is the compiler's error, as F(1.0, 0.5) itself is.
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable] public static double F(double x) => x * x;
                    [Differentiable] public static double F(double x, float y) => x * y;
                }

                public static class Calls
                {
                    public static object A() => Net.FForwardDiff(1.0, 0.5f);           // (x, y, step)
                    public static object B() => Net.FForwardDiff(1.0, 0.5);
                }
                """);
            Assert.Empty(run.Diagnostics);
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var error = Assert.Single(errors);
            Assert.Equal("CS1503", error.Id);
            var line = error.Location.SourceTree!.GetText().Lines[error.Location.GetLineSpan().StartLinePosition.Line].ToString();
            Assert.Contains("B() => Net.FForwardDiff(1.0, 0.5)", line, System.StringComparison.Ordinal);
            AssertEachCallBindsAsCommented(run);
        }

        [Fact]
        public void ObjectAndNumericParametersOfAnotherOverloadAlsoTakeTheStepAway()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable] public static double F(double x) => x * x;
                    [Differentiable] public static double F(double x, [NoDerivative] object tag) => x;
                    [Differentiable] public static double H(float x) => x * x;
                    [Differentiable] public static double H(double x, [NoDerivative] int n) => x * n;
                }

                public static class Calls
                {
                    public static double A() => Net.FForwardDiff(1.0, 2.0);            // (x, tag, step)
                    public static double B() => Net.HForwardDiff(1.0f, 2);             // (x, n, step)
                    public static double C() => Net.HForwardDiff(1.0f, 2, 1e-3);       // (x, n, step)
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            AssertEachCallBindsAsCommented(run);
        }

        [Fact]
        public void OverloadsThatCannotTakeEachOthersCallsKeepTheirSteps()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable] public static double F(double x) => x * x;
                    [Differentiable] public static double F(double[] x) => x[0] * x[0];
                    [Differentiable] public static double F(double x, [NoDerivative] string label) => x;
                    [Differentiable] public static double F(double x, [NoDerivative] double[] data) => x * data[0];
                }

                public static class Calls
                {
                    public static double A() => Net.FForwardDiff(1.0, 1e-3);           // (x, step)
                    public static double[] B() => Net.FForwardDiff(new[] { 1.0 }, 1e-3); // (x, step)
                    public static double C() => Net.FForwardDiff(1.0, "a");            // (x, label, step)
                    public static double D() => Net.FForwardDiff(1.0, new[] { 1.0 });  // (x, data, step)
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            AssertEachCallBindsAsCommented(run);
            Assert.DoesNotContain("This overload takes no step argument", string.Join("\n", run.Sources.Select(source => source.SourceText.ToString())));
        }

        [Fact]
        public void AUserMethodsCallsAreNotTakenByTheStepEither()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable] public static double Square(double x) => x * x;
                    public static double SquareForwardDiff(double x, double y) => 2 * x + y;
                }

                public static class Calls
                {
                    public static double A() => Net.SquareForwardDiff(1.0, 2.0);       // (x, y)
                    public static double B() => Net.SquareForwardDiff(1.0);            // (x)
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            AssertEachCallBindsAsCommented(run);
        }

        [Fact]
        public void SecondOrderOverloadsLoseTheStepOfTheNumericHessianToo()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public static partial class Net
                {
                    [Differentiable(Hessian = true)] public static double G(double x) => x * x * x;
                    [Differentiable(Hessian = true)] public static double G(double x, double y) => x * y;
                }

                public static class Calls
                {
                    public static double A() => Net.GHessianCenteredDiff(1.0);          // (x)
                    public static double[,] B() => Net.GHessianCenteredDiff(1.0, 2.0);  // (x, y, step)
                    public static double C() => Net.GHessian(1.0);                      // (x)
                }
                """);
            Assert.Empty(run.Diagnostics);
            run.AssertGeneratedCodeCompiles();
            AssertEachCallBindsAsCommented(run);
        }

        /// <summary>Every invocation in <c>Calls</c> followed by a comment <c>// (a, b)</c> binds to a method whose parameters are named so.</summary>
        private static void AssertEachCallBindsAsCommented(GeneratorRun run)
        {
            var tree = run.Output.SyntaxTrees.First();
            var model = run.Output.GetSemanticModel(tree);
            var checkedCalls = 0;
            foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var comment = call.Ancestors().OfType<MemberDeclarationSyntax>().First().GetTrailingTrivia()
                    .FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)).ToString();
                if (comment.Length == 0)
                {
                    continue;
                }

                var symbol = model.GetSymbolInfo(call).Symbol as IMethodSymbol;
                Assert.True(symbol is not null, call + " does not bind");
                var parameters = "(" + string.Join(", ", symbol!.Parameters.Select(p => p.Name)) + ")";
                Assert.True(comment.TrimStart('/', ' ') == parameters, call + " binds to " + symbol + ", expected " + comment);
                checkedCalls++;
            }

            Assert.True(checkedCalls > 0);
        }
    }
}
