using System;
using System.Linq;
using GradGen.Tests.Functions;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// One array passed for two parameters of a generated method. Each call below gave a wrong derivative without an
    /// exception before the alias checks (the destination was cleared, or added to, while the inputs were still read):
    /// now it throws <see cref="ArgumentException"/> naming the array written. One array for two inputs is right: the
    /// exact gradients only read their inputs, and the differences, which perturbed it for both, now read a copy.
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
            Rejects("hessian", "The destination must not be 'wGradient'.", () => AliasFunctions.LayerValueGradientAndHessian(w, new double[0], wGradient, new double[0], wGradient));
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
        public void TheDifferencesOfOneArrayPassedForTwoInputsEstimateThePartials()
        {
            // Perturbing a[i] perturbed b[i] too: PairCenteredDiff(x, x) gave [25.25, 59, -41] for both, the partials
            // are [13.75, 29.5, -19.75] and [11.5, 29.5, -21.25]. One of the two is now read from a copy.
            var x = A();
            var (ofA, ofB) = AliasFunctions.PairGradient(A(), A(), C());
            foreach (var (estimateA, estimateB) in new[]
            {
                AliasFunctions.PairCenteredDiff(x, x, C()),
                AliasFunctions.PairForwardDiff(x, x, C()),
                AliasFunctions.PairRichardsonDiff(x, x, C()),
            })
            {
                Near(ofA, estimateA, 1e-4);
                Near(ofB, estimateB, 1e-4);
            }

            Near(Flat(AliasFunctions.PairHessian(A(), A(), C())), Flat(AliasFunctions.PairHessianCenteredDiff(x, x, C())), 1e-4);
            Near(Flat(AliasFunctions.ProductJacobian(A(), A())), Flat(AliasFunctions.ProductCenteredDiff(x, x)), 1e-6);
            var spans = AliasFunctions.SpansGradient(A(), A());
            var spanEstimate = AliasFunctions.SpansCenteredDiff(x, x);
            Near(spans.Item1, spanEstimate.Item1, 1e-6);
            Near(spans.Item2, spanEstimate.Item2, 1e-6);
            Assert.Equal(A(), x);

            // A data array that is the input: the partial with respect to a holds c fixed, as the exact gradient does.
            var withData = AliasFunctions.PairGradient(A(), B(), A());
            var dataEstimate = AliasFunctions.PairCenteredDiff(x, B(), x);
            Near(withData.Item1, dataEstimate.Item1, 1e-6);
            Near(withData.Item2, dataEstimate.Item2, 1e-6);
            Assert.Equal(A(), x);
        }

        [Fact]
        public void TheDifferencesOfInputsThatShareARowEstimateThePartials()
        {
            var r = R();
            var rows = AliasFunctions.RowsGradient(R(), R()[1]);
            var rowsEstimate = AliasFunctions.RowsCenteredDiff(r, r[1]);
            Near(rows.Item1.SelectMany(row => row).ToArray(), rowsEstimate.Item1.SelectMany(row => row).ToArray(), 1e-6);
            Near(rows.Item2, rowsEstimate.Item2, 1e-6);

            var q = new[] { Q()[0], r[1] };
            var jagged = AliasFunctions.JaggedGradient(R(), new[] { Q()[0], R()[1] });
            var jaggedEstimate = AliasFunctions.JaggedCenteredDiff(r, q);
            Near(jagged.Item1.SelectMany(row => row).ToArray(), jaggedEstimate.Item1.SelectMany(row => row).ToArray(), 1e-6);
            Near(jagged.Item2.SelectMany(row => row).ToArray(), jaggedEstimate.Item2.SelectMany(row => row).ToArray(), 1e-6);
            Assert.Equal(R(), r);
        }

        [Fact]
        public void ACallThatPassesOneArrayTwiceToANumericCalleeIsRight()
        {
            // G falls back to its numeric gradient (double.Hypot, GG0100); F = G(x, x). F's forward mode goes through
            // GDirectionalDerivative(x, x, dx, dx), whose numeric gradient differences G with one array for a and b.
            const string source = @"using System; using GradGen; namespace Demo { public static partial class Net {
  [Differentiable(Hessian = true)] public static double G(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += double.Hypot(a[i], 2.0) * b[i] * b[i]; return s; }
  [Differentiable(Hessian = true)] public static double F(double[] x) { return G(x, x); }
}}";
            var run = GeneratorHarness.Run(source);
            Assert.All(run.Diagnostics, d => Assert.True(d.Id is "GG0100" or "GG0102", d.ToString()));
            var type = run.Load().GetType("Demo.Net")!;
            var x = new[] { 1.0, -2.0, 0.5 };

            // d/dx_i of hypot(x_i, 2) x_i^2 = x_i^3 / hypot + 2 x_i hypot.
            var exact = x.Select(v => (v * v * v / Math.Sqrt((v * v) + 4)) + (2 * v * Math.Sqrt((v * v) + 4))).ToArray();
            Near(exact, (double[])Invoke(type, "FGradient", x), 1e-8);
            for (var i = 0; i < x.Length; i++)
            {
                var unit = new double[3];
                unit[i] = 1.0;
                Near(new[] { exact[i] }, new[] { (double)Invoke(type, "FDirectionalDerivative", x, unit) }, 1e-8);
            }

            // The second derivative along e_0 of the same sum, against a difference of the exact first derivative.
            const double h = 1e-5;
            double First(double v) => (v * v * v / Math.Sqrt((v * v) + 4)) + (2 * v * Math.Sqrt((v * v) + 4));
            var hv = (double[])Invoke(type, "FHessianVectorProduct", x, new[] { 1.0, 0.0, 0.0 });
            Near(new[] { (First(x[0] + h) - First(x[0] - h)) / (2 * h), 0.0, 0.0 }, hv, 1e-4);
            Assert.Equal(new[] { 1.0, -2.0, 0.5 }, x);
        }

        [Fact]
        public void GenericMathMembersCheckTheirArraysOfT()
        {
            var w = new[] { 0.5, -0.25, 1.0 };
            var data = new[] { 1.0, 2.0, 3.0 };
            Rejects("wGradient", "The destination must not be 'data'.", () => GenericMathFunctions.MixedGradient(0.3, w, data, 3, out _, data));
            Assert.Equal(new[] { 1.0, 2.0, 3.0 }, data);

            var (_, exact) = GenericMathFunctions.MixedGradient(0.3, new[] { 1.0, 2.0, 3.0 }, new[] { 1.0, 2.0, 3.0 }, 3);
            var (_, estimate) = GenericMathFunctions.MixedCenteredDiff(0.3, data, data, 3);
            Near(exact, estimate, 1e-6);
            Assert.Equal(new[] { 1.0, 2.0, 3.0 }, data);
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

        private static void Near(double[] expected, double[] actual, double tolerance)
        {
            Assert.Equal(expected.Length, actual.Length);
            var scale = Math.Max(1.0, expected.Max(Math.Abs));
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * scale, "[" + i + "] expected " + expected[i] + " but got " + actual[i]);
            }
        }

        private static double[] Flat(double[,] matrix) => matrix.Cast<double>().ToArray();

        private static object Invoke(Type type, string method, params object[] arguments) =>
            type.GetMethods().Single(m => m.Name == method && m.GetParameters().Length == arguments.Length).Invoke(null, arguments)!;

        private static Vec2[] Points() => new[] { new Vec2(1, 2), new Vec2(3, -1) };

        private static Vec2[] OtherPoints() => new[] { new Vec2(0.5, 4), new Vec2(-2, 1.5) };
    }
}
