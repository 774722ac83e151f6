using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>Writes the code that visits, checks and allocates arrays of any rank.</summary>
    internal static class ArrayCode
    {
        /// <summary>The length of <paramref name="array"/> along dimension <paramref name="dimension"/>.</summary>
        public static string Length(string array, int rank, int dimension) =>
            rank == 1 ? array + ".Length" : array + ".GetLength(" + dimension + ")";

        /// <summary><c>new double[w.GetLength(0), w.GetLength(1)]</c>: a zeroed array shaped like <paramref name="array"/>.</summary>
        public static string AllocateLike(string array, DifferentiableShape shape) =>
            "new " + DerivativeSignature.ScalarKeyword(shape.Element)
            + "[" + string.Join(", ", Enumerable.Range(0, shape.Rank).Select(d => Length(array, shape.Rank, d))) + "]";

        /// <summary>
        /// Opens one loop per dimension over <paramref name="array"/>, counting with the first
        /// <paramref name="rank"/> of <paramref name="indices"/>, and returns the element's index list (<c>i0, i1</c>).
        /// Close the loops with <see cref="CloseLoops"/>.
        /// </summary>
        public static string OpenLoops(IndentedWriter writer, IReadOnlyList<string> indices, string array, int rank, List<IndentedWriter.Block> blocks)
        {
            for (var dimension = 0; dimension < rank; dimension++)
            {
                var index = indices[dimension];
                blocks.Add(writer.OpenBlock("for (int " + index + " = 0; " + index + " < " + Length(array, rank, dimension) + "; " + index + "++)"));
            }

            return string.Join(", ", indices.Take(rank));
        }

        public static void CloseLoops(List<IndentedWriter.Block> blocks)
        {
            for (var i = blocks.Count - 1; i >= 0; i--)
            {
                blocks[i].Dispose();
            }
        }

        /// <summary>
        /// Throws <c>ArgumentNullException</c> naming the parameter, as the BCL does. The name is a literal, not
        /// <c>nameof</c>: a user method named <c>nameof</c> in the type would capture the call.
        /// </summary>
        public static void WriteNullCheck(IndentedWriter writer, string name)
        {
            using (writer.OpenBlock("if (" + name + " is null)"))
            {
                writer.WriteLine("throw new global::System.ArgumentNullException(" + NameLiteral(name) + ");");
            }
        }

        /// <summary>A destination must be a distinct (unless empty) array of exactly the input's shape.</summary>
        public static void WriteShapeCheck(IndentedWriter writer, string destination, string source, int rank)
        {
            WriteSameShapeCheck(writer, destination, source, rank, "The destination");
            // Array.Empty<T>() is one shared instance: an empty input and destination may be the same array, harmlessly.
            WriteArgumentCheck(writer, destination + ".Length != 0 && object.ReferenceEquals(" + destination + ", " + source + ")", destination, "The destination must not be '" + source.TrimStart('@') + "' itself.");
        }

        /// <summary>Throws <c>ArgumentException</c> unless <paramref name="array"/> has exactly the shape of <paramref name="source"/>.</summary>
        public static void WriteSameShapeCheck(IndentedWriter writer, string array, string source, int rank, string what)
        {
            var mismatch = string.Join(" || ", Enumerable.Range(0, rank).Select(d => Length(array, rank, d) + " != " + Length(source, rank, d)));
            WriteArgumentCheck(writer, mismatch, array, what + " must have the same shape as '" + source.TrimStart('@') + "'.");
        }

        public static void WriteArgumentCheck(IndentedWriter writer, string condition, string parameter, string message)
        {
            using (writer.OpenBlock("if (" + condition + ")"))
            {
                writer.WriteLine("throw new global::System.ArgumentException(\"" + message + "\", " + NameLiteral(parameter) + ");");
            }
        }

        /// <summary><c>"x"</c> for the identifier <c>x</c> or <c>@x</c>: what <c>nameof</c> would give.</summary>
        private static string NameLiteral(string identifier) => "\"" + identifier.TrimStart('@') + "\"";
    }
}
