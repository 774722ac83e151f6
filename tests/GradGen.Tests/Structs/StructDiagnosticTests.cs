using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests.Structs
{
    /// <summary>The diagnostics of structs GradGen cannot differentiate (issue 19): GG0040 to GG0044, and GG0100 for a constructor it cannot map.</summary>
    public class StructDiagnosticTests
    {
        [Fact]
        public void GG0040_ReferenceTypeField()
        {
            var diagnostic = DiagnosticTests.AssertSingle("GG0040", """
                using GradGen;
                public struct Body { public double X; public string Name; }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(Body [|b|]) => b.X * b.X;
                }
                """);
            Assert.Contains("parameter 'b' has struct type 'Body', whose field 'Name' has reference type 'string'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0041_UnsupportedFieldType()
        {
            var diagnostic = DiagnosticTests.AssertSingle("GG0041", """
                using GradGen;
                public struct Money { public double Rate; public decimal Amount; }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(Money[] [|m|]) => m[0].Rate;
                }
                """);
            Assert.Contains("field 'Amount' has type 'decimal'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0042_StructThatCannotBeRebuilt()
        {
            var diagnostic = DiagnosticTests.AssertSingle("GG0042", """
                using GradGen;
                public readonly struct Pair
                {
                    public Pair(double a, double b) { A = a * 2; B = b; }
                    public readonly double A;
                    public readonly double B;
                }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(Pair [|p|]) => p.A * p.B;
                }
                """);
            Assert.Contains("which GradGen cannot read or rebuild from its fields: field 'A'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0042_PrivateField()
        {
            var diagnostic = DiagnosticTests.AssertSingle("GG0042", """
                using GradGen;
                public struct Hidden { private double x; public double Y; public double Get() => x; }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(Hidden [|h|]) => h.Y;
                }
                """);
            Assert.Contains("field 'x': it is not readable", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0043_StructPassedByReference()
        {
            var diagnostic = DiagnosticTests.AssertSingle("GG0043", """
                using GradGen;
                public record struct Vec2(double X, double Y);
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(ref Vec2 [|p|]) => p.X * p.Y;
                }
                """);
            Assert.Contains("parameter 'p' is struct 'Vec2' passed by 'ref'", diagnostic.GetMessage());
        }

        [Fact]
        public void GG0044_StructResultWithAnIntField()
        {
            var diagnostic = DiagnosticTests.AssertSingle("GG0044", """
                using GradGen;
                public struct Tagged { public double X; public double Y; public int Tag; }
                public static partial class Net
                {
                    [Differentiable]
                    public static [|Tagged|] F(double x) => new Tagged { X = x, Y = x * x, Tag = 1 };
                }
                """);
            Assert.Contains("returns struct 'Tagged', which has the field 'Tag', which is of type int", diagnostic.GetMessage());
        }

        [Fact]
        public void ConstructorThatComputesIsNamedByGG0100AndTheGradientFallsBack()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public struct Scaled
                {
                    public Scaled(double x) { X = x * 2; }
                    public double X;
                }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(double a) => new Scaled(a).X * a;
                }
                """);
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal(("GG0100", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
            Assert.Contains("constructor of 'Scaled' that does more than assign its parameters to fields", diagnostic.GetMessage());
            Assert.NotEmpty(run.Sources);
        }

        [Fact]
        public void StructOperatorOfItsOwnIsNamedByGG0100()
        {
            var run = GeneratorHarness.Run("""
                using GradGen;
                public record struct Vec2(double X, double Y)
                {
                    public static Vec2 operator +(Vec2 a, Vec2 b) => new Vec2(a.X + b.X, a.Y + b.Y);
                }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(Vec2 a, Vec2 b) => (a + b).X;
                }
                """);
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("GG0100", diagnostic.Id);
            Assert.Contains("operator '+' declared by struct 'Vec2'", diagnostic.GetMessage());
        }
    }
}
