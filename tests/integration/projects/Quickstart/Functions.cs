using GradGen;

namespace Quickstart;

/// <summary>Functions whose derivatives GradGen writes.</summary>
public static partial class Functions
{
    /// <summary>a² + ab.</summary>
    /// <param name="a">The first variable.</param>
    /// <param name="b">The second variable.</param>
    /// <returns>a² + ab.</returns>
    [Differentiable]
    public static double F(double a, double b) => a * a + a * b;

    /// <summary>x², differentiated with the project's GradGenDefaultStep.</summary>
    /// <param name="x">The variable.</param>
    /// <returns>x².</returns>
    [Differentiable]
    public static double Square(double x) => x * x;

    /// <summary>x², with a step of its own that overrides the project's.</summary>
    /// <param name="x">The variable.</param>
    /// <returns>x².</returns>
    [Differentiable(Step = 1e-2)]
    public static double CoarseSquare(double x) => x * x;

    /// <summary>w · x, with x held constant.</summary>
    /// <param name="w">The weights.</param>
    /// <param name="x">The data.</param>
    /// <returns>The dot product.</returns>
    [Differentiable]
    public static double Dot(double[] w, [NoDerivative] double[] x) => w[0] * x[0] + w[1] * x[1];
}
