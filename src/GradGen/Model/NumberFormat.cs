using System.Globalization;

namespace GradGen.Model
{
    /// <summary>
    /// Writes numbers the same on every machine: invariant culture, and the shortest form that reads back to the
    /// same double (G17 where the runtime's "R" does not round-trip).
    /// </summary>
    internal static class NumberFormat
    {
        public static string ForMessage(double value) => RoundTrip(value);

        /// <summary>A C# double literal: always with a decimal point or exponent, so it is never read as an int.</summary>
        public static string ForCode(double value)
        {
            var text = RoundTrip(value);
            return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
        }

        private static string RoundTrip(double value)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(value)
                ? text
                : value.ToString("G17", CultureInfo.InvariantCulture);
        }
    }
}
