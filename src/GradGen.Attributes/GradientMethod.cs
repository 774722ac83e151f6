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
        /// Estimate the gradient numerically, without reading the body and without warnings: by Richardson
        /// extrapolation of centered differences at steps scaled to each input, as <c>MRichardsonDiff</c> does
        /// (accurate to about 1e-12 relative on smooth functions; 6 to 40 calls of the method per input on the functions of GradGen's tests, at most 60).
        /// </summary>
        Numeric = 1,

        /// <summary>
        /// Estimate the gradient by the plain centered difference at the method's step, as <c>MCenteredDiff</c> does:
        /// two calls of the method per input, 3 to 20 times fewer than <see cref="Numeric"/>, but with an error of
        /// about 1e-8 relative at best, and far more where an input is large or small (1e4 or 1e-3) or the function
        /// curves sharply. Also where the body uses C# GradGen cannot differentiate exactly, without warnings.
        /// </summary>
        CenteredDifference = 2,
    }
}
