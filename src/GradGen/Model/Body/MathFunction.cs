namespace GradGen.Model.Body
{
    /// <summary>The <c>System.Math</c> and <c>System.MathF</c> functions GradGen differentiates.</summary>
    internal enum MathFunction
    {
        Sin,
        Cos,
        Tan,
        Asin,
        Acos,
        Atan,
        Atan2,
        Sinh,
        Cosh,
        Tanh,
        Asinh,
        Acosh,
        Atanh,
        Exp,
        Log,
        Log10,
        Sqrt,
        Cbrt,
        Pow,
        Abs,
        Max,
        Min,
        Floor,
        Ceiling,
        Round,
        Sign,
        Truncate,
    }
}
