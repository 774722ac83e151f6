using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Samples.Greeks;
using Xunit;

namespace GradGen.Samples.Tests
{
    /// <summary>-- greeks: the Greeks from CallPriceGradient are the closed forms to rounding.</summary>
    public class GreeksTests
    {
        public static IEnumerable<object[]> Options() => GreeksSample.Options.Select((_, i) => new object[] { i });

        [Theory]
        [MemberData(nameof(Options))]
        public void Exact_gradient_gives_the_closed_form_greeks(int option)
        {
            var inputs = GreeksSample.Options[option];
            var exact = FirstOrderGreeks.FromGradient(inputs, exact: true);
            var closed = FirstOrderGreeks.ClosedForm(inputs);
            Assert.Equal(closed.Price, exact.Price, 12);
            foreach (var (name, pick) in GreeksSample.Rows)
            {
                double e = pick(exact), c = pick(closed);
                Assert.True(Math.Abs(e - c) <= 1e-13 * Math.Max(1, Math.Abs(c)), $"{name}: exact {e:R}, closed form {c:R}");
            }
        }

        [Theory]
        [MemberData(nameof(Options))]
        public void Centered_difference_is_close_but_not_exact(int option)
        {
            var inputs = GreeksSample.Options[option];
            var centered = FirstOrderGreeks.FromGradient(inputs, exact: false);
            var closed = FirstOrderGreeks.ClosedForm(inputs);
            foreach (var (name, pick) in GreeksSample.Rows)
            {
                Assert.True(Math.Abs(pick(centered) - pick(closed)) < 1e-5 * Math.Max(1, Math.Abs(pick(closed))), name);
            }
        }

        [Theory]
        [MemberData(nameof(Options))]
        public void Exact_hessian_gives_the_closed_form_second_order_greeks(int option)
        {
            var inputs = GreeksSample.Options[option];
            var exact = SecondOrderGreeks.FromHessian(inputs, exact: true);
            var closed = SecondOrderGreeks.ClosedForm(inputs);
            var scale = GreeksSample.SecondOrderRows.Max(row => Math.Abs(row.Pick(closed)));
            foreach (var (name, pick) in GreeksSample.SecondOrderRows)
            {
                double e = pick(exact), c = pick(closed);
                Assert.True(Math.Abs(e - c) <= 1e-12 * scale, $"{name}: exact {e:R}, closed form {c:R}");
            }
        }

        [Theory]
        [MemberData(nameof(Options))]
        public void Second_differences_are_close_but_not_exact(int option)
        {
            var inputs = GreeksSample.Options[option];
            var numeric = SecondOrderGreeks.FromHessian(inputs, exact: false);
            var closed = SecondOrderGreeks.ClosedForm(inputs);
            var scale = GreeksSample.SecondOrderRows.Max(row => Math.Abs(row.Pick(closed)));
            Assert.All(GreeksSample.SecondOrderRows, row => Assert.True(Math.Abs(row.Pick(numeric) - row.Pick(closed)) < 1e-3 * scale, row.Name));
        }

        [Fact]
        public void Closed_forms_satisfy_the_Black_Scholes_equation()
        {
            // A check of the reference itself: theta + r S delta + sigma^2 S^2 gamma / 2 = r C, with gamma = phi(d1) / (S sigma sqrt T).
            var o = GreeksSample.Options[0];
            var g = FirstOrderGreeks.ClosedForm(o);
            double d1 = (Math.Log(o.Spot / o.Strike) + (o.Rate + 0.5 * o.Volatility * o.Volatility) * o.Time) / (o.Volatility * Math.Sqrt(o.Time));
            double gamma = BlackScholes.NormalDensity(d1) / (o.Spot * o.Volatility * Math.Sqrt(o.Time));
            double pde = g.Theta + o.Rate * o.Spot * g.Delta + 0.5 * o.Volatility * o.Volatility * o.Spot * o.Spot * gamma;
            Assert.Equal(o.Rate * g.Price, pde, 10);
        }
    }
}
