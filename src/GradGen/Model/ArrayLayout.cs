namespace GradGen.Model
{
    /// <summary>How the elements of an array value are held, which decides how generated code indexes, allocates and clears it.</summary>
    internal enum ArrayLayout
    {
        /// <summary><c>double[]</c>, <c>double[,]</c>, ...: one array of any rank, indexed <c>a[i, j]</c>.</summary>
        Rectangular,

        /// <summary><c>double[][]</c> (rank 2): an array of rows of any lengths, indexed <c>a[i][j]</c> (issue 14).</summary>
        Jagged,

        /// <summary><c>ReadOnlySpan&lt;double&gt;</c> (rank 1): elements read in place, never written (issue 14).</summary>
        ReadOnlySpan,

        /// <summary><c>Span&lt;double&gt;</c> (rank 1) (issue 14).</summary>
        Span,
    }

    internal static class ArrayLayouts
    {
        public static bool IsSpan(this ArrayLayout layout) => layout is ArrayLayout.ReadOnlySpan or ArrayLayout.Span;
    }
}
