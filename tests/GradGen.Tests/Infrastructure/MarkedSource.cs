using Microsoft.CodeAnalysis.Text;

namespace GradGen.Tests.Infrastructure
{
    /// <summary>Source text with one span marked <c>[|...|]</c>: where a diagnostic is expected.</summary>
    internal sealed record MarkedSource(string Source, TextSpan Span)
    {
        public static MarkedSource Parse(string marked)
        {
            var start = marked.IndexOf("[|", System.StringComparison.Ordinal);
            var end = marked.IndexOf("|]", System.StringComparison.Ordinal);
            var source = marked.Remove(end, 2).Remove(start, 2);
            return new MarkedSource(source, TextSpan.FromBounds(start, end - 2));
        }
    }
}
