using System;
using System.Linq;
using GradGen.Tests.Functions;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// One array passed for two parameters of a generated method. Each call below gave a wrong derivative without an
    /// exception before the alias checks (the destination was cleared, or added to, while the inputs were still read;
    /// the differences perturbed one array for two inputs): now it throws <see cref="ArgumentException"/> naming the
    /// array written. The exact gradients only read their inputs, so one array for two inputs stays right there.
    /// </summary>
    public class AliasTests
    {
        private static double[] A() => new[] { 1.0, 2.0, -1.5 };

        private static double[] B() => new[] { 3.0, 4.0, 0.5 };

        private static double[] C() => new[] { 0.5, 0.25, 2.0 };

        private static double[] Z() => new double[3];

        private static double[][] R() => new[] { new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 } };

        private static double[][] Q() => new[] { new[] { 0.5, -1.0 }, new[] { 2.0, 1.5 } };

        private static double[][] Rows0() => new[] { new double[2], new double[2] };

        private static void Rejects(string parameter, string message, Action call)
        {
            var exception = Assert.Throws<ArgumentException>(call);
            Assert.Equal(parameter, exception.ParamName);
            Assert.StartsWith(message, exception.Message);
        }

        [Fact]
        public void ADestinationThatIsAnotherInputIsRejected()
        {
            var b = B();
            Rejects("aGradient", "The destination must not be 'b'.", () => AliasFunctions.PairGradient(A(), b, C(), b, Z()));
            Assert.Equal(B(), b);
            var a = A();
            Rejects("bGradient", "The destination must not be 'a'.", () => AliasFunctions.PairGradient(a, B(), C(), Z(), a));
            Rejects("aGradient", "The destination must not be 'b'.", () => AliasFunctions.PairValueAndGradient(A(), b, C(), b, Z()));
            Rejects("aGradient", "The destination must not be 'b'.", () => AliasFunctions.PairAccumulateGradient(A(), b, C(), 1.0, b, Z()));
            Rejects("aGradient", "The destination must not be 'b'.", () => AliasFunctions.PairForwardDiff(A(), b, C(), b, Z()));
            Rejects("aGradient", "The destination must not be 'b'.", () => AliasFunctions.PairCenteredDiff(A(), b, C(), b, Z()));
            Rejects("aGradient", "The destination must not be 'b'.", () => AliasFunctions.PairRichardsonDiff(A(), b, C(), b, Z()));
            Rejects("aError", "The destination must not be 'b'.", () => AliasFunctions.PairRichardsonDiff(A(), b, C(), Z(), Z(), b, Z()));
            Rejects("bGradient", "The destination must not be 'a'.", () => AliasFunctions.PairHessianVectorProduct(a, B(), C(), A(), B(), Z(), a));
            Assert.Equal(A(), a);
        }

        [Fact]
        public void ADestinationThatIsADataArrayIsRejected()
        {
            var c = C();
            Rejects("aGradient", "The destination must not be 'c'.", () => AliasFunctions.PairGradient(A(), B(), c, c, Z()));
            Assert.Equal(C(), c);
        }

        [Fact]
        public void TwoDestinationsThatAreOneArrayAreRejected()
        {
            var g = Z();
            Rejects("bGradient", "The destination must not be 'aGradient'.", () => AliasFunctions.PairGradient(A(), B(), C(), g, g));
            Rejects("aError", "The destination must not be 'bGradient'.", () => AliasFunctions.PairRichardsonDiff(A(), B(), C(), Z(), g, g, Z()));
        }

        [Fact]
        public void ADestinationThatIsADirectionIsRejected()
        {
            var direction = new[] { 1.0, -1.0, 0.5 };
            Rejects("aGradient", "The destination must not be 'aDirection'.", () => AliasFunctions.PairHessianVectorProduct(A(), B(), C(), direction, B(), direction, Z()));
            Rejects("aGradient", "The destination must not be 'aDirection'.", () => AliasFunctions.PairAccumulateHessianVectorProduct(A(), B(), C(), direction, B(), 1.0, direction, Z(), Z(), Z()));
            Assert.Equal(new[] { 1.0, -1.0, 0.5 }, direction);
        }

        [Fact]
        public void AHessianThatIsAMatrixInputIsRejected()
        {
            var m = new double[,] { { 1, 2 }, { -3, 0.5 } };
            Rejects("hessian", "The destination must not be 'm'.", () => AliasFunctions.QuadraticHessian(new[] { 1.0, 2.0 }, m, m));
            Rejects("hessian", "The destination must not be 'm'.", () => AliasFunctions.QuadraticValueGradientAndHessian(new[] { 1.0, 2.0 }, m, new double[2], m));
            Assert.Equal(new double[,] { { 1, 2 }, { -3, 0.5 } }, m);

            var w = new double[,] { { 0.5 } };
            var wGradient = new double[1, 1];
            Rejects("hessian", "The destination must not be 'wGradient'.", () => AliasFunctions.LossValueGradientAndHessian(w, new double[0], 0, wGradient, new double[0], wGradient));
        }

        [Fact]
        public void RowsOfArraysOfArraysAreChecked()
        {
            var r = R();
            Rejects("vGradient", "The destination must not be a row of 'r'.", () => AliasFunctions.RowsGradient(r, new[] { 1.5, -0.5 }, Rows0(), r[0]));
            Assert.Equal(R(), r);
            var v = new[] { 1.5, -0.5 };
            Rejects("rGradient", "No row of the destination may be 'v'.", () => AliasFunctions.RowsGradient(R(), v, new[] { new double[2], v }, new double[2]));
            var vGradient = new double[2];
            Rejects("vGradient", "The destination must not be a row of 'rGradient'.", () => AliasFunctions.RowsGradient(R(), v, new[] { vGradient, new double[2] }, vGradient));

            var q = Q();
            Rejects("pGradient", "The destination must share no row with 'q'.", () => AliasFunctions.JaggedGradient(R(), q, new[] { new double[2], q[0] }, Rows0()));
            Rejects("pGradient", "The destination must not be 'q'.", () => AliasFunctions.JaggedGradient(R(), q, q, Rows0()));
            var qGradient = Rows0();
            Rejects("qGradient", "The destination must share no row with 'pGradient'.", () => AliasFunctions.JaggedGradient(R(), Q(), new[] { qGradient[1], new double[2] }, qGradient));
            Assert.Equal(Q(), q);
        }

        [Fact]
        public void OverlappingSpansAreRejected()
        {
            var b = B();
            Rejects("aGradient", "The destination must not overlap 'b'.", () => AliasFunctions.SpansGradient(A(), b, b, Z()));
            Rejects("aGradient", "The destination must not overlap 'b'.", () => AliasFunctions.SpansGradient(A().AsSpan(0, 2), b.AsSpan(1, 2), b.AsSpan(0, 2), new double[2]));
            var a = A();
            Rejects("bGradient", "The destination must not overlap 'a'.", () => AliasFunctions.SpansCenteredDiff(a, B(), Z(), a));
            Assert.Equal(B(), b);
        }

        [Fact]
        public void TheDifferencesRejectTwoInputsThatAreOneArray()
        {
            var x = A();
            const string perturbed = ": the differences perturb the inputs in place.";
            Rejects("b", "'b' must not be 'a'" + perturbed, () => AliasFunctions.PairCenteredDiff(x, x, C()));
            Rejects("b", "'b' must not be 'a'" + perturbed, () => AliasFunctions.PairForwardDiff(x, x, C()));
            Rejects("b", "'b' must not be 'a'" + perturbed, () => AliasFunctions.PairRichardsonDiff(x, x, C()));
            Rejects("b", "'b' must not be 'a'" + perturbed, () => AliasFunctions.PairHessianCenteredDiff(x, x, C()));
            Rejects("a", "'a' must not be 'c'" + perturbed, () => AliasFunctions.PairCenteredDiff(x, B(), x));
            Rejects("b", "'b' must not be 'a'" + perturbed, () => AliasFunctions.ProductCenteredDiff(x, x));
            Rejects("b", "'b' must not overlap 'a'" + perturbed, () => AliasFunctions.SpansCenteredDiff(x, x));
            Assert.Equal(A(), x);

            var r = R();
            Rejects("v", "'v' must not be a row of 'r'" + perturbed, () => AliasFunctions.RowsCenteredDiff(r, r[1]));
            Rejects("q", "'q' must share no row with 'p'" + perturbed, () => AliasFunctions.JaggedCenteredDiff(r, new[] { Q()[0], r[1] }));
            Assert.Equal(R(), r);
        }

        [Fact]
        public void EmptyArraysMayBeShared()
        {
            var empty = Array.Empty<double>();
            AliasFunctions.PairGradient(empty, empty, empty, empty, empty);
            AliasFunctions.PairCenteredDiff(empty, empty, empty, empty, empty);
            AliasFunctions.SpansGradient(empty, empty, empty, empty);
            AliasFunctions.RowsGradient(new[] { empty }, empty, new[] { empty }, empty);
        }

        [Fact]
        public void TheExactGradientOfOneArrayPassedTwiceHasEachPartial()
        {
            // f(x, x) with a and b one array: the gradient wrt a holds b fixed, as for two equal copies, and agrees
            // with forward mode (the directional derivative along each unit direction of a, then of b).
            var x = A();
            var (ofA, ofB) = AliasFunctions.PairGradient(x, x, C());
            var (copyA, copyB) = AliasFunctions.PairGradient(A(), A(), C());
            Assert.Equal(copyA, ofA);
            Assert.Equal(copyB, ofB);
            var value = AliasFunctions.PairValueAndGradient(x, x, C());
            Assert.Equal(AliasFunctions.Pair(x, x, C()), value.value);
            for (var i = 0; i < x.Length; i++)
            {
                var unit = Z();
                unit[i] = 1.0;
                Assert.Equal(AliasFunctions.PairDirectionalDerivative(x, x, C(), unit, Z()), ofA[i], 12);
                Assert.Equal(AliasFunctions.PairDirectionalDerivative(x, x, C(), Z(), unit), ofB[i], 12);
            }

            // The differences, on two copies, estimate the same partials.
            var (estimateA, estimateB) = AliasFunctions.PairRichardsonDiff(A(), A(), C());
            Assert.All(ofA.Zip(estimateA), pair => Assert.Equal(pair.First, pair.Second, 6));
            Assert.All(ofB.Zip(estimateB), pair => Assert.Equal(pair.First, pair.Second, 6));

            var product = AliasFunctions.ProductJacobian(x, x);
            Assert.Equal(AliasFunctions.ProductJacobian(A(), A()), product);
            Assert.Equal(A(), x);
        }

        [Fact]
        public void OneArrayForTwoAdjointsReceivesTheSumOfTheirDerivatives()
        {
            // What the reverse sweep of a call g(x, x) passes: the adjoints are only added to.
            var (ofA, ofB) = AliasFunctions.PairGradient(A(), B(), C());
            var adjoint = new[] { 1.0, 1.0, 1.0 };
            AliasFunctions.PairAccumulateGradient(A(), B(), C(), 2.0, adjoint, adjoint);
            Assert.Equal(ofA.Zip(ofB, (p, q) => 1.0 + 2.0 * (p + q)), adjoint);
        }

        [Fact]
        public void TwoStructDestinationsThatAreOneArrayAreRejected()
        {
            // The struct members copy the derivatives into their struct destinations last: one array for two kept only the last.
            var shared = new Vec2[2];
            Rejects("qGradient", "The destination must not be 'pGradient'.", () => AliasFunctions.PointsGradient(Points(), OtherPoints(), shared, shared));
            Rejects("qError", "The destination must not be 'pError'.", () => AliasFunctions.PointsRichardsonDiff(Points(), OtherPoints(), new Vec2[2], new Vec2[2], shared, shared));
        }

        [Fact]
        public void AStructDestinationThatIsAStructInputStaysRight()
        {
            // The struct members copy their inputs into arrays of fields before anything is written: no check needed.
            var (expectedP, expectedQ) = AliasFunctions.PointsGradient(Points(), OtherPoints());
            var q = OtherPoints();
            var qGradient = new Vec2[2];
            AliasFunctions.PointsGradient(Points(), q, q, qGradient);
            Assert.Equal(expectedP, q);
            Assert.Equal(expectedQ, qGradient);
        }

        [Fact]
        public void AnOutputArrayThatIsAnInputIsRejected()
        {
            // Every member writes the [Output] array while it reads u: the exact Jacobian of Lorenz(u, ..., u) was garbage.
            var u = new[] { 1.0, 2.0, 3.0 };
            const string message = "'du' must not be 'u': the method's [Output] array is written while its inputs are read.";
            Rejects("du", message, () => JacobianFunctions.LorenzJacobian(u, 10, 28, 8.0 / 3, u));
            Rejects("du", message, () => JacobianFunctions.LorenzValueAndJacobian(u, 10, 28, 8.0 / 3, u));
            Rejects("du", message, () => JacobianFunctions.LorenzJacobianVectorProduct(u, 10, 28, 8.0 / 3, u, new[] { 1.0, 0.0, 0.0 }));
            Rejects("du", message, () => JacobianFunctions.LorenzVectorJacobianProduct(u, 10, 28, 8.0 / 3, u, new[] { 1.0, 0.0, 0.0 }));
            Rejects("du", message, () => JacobianFunctions.LorenzCenteredDiff(u, 10, 28, 8.0 / 3, u));
            Rejects("du", message, () => JacobianFunctions.LorenzCheckJacobian(u, 10, 28, 8.0 / 3, u));
            Assert.Equal(new[] { 1.0, 2.0, 3.0 }, u);
        }

        private static Vec2[] Points() => new[] { new Vec2(1, 2), new Vec2(3, -1) };

        private static Vec2[] OtherPoints() => new[] { new Vec2(0.5, 4), new Vec2(-2, 1.5) };
    }
}
