using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;
using Xunit;

namespace GradGen.Tests.Differentiation
{
    /// <summary>
    /// Sharing repeated subexpressions is a transform of the program model: it may only move a computation where the
    /// moved value is bit for bit the one each use would have computed, and where it is computed anyway.
    /// </summary>
    public class CommonSubexpressionsTests
    {
        private static readonly BodyExpression X = new VariableExpression("x", BodyType.Double);
        private static readonly BodyExpression C = new VariableExpression("c", BodyType.Bool);
        private static readonly BodyExpression SinX = new CallExpression(MathFunction.Sin, false, new[] { X }.ToEquatableArray(), BodyType.Double);

        private static ExactBody Body(params BodyStatement[] statements) => new(
            new[]
            {
                new BodyVariable("x", BodyType.Double, 0, VariableKind.DifferentiableParameter),
                new BodyVariable("c", BodyType.Bool, 0, VariableKind.ConstantParameter),
                new BodyVariable("a", BodyType.Double, 0, VariableKind.Local),
                new BodyVariable("b", BodyType.Double, 0, VariableKind.Local),
            }.ToEquatableArray(),
            statements.Append(new ReturnStatement(new VariableExpression("b", BodyType.Double))).ToEquatableArray());

        private static AssignStatement Assign(string target, BodyExpression value) => new(target, EquatableArray<BodyExpression>.Empty, value);

        private static BodyExpression Times(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Multiply, left, right, BodyType.Double);

        private static int Count(IEnumerable<BodyStatement> statements, BodyExpression expression) =>
            statements.OfType<AssignStatement>().Sum(s => Occurrences(s.Value, expression));

        private static int Occurrences(BodyExpression within, BodyExpression expression) =>
            (within.Equals(expression) ? 1 : 0) + BodyExpressions.Children(within).Sum(child => Occurrences(child, expression));

        [Fact]
        public void ACallTwoAssignmentsMakeIsMadeOnceAndTheValuesAreUnchanged()
        {
            var body = Body(Assign("a", Times(SinX, X)), Assign("b", Times(SinX, new VariableExpression("a", BodyType.Double))));

            var shared = CommonSubexpressions.Apply(body);

            Assert.Equal(1, Count(shared.Statements, SinX));
            Assert.Single(shared.Variables.Except(body.Variables));
            var at = new Dictionary<string, double> { ["x"] = 0.7, ["c"] = 0 };
            Assert.Equal(BodyEvaluator.Run(body, at), BodyEvaluator.Run(shared, at));
        }

        [Fact]
        public void NothingIsSharedAcrossAWriteToWhatItReads()
        {
            var body = Body(Assign("a", SinX), Assign("x", Times(X, X)), Assign("b", Times(SinX, new VariableExpression("a", BodyType.Double))));

            Assert.Equal(body, CommonSubexpressions.Apply(body));
        }

        [Fact]
        public void NothingIsTakenOutOfABranchOfAConditional()
        {
            // Hoisted, (5 % n) would divide by zero where the method itself never evaluates it.
            var remainder = new BinaryExpression(BinaryOperator.Remainder, new LiteralExpression("5", BodyType.Int), new VariableExpression("n", BodyType.Int), BodyType.Int);
            var guarded = new ConditionalExpression(C, new CastExpression(remainder, BodyType.Double), X, BodyType.Double);
            var body = Body(Assign("a", guarded), Assign("b", Times(guarded, X)));

            Assert.Equal(body, CommonSubexpressions.Apply(body));
        }

        [Fact]
        public void TwoPopsOfATapeAreNeverOneValue()
        {
            var tape = new TapeModel(BodyType.Double, "tape", "top", null);
            var sinOfPop = new CallExpression(MathFunction.Sin, false, new BodyExpression[] { new PopExpression(tape) }.ToEquatableArray(), BodyType.Double);
            var reverse = new ProgramStatement[]
            {
                new AddStatement(new NameExpression("aAdjoint"), sinOfPop),
                new AddStatement(new NameExpression("bAdjoint"), sinOfPop),
            }.ToEquatableArray();
            var program = new SweepProgram(
                EquatableArray<ProgramStatement>.Empty, EquatableArray<ProgramStatement>.Empty, "value", BodyType.Double, "result",
                reverse, EquatableArray<ProgramStatement>.Empty, EquatableArray<TapeModel>.Empty, new Dictionary<string, string>());

            Assert.Equal(reverse, CommonSubexpressions.Apply(program).Reverse);
        }

        [Fact]
        public void TheReverseSweepSharesAnIndexItComputesTwice()
        {
            var i = new NameExpression("i", BodyType.Int);
            BodyExpression next = new BinaryExpression(BinaryOperator.Remainder, new BinaryExpression(BinaryOperator.Add, i, new LiteralExpression("1", BodyType.Int), BodyType.Int), new NameExpression("n", BodyType.Int), BodyType.Int);
            var reverse = new ProgramStatement[]
            {
                new DeclareStatement("seed1", BodyType.Double, 0, new ElementExpression("x", new[] { next }.ToEquatableArray(), BodyType.Double)),
                new AddStatement(new NameExpression("xGradient", new[] { next }.ToEquatableArray(), BodyType.Double), new NameExpression("seed1")),
            }.ToEquatableArray();
            var program = new SweepProgram(
                EquatableArray<ProgramStatement>.Empty, EquatableArray<ProgramStatement>.Empty, "value", BodyType.Double, "result",
                reverse, EquatableArray<ProgramStatement>.Empty, EquatableArray<TapeModel>.Empty, new Dictionary<string, string>());

            var shared = CommonSubexpressions.Apply(program).Reverse;

            Assert.Equal(3, shared.Count);
            var declared = Assert.IsType<DeclareStatement>(shared[0]);
            Assert.Equal(next, declared.Value);
            Assert.Equal(BodyType.Int, declared.Type);
        }
    }
}
