namespace GradGen.Model
{
    /// <summary>How a numeric <c>MGradient</c> (asked for, or the GG0100 fallback) estimates the gradient.</summary>
    internal enum NumericGradientScheme
    {
        /// <summary>Through <c>MRichardsonDiff</c>: Richardson extrapolation of centered differences.</summary>
        Richardson,

        /// <summary>Through <c>MCenteredDiff</c> at the method's step: <c>GradientMethod.CenteredDifference</c>.</summary>
        CenteredDifference,
    }
}
