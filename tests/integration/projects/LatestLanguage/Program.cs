using GradGen;

var model = new Scaled(2.0);
var gradient = model.ValueGradient([1.0, 3.0]);
var energy = Container<string>.Spring.EnergyCenteredDiff(2f, "tag");
var ok = Math.Abs(gradient[0] - 2) < 1e-6 && Math.Abs(gradient[1] - 6) < 1e-6 && Math.Abs(energy - 4) < 1e-2;
Console.WriteLine($"{(ok ? "ok  " : "FAIL")} ValueGradient = [{gradient[0]:R}, {gradient[1]:R}] (expected [2, 6]); EnergyCenteredDiff = {energy:R} (expected 4)");
return ok ? 0 : 1;

/// <summary>A record with a differentiable instance method.</summary>
/// <param name="Factor">The scale.</param>
public partial record Scaled(double Factor)
{
    /// <summary>Factor times the squared norm.</summary>
    /// <param name="x">The point.</param>
    /// <returns>The value.</returns>
    [Differentiable]
    public double Value(double[] x) => Factor * (x[0] * x[0] + x[1] * x[1]) / 2;
}

/// <summary>A generic type around a nested one.</summary>
/// <typeparam name="T">A tag type.</typeparam>
public partial class Container<T> where T : class
{
    /// <summary>A spring in a generic type.</summary>
    public static partial class Spring
    {
        /// <summary>x², in float.</summary>
        /// <param name="x">The extension.</param>
        /// <param name="tag">A tag, not differentiated.</param>
        /// <returns>The energy.</returns>
        [Differentiable]
        public static float Energy(float x, [NoDerivative] T? tag) => x * x;
    }
}
