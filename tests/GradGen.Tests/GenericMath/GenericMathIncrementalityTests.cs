using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static GradGen.Tests.IncrementalityTests;

namespace GradGen.Tests.GenericMath
{
    /// <summary>The generic-math model (the type parameter and its constraints, as strings) caches like the rest: an unrelated edit re-emits nothing, an edit to one generic method re-emits that method only.</summary>
    public class GenericMathIncrementalityTests
    {
        private const string Functions = """
            using System.Numerics;
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable]
                public static T Square<T>(T x) where T : IFloatingPointIeee754<T> => x * x;

                [Differentiable]
                public static T Norm<T>(T[] x) where T : IFloatingPointIeee754<T> { T s = T.Zero; foreach (var v in x) s += Square(v); return T.Sqrt(s); }
            }
            """;

        [Fact]
        public void UnrelatedEditRegeneratesNothing()
        {
            var (first, second) = RunTwice(
                Functions,
                null,
                (compilation, _) => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                    "namespace Demo { public class Unrelated { public int Answer => 42; } }",
                    (CSharpParseOptions)compilation.SyntaxTrees.First().Options)));

            Assert.Equal(2, first.Results.Single().GeneratedSources.Length);
            Assert.NotEmpty(Outputs(second, TrackingNames.MethodsWithOptions));
            Assert.All(Outputs(second, TrackingNames.MethodsWithOptions), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        }

        [Fact]
        public void EditingOneGenericMethodReEmitsOnlyThatMethod()
        {
            var (_, second) = RunTwice(Functions, null, (compilation, tree) =>
                compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
                    Functions.Replace("return T.Sqrt(s);", "return T.Sqrt(s + T.One);")))));

            var reasons = Outputs(second, TrackingNames.MethodsWithOptions).ToList();
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, reasons.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }
    }
}
