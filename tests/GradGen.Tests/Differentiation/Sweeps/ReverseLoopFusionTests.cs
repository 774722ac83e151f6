using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;
using Xunit;
using static GradGen.Tests.Differentiation.Sweeps.Programs;

namespace GradGen.Tests.Differentiation.Sweeps
{
    /// <summary>
    /// The reverse step of the last loop runs inside it only where the order of the iterations' steps cannot matter:
    /// the test that fuses runs both programs; each that must not names what would go wrong.
    /// </summary>
    /// <remarks>
    /// The program is the sweeps of <c>s = 0; for (i = 0; i &lt; n; i++) { a = x[i] * x[i]; s += c * a; } return s + t;</c>
    /// as the adjoint transform lays them out: <c>c</c> and <c>t</c> are set before the loop.
    /// </remarks>
    public class ReverseLoopFusionTests
    {
        private static readonly VariableExpression Index = new("i", BodyType.Int);

        private static readonly NameExpression Iterations = new("iterations", BodyType.Int);

        private static VariableExpression Variable(string name) => new(name, BodyType.Double);

        private static BodyExpression X => Input("x", Index);

        private static ProgramStatement[] Setup => new[]
        {
            new DeclareStatement("iterations", BodyType.Int, 0),
            Zero("resultAdjoint"), Zero("sAdjoint"), Zero("aAdjoint"), Zero("cAdjoint"), Zero("tAdjoint"),
        };

        private static ProgramStatement[] Iteration(params ProgramStatement[] more) => new[]
        {
            Set(Variable("a"), Times(X, X)),
            Set(Variable("s"), Plus(Variable("s"), Times(Variable("c"), Variable("a")))),
        }.Concat(more).Concat(new[]
        {
            Set(Index, Plus(Index, Integer(1))),
            new IncrementStatement(Iterations),
        }).ToArray();

        private static ProgramStatement[] Forward(ProgramStatement[] iteration, params ProgramStatement[] after) => new[]
        {
            Set(Variable("s"), Number(0)),
            Set(Index, Integer(0)),
            Set(Iterations, Integer(0)),
            new WhileStatement(new BinaryExpression(BinaryOperator.Less, Index, Variable("n"), BodyType.Bool), iteration.ToEquatableArray(), TestsAfterBody: false),
            Set(Variable("result"), Plus(Variable("s"), Variable("t"))),
        }.Concat(after).ToArray();

        /// <summary>The reverse step of an iteration: walk i back, recompute a, then the chain rule.</summary>
        private static ProgramStatement[] Step(params ProgramStatement[] more) => new[]
        {
            Set(Index, Minus(Index, Integer(1))),
            Set(Variable("a"), Times(X, X)),
            Set(Scalar("aAdjoint"), Times(Scalar("sAdjoint"), Variable("c"))),
            Add(Scalar("cAdjoint"), Times(Scalar("sAdjoint"), Variable("a"))),
            Add(Element("g", Index), Times(Scalar("aAdjoint"), Plus(X, X))),
        }.Concat(more).ToArray();

        private static ProgramStatement[] Reverse(ProgramStatement[] step, params ProgramStatement[] prefix) => new ProgramStatement[]
        {
            new BlankLineStatement(),
            new CommentStatement("Reverse sweep"),
            Set(Scalar("resultAdjoint"), Number(1)),
            Set(Scalar("sAdjoint"), Scalar("resultAdjoint")),
            Set(Scalar("tAdjoint"), Scalar("resultAdjoint")),
        }.Concat(prefix).Append(new CountDownStatement(Iterations, null, step.ToEquatableArray())).ToArray();

        private static SweepProgram Build(ProgramStatement[] forward, ProgramStatement[] reverse, params ProgramStatement[] finish) => Program(Setup, reverse, finish) with
        {
            Forward = forward.ToEquatableArray(),
            Identifiers = new[] { "i", "a", "s", "c", "t", "n", "result" }.ToDictionary(n => n),
        };

