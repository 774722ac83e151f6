using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Sweep;
using Xunit;
using static GradGen.Tests.Differentiation.Sweeps.Programs;

namespace GradGen.Tests.Differentiation.Sweeps
{
    /// <summary>
    /// An add to an adjoint known to be zero becomes an assignment, and a clear nothing reads goes: only where the
    /// program then computes the same adjoints, which each test checks by running both programs.
    /// </summary>
    public class ZeroAdjointsTests
    {
        private static readonly ProgramStatement[] Setup = { Zero("aAdjoint"), Zero("sumAdjoint") };

        private static readonly Dictionary<string, double> Scalars = new() { ["i"] = 4, ["iterations"] = 0, ["s"] = 3 };

        /// <summary>Runs both programs on the same inputs and asserts they leave the same gradient and scalars behind.</summary>
        private static void AssertSameResults(SweepProgram program, SweepProgram rewritten, params string[] scalars)
        {
            var before = new[] { 1.0, 2, 3, 4, 5 };
            var after = (double[])before.Clone();
            var x = new[] { 0.5, -1.5, 2, 0.25, 3 };
            var one = Run(program, Scalars, new Dictionary<string, double[]> { ["g"] = before, ["x"] = x });
            var other = Run(rewritten, Scalars, new Dictionary<string, double[]> { ["g"] = after, ["x"] = x });
            Assert.Equal(before, after);
            foreach (var name in scalars)
            {
                Assert.Equal(one[name], other[name]);
            }
        }

        /// <summary>The adjoint of a loop-local value: accumulated twice, passed on to g[i], cleared for the next iteration.</summary>
        private static ProgramStatement[] LoopLocalAdjoint() => new[]
        {
            Add(Scalar("aAdjoint"), Times(Scalar("s"), Input("x", I))),
            Add(Scalar("aAdjoint"), Scalar("s")),
            Add(Element("g", I), Scalar("aAdjoint")),
            Set(Scalar("aAdjoint"), Number(0)),
        };

        [Fact]
        public void TheFirstAddInALoopIsAnAssignmentAndTheClearGoes()
        {
            var program = Program(Setup, new[] { CountDown(4, LoopLocalAdjoint()) });

            var rewritten = ZeroAdjoints.Apply(program);

            var body = Assert.IsType<CountDownStatement>(Assert.Single(rewritten.Reverse)).Body;
            Assert.IsType<SetStatement>(body[1]);
            Assert.IsType<AddStatement>(body[2]);
            Assert.DoesNotContain(body, s => s is SetStatement { Value: Model.Body.LiteralExpression });
            Assert.Equal(4, body.Count);
            AssertSameResults(program, rewritten);
        }

        [Fact]
        public void AClearReadAfterTheLoopStays()
        {
            var reverse = new[] { CountDown(4, LoopLocalAdjoint()), Add(Scalar("sumAdjoint"), Scalar("aAdjoint")) };
            var program = Program(Setup, reverse);

            var rewritten = ZeroAdjoints.Apply(program);

            var body = ((CountDownStatement)rewritten.Reverse[0]).Body;
            Assert.IsType<SetStatement>(body[1]);
            Assert.Equal(LoopLocalAdjoint().Last(), body.Last());
            AssertSameResults(program, rewritten, "sumAdjoint");
        }

        [Fact]
        public void AnAdjointNotClearedAtTheEndOfTheBodyIsNotZeroAtItsTop()
        {
            // sumAdjoint accumulates over the iterations: every add must stay one.
            var program = Program(Setup, new[] { CountDown(4, Add(Scalar("sumAdjoint"), Input("x", I))) }, new[] { Set(Scalar("s"), Scalar("sumAdjoint")) });

            var rewritten = ZeroAdjoints.Apply(program);

            Assert.Equal(program, rewritten);
        }

        [Fact]
        public void AnAdjointNotZeroBeforeTheLoopIsNotZeroAtTheTopOfItsFirstIteration()
        {
            // The body clears aAdjoint, so it is zero at the top of the later iterations, but not of the first.
            var reverse = new[] { Add(Scalar("aAdjoint"), Scalar("s")), CountDown(4, LoopLocalAdjoint()) };
            var program = Program(Setup, reverse);

            var rewritten = ZeroAdjoints.Apply(program);

            Assert.IsType<SetStatement>(rewritten.Reverse[0]);
            Assert.Equal(((CountDownStatement)program.Reverse[1]).Body, ((CountDownStatement)rewritten.Reverse[1]).Body);
            AssertSameResults(program, rewritten);
        }

        [Fact]
        public void AnAddInOneBranchLeavesTheAdjointUnknownAfterIt()
        {
            var branch = new IfElseStatement(
                new Model.Body.BinaryExpression(Model.Body.BinaryOperator.Greater, Scalar("s"), Number(0), Model.Body.BodyType.Bool),
                new[] { Add(Scalar("aAdjoint"), Scalar("s")) }.ToEquatableArray(),
                null);
            var reverse = new[] { branch, Add(Scalar("aAdjoint"), Number(2)), Set(Scalar("s"), Scalar("aAdjoint")) };
            var program = Program(Setup, reverse);

            var rewritten = ZeroAdjoints.Apply(program);

            var then = ((IfElseStatement)rewritten.Reverse[0]).Then;
            Assert.IsType<SetStatement>(then.Single());
            Assert.IsType<AddStatement>(rewritten.Reverse[1]);
            AssertSameResults(program, rewritten, "s");
        }

        [Fact]
        public void AnAdjointTheForwardSweepNamesIsLeftAlone()
        {
            var program = Program(Setup, new[] { Add(Scalar("aAdjoint"), Scalar("s")), Set(Scalar("s"), Scalar("aAdjoint")) }) with
            {
                Forward = new[] { Set(Scalar("aAdjoint"), Number(5)) }.ToEquatableArray(),
            };

            Assert.Equal(program, ZeroAdjoints.Apply(program));
        }
    }
}
