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

        // Issue 14: the functions of modern .NET that numerical code calls.
        Clamp,
        FusedMultiplyAdd,
        Log2,
        ScaleB,
        CopySign,
        BitDecrement,
        BitIncrement,

        // Tests of double and float, for conditions: not differentiated, but the conditions they are in are branches.
        IsNaN,
        IsFinite,
        IsInfinity,
    }

    /// <summary>Which type declares each function, for the generated call.</summary>
    internal static class MathFunctionTypes
    {
        /// <summary>
        /// <c>global::System.Math</c> or <c>MathF</c>; <c>Clamp</c> is Math's only (with float overloads), and the tests
        /// <c>IsNaN</c>, <c>IsFinite</c>, <c>IsInfinity</c> are <c>double</c>'s and <c>float</c>'s.
        /// </summary>
        public static string DeclaringType(MathFunction function, bool isMathF) => function switch
        {
            MathFunction.IsNaN or MathFunction.IsFinite or MathFunction.IsInfinity => isMathF ? "global::System.Single" : "global::System.Double",
            MathFunction.Clamp => "global::System.Math",
            _ => isMathF ? "global::System.MathF" : "global::System.Math",
        };
    }
}
