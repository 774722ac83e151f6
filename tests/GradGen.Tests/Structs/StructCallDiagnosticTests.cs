using System.Linq;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests.Structs
{
    /// <summary>
    /// Calls to [Differentiable] methods of several statements that take structs (issue 19) that GradGen cannot go
    /// through: GG0100 names the call and says why, and the caller's gradient falls back; never a silent zero.
    /// </summary>
    public class StructCallDiagnosticTests
    {
        private const string Header = """
            using GradGen;
            public record struct Vec2(double X, double Y);
            public struct Body { public double X; [NoDerivative] public double Mass; }

            """;

        private static string Fallback(string source)
        {
            var run = GeneratorHarness.Run(Header + source);
            var diagnostic = Assert.Single(run.Diagnostics, d => d.GetMessage().StartsWith("Method 'F' ", System.StringComparison.Ordinal) || d.GetMessage().StartsWith("Method 'Loss' ", System.StringComparison.Ordinal));
            Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(("GG0100", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
            Assert.NotEmpty(run.Sources);
            run.AssertGeneratedCodeCompiles();
            return diagnostic.GetMessage();
        }

        [Fact]
        public void StructLocalWithAConstantFieldIsNamed()
        {
            var message = Fallback("""
                public static partial class Net
                {
                    [Differentiable]
                    public static double Weigh(Body b) { double m = b.Mass; return m * b.X * b.X; }

                    [Differentiable]
                    public static double F(double x) { var b = new Body { X = x, Mass = x }; return Weigh(b); }
                }
                """);
            Assert.Contains("may carry a derivative for parameter 'b_Mass' of 'Weigh', which is [NoDerivative]", message);
        }

        [Fact]
        public void NoDerivativeStructWhoseFieldTheBodyAssignsIsNotPassedAsConstants()
        {
            // Read as constants, b.X would be the value the caller assigned from x, with its derivative lost.
            var run = GeneratorHarness.Run(Header + """
                public static partial class Net
                {
                    [Differentiable]
                    public static double Weigh(Body b) { double m = b.X; return m * b.X; }

                    [Differentiable]
                    public static double F(double x, [NoDerivative] Body b) { b.X = x; return Weigh(b); }
                }
                """);
            Assert.Contains(run.Diagnostics, d => d.Id == "GG0100" && d.GetMessage().StartsWith("Method 'F' uses assignment to 'b'", System.StringComparison.Ordinal));
            Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public void ParameterWhoseConstantFieldTheBodyAssignsIsNamed()
        {
            var message = Fallback("""
                public static partial class Net
                {
                    [Differentiable]
                    public static double Weigh(Body b) { double m = b.Mass; return m * b.X * b.X; }

                    [Differentiable]
                    public static double F(double x, Body b) { b.Mass = x * 2; return Weigh(b) + b.X; }
                }
                """);
            Assert.Contains("b_Mass", message);
        }

        [Fact]
        public void CalleeThatWritesAnElementOfItsArrayOfStructsIsNamed()
        {
            var message = Fallback("""
                public struct Cell { public double X; }
                public static partial class Net
                {
                    [Differentiable]
                    public static double Spoil(Cell[] cells) { cells[0].X = 0; return cells[1].X * cells[1].X; }

                    [Differentiable]
                    public static double F(Cell[] cells) => Spoil(cells) + cells[0].X;
                }
                """);
            Assert.Contains("whose array parameter 'cells' is written in 'cells[0].X = 0'", message);
        }

        [Fact]
        public void MemberThatAssignsItsOwnFieldIsNamed()
        {
            var message = Fallback("""
                public partial struct Accumulator
                {
                    public double Total;

                    [Differentiable]
                    public double Add(double s) { Total = Total + s; return Total * s; }
                }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(double x) { var a = new Accumulator { Total = x }; return a.Add(x); }
                }
                """);
            Assert.Contains("call to 'Add', a member of struct 'Accumulator' that assigns its own field ('Total')", message);
        }

        [Fact]
        public void InstanceMethodOfAnotherClassIsNamed()
        {
            var message = Fallback("""
                public partial class Physics
                {
                    public double K = 2;

                    [Differentiable]
                    public double Energy(Vec2 p) { double r = p.X * p.X; return K * (r + p.Y * p.Y); }
                }
                public static partial class Sim
                {
                    private static readonly Physics World = new Physics();

                    [Differentiable]
                    public static double Loss(double x) => World.Energy(new Vec2(x, 2 * x));
                }
                """);
            Assert.Contains("call to 'Energy', an instance method of 'Physics' called on another object or from another type than 'Sim'", message);
        }

        [Fact]
        public void StructResultWithNamedArgumentsIsNamed()
        {
            // The copies take their arguments by position: named arguments in another order would swap them.
            var message = Fallback("""
                public static partial class Net
                {
                    [Differentiable]
                    public static Vec2 Shift(Vec2 p, double a, double b) { double u = p.X + a; return new Vec2(u, p.Y + 2 * b); }

                    [Differentiable]
                    public static double F(double x) => Shift(b: x, a: 3 * x, p: new Vec2(x, x)).Y;
                }
                """);
            Assert.Contains("call to 'Shift' with a named or ref argument", message);
        }

        [Fact]
        public void MemberThatReadsAComputedPropertyOfItsStructIsNamed()
        {
            // The copy is static, with the struct's fields as parameters: a computed property of 'this' would read
            // an object the copy does not have, and its value would carry no derivative.
            var message = Fallback("""
                public readonly partial record struct Vec3(double X, double Y, double Z)
                {
                    public double Sum => X + Y + Z;

                    [Differentiable]
                    public double Scaled(double s) { double t = s * Sum; return t * X; }
                }
                public static partial class Net
                {
                    [Differentiable]
                    public static double F(double x) => new Vec3(x, 1, 2).Scaled(x);
                }
                """);
            Assert.Contains("'this.Sum' in 'Scaled', a member of struct 'Vec3' that is not one of its fields", message);
        }
    }
}