        private static (double[] G, IReadOnlyDictionary<string, double> Scalars) Results(SweepProgram program)
        {
            var g = new[] { 0.5, 0, 0, 0, 0 };
            var scalars = Run(program, new Dictionary<string, double> { ["c"] = 3, ["t"] = 2, ["n"] = 5, ["a"] = 0.25 }, new Dictionary<string, double[]> { ["g"] = g, ["x"] = new[] { 0.5, -1.5, 2, 0.25, 3 } });
            return (g, scalars);
        }

        private static WhileStatement Loop(SweepProgram program) => program.Forward.OfType<WhileStatement>().Single();

        [Fact]
        public void TheStepRunsAtTheEndOfEachIterationAndTheSecondLoopGoes()
        {
            var program = Build(Forward(Iteration()), Reverse(Step()));

            var fused = ReverseLoopFusion.Apply(program);

            Assert.DoesNotContain(All(fused.Reverse), s => s is CountDownStatement);
            var body = Loop(fused).Body;
            Assert.Contains(body, s => s is AddStatement { Target: NameExpression { Name: "g" } });
            Assert.Equal(Set(Index, Plus(Index, Integer(1))), body[body.Count - 1]);
            Assert.DoesNotContain(All(body), s => s.Equals(Set(Index, Minus(Index, Integer(1)))));
            Assert.Single(All(body), s => s.Equals(Set(Variable("a"), Times(X, X))));
            Assert.DoesNotContain(All(fused.Setup.Concat(fused.Forward)), s => s is DeclareStatement { Name: "iterations" } or IncrementStatement);
            var (g, scalars) = Results(program);
            var (fusedG, fusedScalars) = Results(fused);
            Assert.Equal(g, fusedG);
            Assert.Equal(new[] { 0.5 + 3 * 2 * 0.5, 3 * 2 * -1.5, 3 * 2 * 2, 3 * 2 * 0.25, 3 * 2 * 3 }, fusedG);
            foreach (var name in new[] { "result", "cAdjoint", "tAdjoint", "s" })
            {
                Assert.Equal(scalars[name], fusedScalars[name]);
            }
        }

        [Fact]
        public void AForwardVariableTheStepWritesIsACopy()
        {
            // The step overwrites t, which the forward sweep reads after the loop: a copy keeps the loop's own t.
            var program = Build(Forward(Iteration()), Reverse(Step(Set(Variable("t"), Number(-7)), Add(Scalar("cAdjoint"), Variable("t")))));

            var fused = ReverseLoopFusion.Apply(program);

            Assert.NotEqual(program, fused);
            Assert.DoesNotContain(All(Loop(fused).Body), s => s is SetStatement { Target: VariableExpression { Name: "t" } });
            var (g, scalars) = Results(program);
            var (fusedG, fusedScalars) = Results(fused);
            Assert.Equal(g, fusedG);
            Assert.Equal(scalars["cAdjoint"], fusedScalars["cAdjoint"]);
            Assert.Equal(2 + Results(program).Scalars["s"], fusedScalars["result"]);
        }

        [Fact]
        public void WhatAnIterationKeepsOnATapeForItsOwnStepIsNotKept()
        {
            // The iteration keeps a's old value and c on a tape; its step reads c back and restores a, which nothing reads after.
            var tape = new TapeModel(BodyType.Double, "valueTape", "valueTop", null);
            var iteration = new ProgramStatement[] { new ReserveStatement(tape, 2), new PushStatement(tape, Variable("a")), new PushStatement(tape, Variable("c")) }.Concat(Iteration()).ToArray();
            var step = new[]
            {
                Set(Index, Minus(Index, Integer(1))),
                Set(Variable("a"), Times(X, X)),
                Set(Scalar("aAdjoint"), Times(Scalar("sAdjoint"), Variable("c"))),
                Add(Scalar("cAdjoint"), Times(Scalar("sAdjoint"), new PopExpression(tape))),
                Add(Element("g", Index), Times(Scalar("aAdjoint"), Plus(X, X))),
                Set(Variable("a"), new PopExpression(tape)),
            };
            var program = Build(Forward(iteration), Reverse(step).Append(new CloseTapeStatement(tape)).ToArray()) with
            {
                Setup = Setup.Append(new OpenTapeStatement(tape)).ToEquatableArray(),
                Tapes = new[] { tape }.ToEquatableArray(),
            };

            var fused = ReverseLoopFusion.Apply(program);

            Assert.Empty(fused.Tapes);
            var all = All(fused.Setup.Concat(fused.Forward).Concat(fused.Reverse)).ToList();
            Assert.DoesNotContain(all, s => s is PushStatement or ReserveStatement or OpenTapeStatement or CloseTapeStatement);
            Assert.Contains(all, s => s.Equals(Add(Scalar("cAdjoint"), Times(Scalar("sAdjoint"), Variable("c")))));
            var (g, scalars) = Results(program);
            var (fusedG, fusedScalars) = Results(fused);
            Assert.Equal(g, fusedG);
            Assert.Equal(scalars["cAdjoint"], fusedScalars["cAdjoint"]);
            Assert.Equal(scalars["result"], fusedScalars["result"]);
        }

