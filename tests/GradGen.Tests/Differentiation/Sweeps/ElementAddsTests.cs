using System;
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
    /// Two adds to one element of an adjoint array become one only where nothing between them sees the difference:
    /// each test that merges runs both programs; each that must not names what would go wrong.
    /// </summary>
    public class ElementAddsTests
    {
        private static readonly (string, string)[] GradientOfX = { ("g", "x") };

        private static readonly Dictionary<string, double> Scalars = new() { ["i"] = 2, ["bAdjoint"] = 1.5, ["aAdjoint"] = -0.75, ["s"] = 3 };

        /// <summary>Rosenbrock's reverse step: g[i] receives a term, g[i + 1] one, then g[i] another that reads x[i].</summary>
        private static ProgramStatement[] RosenbrockStep(params ProgramStatement[] between) => new[]
        {
            Add(Element("g", I), Negate(Scalar("bAdjoint"))),
            Declare("seed1", Negate(Scalar("aAdjoint"))),
            Add(Element("g", Plus(I, Integer(1))), Scalar("aAdjoint")),
        }.Concat(between).Append(Add(Element("g", I), Times(Scalar("seed1"), Input("x", I)))).ToArray();

        private static (double[] G, IReadOnlyDictionary<string, double> Scalars) Results(SweepProgram program, bool aliased)
        {
            var g = new[] { 1.0, 2, 3, 4, 5 };
            var x = aliased ? g : new[] { 0.5, -1.5, 2, 0.25, 3 };
            var scalars = Run(program, Scalars, new Dictionary<string, double[]> { ["g"] = g, ["x"] = x });
            return (g, scalars);
        }

        private static int AddsTo(SweepProgram program, ProgramStatement element) =>
            All(program.Reverse).Count(s => s is AddStatement add && add.Target.Equals(((AddStatement)element).Target) || s is AddSumStatement sum && sum.Target.Equals(((AddStatement)element).Target));

        [Fact]
        public void TheTwoAddsOfRosenbrocksStepToGIAreOne()
        {
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep());

            var merged = ElementAdds.Apply(program, GradientOfX);

            Assert.Equal(3, merged.Reverse.Count);
            var sum = Assert.IsType<AddSumStatement>(merged.Reverse[2]);
            Assert.Equal(2, sum.Terms.Count);
            Assert.Equal(Results(program, aliased: false).G, Results(merged, aliased: false).G);
        }

        [Fact]
        public void AddsInALoopBodyMergeThere()
        {
            var program = Program(Array.Empty<ProgramStatement>(), new[] { CountDown(2, RosenbrockStep()) });

            var merged = ElementAdds.Apply(program, GradientOfX);

            Assert.Single(All(merged.Reverse).OfType<AddSumStatement>());
            Assert.Equal(Results(program, aliased: false).G, Results(merged, aliased: false).G);
        }

        [Fact]
        public void NotWhereTheSecondReadsAnArrayThatMayBeTheSameArray()
        {
            // Nothing says g is not x: a caller passing one array for both would see g[i] read before its first add.
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep());

            Assert.Equal(program, ElementAdds.Apply(program, Array.Empty<(string, string)>()));
            var mergedByHand = ElementAdds.Apply(program, GradientOfX);
            Assert.NotEqual(Results(program, aliased: true).G, Results(mergedByHand, aliased: true).G);
        }

        [Fact]
        public void NotAcrossAReadOfTheElement()
        {
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep(Set(Scalar("s"), Element("g", I))));

            Assert.Equal(program, ElementAdds.Apply(program, GradientOfX));
        }

        [Fact]
        public void AcrossAReadOfAnotherElementOfTheArray()
        {
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep(Set(Scalar("s"), Element("g", Plus(I, Integer(1))))));

            var merged = ElementAdds.Apply(program, GradientOfX);

            Assert.Equal(1, AddsTo(merged, RosenbrockStep()[0]));
            Assert.Equal(Results(program, aliased: false).Scalars["s"], Results(merged, aliased: false).Scalars["s"]);
            Assert.Equal(Results(program, aliased: false).G, Results(merged, aliased: false).G);
        }

        [Fact]
        public void NotAcrossAChangeOfTheIndex()
        {
            // After i = i - 1, g[i] is another element: the adds are to g[2] and g[1].
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep(Set(I, Minus(I, Integer(1)))));

            Assert.Equal(program, ElementAdds.Apply(program, GradientOfX));
        }

        [Fact]
        public void NotAcrossAWriteToWhatTheFirstAddReads()
        {
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep(Set(Scalar("bAdjoint"), Number(0))));

            Assert.Equal(program, ElementAdds.Apply(program, GradientOfX));
        }

        [Fact]
        public void NotAcrossAnAssignmentToAnElementThatMayBeTheSame()
        {
            // g[s] may be g[i]: the assignment would overwrite the first add, which merged would come after it.
            var index = new Model.Body.CastExpression(Scalar("s"), Model.Body.BodyType.Int);
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep(Set(Element("g", index), Number(7))));

            Assert.Equal(program, ElementAdds.Apply(program, GradientOfX));
        }

        [Fact]
        public void AcrossAnAddToAnElementThatMayBeTheSame()
        {
            // Adds commute: whether g[s] is g[i] or not, the element receives the same terms.
            var index = new Model.Body.CastExpression(Scalar("s"), Model.Body.BodyType.Int);
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep(Add(Element("g", index), Number(7))));

            var merged = ElementAdds.Apply(program, GradientOfX);

            Assert.Equal(1, AddsTo(merged, RosenbrockStep()[0]));
            Assert.Equal(Results(program, aliased: false).G, Results(merged, aliased: false).G);
        }

        [Fact]
        public void NotAcrossAnythingButAssignmentsAddsAndDeclarations()
        {
            var inner = CountDown(1, Add(Scalar("s"), Number(1)));
            var program = Program(Array.Empty<ProgramStatement>(), RosenbrockStep(inner));

            Assert.Equal(program, ElementAdds.Apply(program, GradientOfX));
        }
    }
}
