namespace GradGen
{
    /// <summary>How the generated <c>MGradient</c> and <c>MValueAndGradient</c> methods compute the gradient.</summary>
    public enum GradientMethod
    {
        /// <summary>
        /// Differentiate the method's body at compile time (reverse mode): exact to rounding, at a cost that does not
        /// grow with the number of inputs. Where the body uses C# GradGen cannot differentiate, GradGen reports
        /// warning GG0100 at that construct and falls back to <see cref="Numeric"/>.
        /// </summary>
        Exact = 0,

        /// <summary>
        /// Estimate the gradient by the centered difference at the method's step, as <c>MCenteredDiff</c> does,
        /// without reading the body and without warnings.
        /// </summary>
        Numeric = 1,
    }
}
