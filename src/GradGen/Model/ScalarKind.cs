namespace GradGen.Model
{
    /// <summary>The floating-point type of a differentiable value or of an array's elements.</summary>
    internal enum ScalarKind
    {
        Double,
        Float,
    }
}
