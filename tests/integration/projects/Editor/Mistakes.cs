using GradGen;

namespace Editor;

// GG0001: GradGen cannot add methods to a type that is not partial; its code fix adds 'partial'.
public static class NotPartial
{
    [Differentiable]
    public static double Square(double x) => x * x;
}
