using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Body;
using Xunit;

namespace GradGen.Tests.Differentiation
{
    /// <summary>
    /// Forward mode is a transform of the body model: its output is a body in the supported subset, so it can be
    /// run as it is, and transformed again (forward over forward gives second derivatives) with no text in between.
    /// </summary>
    public class TangentTransformTests
    {
        private static readonly BodyExpression X = new VariableExpression("x", BodyType.Double);
        private static readonly BodyExpression Y = new VariableExpression("y", BodyType.Double);

        /// <summary>f(x) = y * sin(x) with y = x, then y assigned again: a local, a reassignment and a branch.</summary>
        internal static ExactBody Body() => new(
            new[]
            {
                new BodyVariable("x", BodyType.Double, 0, VariableKind.DifferentiableParameter),
                new BodyVariable("y", BodyType.Double, 0, VariableKind.Local),
            }.ToEquatableArray(),
            new BodyStatement[]
            {
                new AssignStatement("y", EquatableArray<BodyExpression>.Empty, X, IsDeclaration: true),
                new IfStatement(
                    new BinaryExpression(BinaryOperator.Greater, X, new LiteralExpression("10", BodyType.Int), BodyType.Bool),
                    new BodyStatement[] { new ReturnStatement(X) }.ToEquatableArray(),
                    EquatableArray<BodyStatement>.Empty),
                new AssignStatement("y", EquatableArray<BodyExpression>.Empty, new BinaryExpression(BinaryOperator.Multiply, Y, new CallExpression(MathFunction.Sin, false, new[] { X }.ToEquatableArray(), BodyType.Double), BodyType.Double)),
                new ReturnStatement(Y),
            }.ToEquatableArray());

        [Theory]
        [InlineData(0.3)]
        [InlineData(-1.7)]
        [InlineData(2.5)]
        public void TheTangentBodyRunsAndGivesTheDerivative(double x)
        {
            var tangent = TangentTransform.Apply(Body(), new Dictionary<string, string> { ["x"] = "v" });

            var derivative = BodyEvaluator.Run(tangent, new Dictionary<string, double> { ["x"] = x, ["v"] = 1.0 });

            Assert.Equal(Math.Sin(x) + x * Math.Cos(x), derivative, 12);
        }

        [Theory]
        [InlineData(0.3)]
        [InlineData(-1.7)]
        [InlineData(2.5)]
        public void ForwardOverForwardGivesTheSecondDerivative(double x)
        {
            var first = TangentTransform.Apply(Body(), new Dictionary<string, string> { ["x"] = "v" });
            var second = TangentTransform.Apply(first, new Dictionary<string, string> { ["x"] = "w" });

            var derivative = BodyEvaluator.Run(second, new Dictionary<string, double> { ["x"] = x, ["v"] = 1.0, ["w"] = 1.0 });

            Assert.Equal(2 * Math.Cos(x) - x * Math.Sin(x), derivative, 12);
        }

        [Fact]
        public void TangentsAreOrdinaryVariablesOfTheNewBody()
        {
            var tangent = TangentTransform.Apply(Body(), new Dictionary<string, string> { ["x"] = "v" });

            Assert.Contains(tangent.Variables, v => v is { Name: "yTangent", Kind: VariableKind.Local });
            Assert.Contains(tangent.Variables, v => v is { Name: "v", Kind: VariableKind.ConstantParameter });
            Assert.Contains(tangent.Variables, v => v is { Name: "x", Kind: VariableKind.DifferentiableParameter });
        }
    }
}
