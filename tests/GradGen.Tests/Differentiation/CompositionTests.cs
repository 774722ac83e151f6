using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GradGen.Tests.Differentiation
{
    /// <summary>
    /// The two transforms compose with no text in between: the reverse mode of the forward-mode program (the way
    /// Clad's Hessian mode runs its reverse-mode visitor over what its forward-mode visitor produced) gives the
    /// Hessian-vector product, checked against the closed form after printing, compiling and running it.
    /// </summary>
    public class CompositionTests
    {
        [Theory]
        [InlineData(0.3, 1.0)]
        [InlineData(-1.7, 0.5)]
        [InlineData(2.5, -2.0)]
        public void ReverseOverForwardGivesTheHessianVectorProduct(double x, double v)
        {
            var tangent = TangentTransform.Apply(TangentTransformTests.Body(), new Dictionary<string, string> { ["x"] = "v" });
            var method = new MethodModel(
                string.Empty,
                new[] { new ContainingTypeModel("public static ", "class", "T", "T") }.ToEquatableArray(),
                "H",
                "public",
                true,
                ScalarKind.Double,
                new[]
                {
                    new ParameterModel("x", "double", "double", string.Empty, string.Empty, new DifferentiableShape(ScalarKind.Double, 0)),
                    new ParameterModel("v", "double", "double", string.Empty, string.Empty, null),
                }.ToEquatableArray(),
                null,
                "T.H.g.cs");
            var names = new NameScope(new[] { "x", "v", "xGradient", "H" });
            var program = AdjointTransform.Apply(tangent, new SweepContext(method, names.Unique, NameScope.Escape, new Dictionary<string, string> { ["x"] = "xGradient" }, null));

            var writer = new IndentedWriter();
            var value = ProgramPrinter.Write(writer, program);
            var source = "public static class T\n{\npublic static double H(double x, double v, out double xGradient)\n{\n" + writer + "return " + value + ";\n}\n}\n";
            var h = Compile(source).GetType("T")!.GetMethod("H")!;
            var arguments = new object?[] { x, v, null };
            var directional = (double)h.Invoke(null, arguments)!;

            Assert.Equal((Math.Sin(x) + x * Math.Cos(x)) * v, directional, 12);
            Assert.Equal((2 * Math.Cos(x) - x * Math.Sin(x)) * v, (double)arguments[2]!, 12);
        }

        private static System.Reflection.Assembly Compile(string source)
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { source });
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + source);
            return System.Reflection.Assembly.Load(stream.ToArray());
        }
    }
}
