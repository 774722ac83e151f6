using GradGen;

namespace Editor;

/// <summary>Functions whose derivatives GradGen writes.</summary>
public static partial class Functions
{
    /// <summary>a² + ab.</summary>
    [Differentiable]
    public static double F(double a, double b) => a * a + a * b;
}
