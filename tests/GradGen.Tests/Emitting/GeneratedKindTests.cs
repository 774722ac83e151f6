using System.Linq;
using GradGen.Emitting;
using GradGen.Model;
using Xunit;

namespace GradGen.Tests.Emitting
{
    /// <summary>
    /// A generated kind owns its signatures, which the collision check and its emitter both read, and has exactly
    /// one emitter: a new kind is a kind, an emitter and its tests.
    /// </summary>
    public class GeneratedKindTests
    {
        private static readonly SignatureInput Scalar = new(IsDifferentiable: true, IsArray: false);
        private static readonly SignatureInput Array = new(IsDifferentiable: true, IsArray: true);
        private static readonly SignatureInput Constant = new(IsDifferentiable: false, IsArray: false);

        [Fact]
        public void EveryKindHasExactlyOneEmitter()
        {
            foreach (var kind in GeneratedMethodKind.All)
            {
                Assert.Single(MethodEmitters.All, emitter => emitter.Kinds.Contains(kind));
            }

            Assert.All(MethodEmitters.All.SelectMany(e => e.Kinds), kind => Assert.Contains(kind, GeneratedMethodKind.All));
        }

        [Fact]
        public void AFiniteDifferenceWithAnArrayHasADestinationOverloadAndTheStepLast()
        {
            var lists = GeneratedMethodKind.ForwardDiff.Overloads(new[] { Array, Constant });

            Assert.Equal(2, lists.Count);
            Assert.Equal(new[] { SlotRole.Parameter, SlotRole.Parameter, SlotRole.Step }, lists[0].Select(s => s.Role));
            Assert.Equal(new[] { SlotRole.Parameter, SlotRole.Parameter, SlotRole.Destination, SlotRole.Step }, lists[1].Select(s => s.Role));
            Assert.Equal(0, lists[1][2].Parameter);
        }

        [Fact]
        public void TheDirectionalDerivativeTakesOneTangentPerDifferentiableParameter()
        {
            var list = GeneratedMethodKind.DirectionalDerivative.Overloads(new[] { Scalar, Constant, Array }).Single();

            Assert.Equal(new[] { (SlotRole.Parameter, 0), (SlotRole.Parameter, 1), (SlotRole.Parameter, 2), (SlotRole.Tangent, 0), (SlotRole.Tangent, 2) }, list.Select(s => (s.Role, s.Parameter)));
        }

        [Fact]
        public void TheRichardsonDifferenceHasAnErrorOverloadAlsoWhereEveryParameterIsAScalar()
        {
            var scalars = GeneratedMethodKind.RichardsonDiff.Overloads(new[] { Scalar, Constant, Scalar });
            Assert.Equal(2, scalars.Count);
            Assert.Equal(new[] { SlotRole.Parameter, SlotRole.Parameter, SlotRole.Parameter }, scalars[0].Select(s => s.Role));
            Assert.Equal(
                new[] { (SlotRole.Parameter, 0), (SlotRole.Parameter, 1), (SlotRole.Parameter, 2), (SlotRole.Destination, 0), (SlotRole.Destination, 2), (SlotRole.ErrorDestination, 0), (SlotRole.ErrorDestination, 2) },
                scalars[1].Select(s => (s.Role, s.Parameter)));

            var withArray = GeneratedMethodKind.RichardsonDiff.Overloads(new[] { Array, Scalar });
            Assert.Equal(3, withArray.Count);
            Assert.Equal(new[] { SlotRole.Parameter, SlotRole.Parameter, SlotRole.Destination, SlotRole.Destination }, withArray[1].Select(s => s.Role));
            Assert.Equal(new[] { SlotRole.Parameter, SlotRole.Parameter, SlotRole.Destination, SlotRole.Destination, SlotRole.ErrorDestination, SlotRole.ErrorDestination }, withArray[2].Select(s => s.Role));
            Assert.Equal(withArray[2], GeneratedMethodKind.RichardsonDiff.Overload(new[] { Array, Scalar }, withDestinations: true, withErrors: true));
            Assert.Equal(withArray[1], GeneratedMethodKind.RichardsonDiff.Overload(new[] { Array, Scalar }, withDestinations: true));
            Assert.DoesNotContain(withArray.SelectMany(list => list), slot => slot.Role == SlotRole.Step);
        }

        [Fact]
        public void AccumulateGradientIsWrittenOnlyWhereADerivativeIsAnArray()
        {
            Assert.Empty(GeneratedMethodKind.AccumulateGradient.Overloads(new[] { Scalar, Scalar }));
            var list = GeneratedMethodKind.AccumulateGradient.Overloads(new[] { Scalar, Array }).Single();
            Assert.Equal(new[] { SlotRole.Parameter, SlotRole.Parameter, SlotRole.Seed, SlotRole.Adjoint, SlotRole.Adjoint }, list.Select(s => s.Role));
        }
    }
}
