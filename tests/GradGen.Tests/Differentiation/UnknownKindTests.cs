using System;
using System.Collections.Generic;
using GradGen.Differentiation;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Model.Body;
using Xunit;

namespace GradGen.Tests.Differentiation
{
    /// <summary>
    /// A kind of statement or expression that a transform does not know makes it throw, in both modes and in the
    /// printers: a new construct forgotten in one place fails a test instead of losing its derivative.
    /// </summary>
    public class UnknownKindTests
    {
        private static readonly BodyVariable X = new("x", BodyType.Double, 0, VariableKind.DifferentiableParameter);

        [Fact]
        public void AnUnknownExpressionThrowsInBothModesAndInThePrinter()
        {
            var body = Body(new ReturnStatement(new BinaryExpression(BinaryOperator.Multiply, new VariableExpression("x", BodyType.Double), new UnknownExpression(), BodyType.Double)));

            Assert.Throws<InvalidOperationException>(() => TangentTransform.Apply(body, Directions));
            Assert.Throws<InvalidOperationException>(() => Adjoint(body));
            Assert.Throws<InvalidOperationException>(() => new ExpressionWriter(name => name).Text(new UnknownExpression()));
        }

        [Fact]
        public void AnUnknownStatementThrowsInBothModes()
        {
            var body = Body(new UnknownStatement(), new ReturnStatement(new VariableExpression("x", BodyType.Double)));

            Assert.Throws<InvalidOperationException>(() => TangentTransform.Apply(body, Directions));
            Assert.Throws<InvalidOperationException>(() => Adjoint(body));
        }

        private static IReadOnlyDictionary<string, string> Directions => new Dictionary<string, string> { ["x"] = "xTangent" };

        private static ExactBody Body(params BodyStatement[] statements) => new(new[] { X }.ToEquatableArray(), statements.ToEquatableArray());

        private static void Adjoint(ExactBody body)
        {
            var method = new MethodModel(
                string.Empty,
                new[] { new ContainingTypeModel("public static ", "class", "T", "T") }.ToEquatableArray(),
                "F",
                "public",
                true,
                ScalarKind.Double,
                new[] { new ParameterModel("x", "double", "double", string.Empty, string.Empty, new DifferentiableShape(ScalarKind.Double, 0)) }.ToEquatableArray(),
                null,
                "T.F.g.cs");
            var names = new NameScope(new[] { "x", "xGradient" });
            AdjointTransform.Apply(body, new SweepContext(method, names.Unique, NameScope.Escape, new Dictionary<string, string> { ["x"] = "xGradient" }, null));
        }

        private sealed record UnknownExpression() : BodyExpression(BodyType.Double);

        private sealed record UnknownStatement : BodyStatement;
    }
}