        [Fact]
        public void NotWhenWhatComesBeforeTheStepReadsWhatTheLoopWrites()
        {
            // result = s * s: the reverse of what follows the loop reads s, known only once the loop is done.
            var program = Build(Forward(Iteration()), Reverse(Step(), Set(Scalar("sAdjoint"), Times(Scalar("resultAdjoint"), Plus(Variable("s"), Variable("s"))))));

            Assert.Equal(program, ReverseLoopFusion.Apply(program));
        }

        [Fact]
        public void NotWhenTheStepReadsAnAdjointArray()
        {
            var program = Build(Forward(Iteration()), Reverse(Step(Add(Scalar("cAdjoint"), Element("g", Integer(0))))));

            Assert.Equal(program, ReverseLoopFusion.Apply(program));
        }

        [Fact]
        public void NotWhenTheStepAssignsAnAdjointElement()
        {
            var program = Build(Forward(Iteration()), Reverse(Step(Set(Element("g", Integer(0)), Scalar("aAdjoint")))));

            Assert.Equal(program, ReverseLoopFusion.Apply(program));
        }

        [Fact]
        public void NotWhenTheLoopWritesAnArray()
        {
            // The forward sweep writes p[i]: a step run at the end of iteration i would see p before later iterations wrote it.
            var program = Build(Forward(Iteration(Set(new ElementExpression("p", new BodyExpression[] { Index }.ToEquatableArray(), BodyType.Double), Variable("a")))), Reverse(Step()));

            Assert.Equal(program, ReverseLoopFusion.Apply(program));
        }

        [Fact]
        public void NotWhenAnAdjointIsCarriedFromOneIterationsStepToTheNext()
        {
            // cAdjoint is added to and read: the next step would read it with the terms of another set of iterations.
            var program = Build(Forward(Iteration()), Reverse(Step(Add(Element("g", Index), Scalar("cAdjoint")))));

            Assert.Equal(program, ReverseLoopFusion.Apply(program));
        }

        [Fact]
        public void NotWhenAnIterationsOwnAdjointIsReadAfterTheLoop()
        {
            // After the loop, aAdjoint would hold the last iteration's value instead of the first's.
            var program = Build(Forward(Iteration()), Reverse(Step()), Add(Scalar("tAdjoint"), Scalar("aAdjoint")));

            Assert.Equal(program, ReverseLoopFusion.Apply(program));
        }

        [Fact]
        public void NotWhenTheStepReadsAnAdjointTheLoopsStepsDoNotAllAssignFirst()
        {
            // cAdjoint is read before it is assigned: a value carried over from the step of the iteration after.
            var program = Build(Forward(Iteration()), Reverse(Step().Take(2).Concat(new[]
            {
                Set(Scalar("aAdjoint"), Scalar("cAdjoint")),
                Set(Scalar("cAdjoint"), Scalar("sAdjoint")),
                Add(Element("g", Index), Scalar("aAdjoint")),
            }).ToArray()));

            Assert.Equal(program, ReverseLoopFusion.Apply(program));
        }
    }
}
