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

        /// <summary>
        /// <c>new double[w.GetLength(0), w.GetLength(1)]</c>: a zeroed array shaped like <paramref name="array"/>; for an
        /// array of arrays, rows of zeros of its rows' lengths (the lambda's parameter named from <paramref name="names"/>).
        /// </summary>
        public static string AllocateLike(string array, DifferentiableShape shape, NameScope names)
        {
            var keyword = DerivativeSignature.ScalarKeyword(shape.Element);
            if (shape.IsJagged)
            {
                var row = names.Unique("row");
                return "global::System.Array.ConvertAll(" + array + ", " + row + " => new " + keyword + "[" + row + ".Length])";
            }

            return "new " + keyword + "[" + string.Join(", ", Enumerable.Range(0, shape.Rank).Select(d => Length(array, shape.Rank, d))) + "]";
        }

        /// <summary>
        /// For a <c>ReadOnlySpan</c> parameter, which the differences cannot perturb in place, declares a copy of it as an
        /// array (one allocation of its length per call) and returns the copy's name; null for any other parameter.
        /// </summary>
        public static string? WritableCopy(IndentedWriter writer, ParameterModel parameter, NameScope names)
        {
            if (parameter.Shape is not { Layout: ArrayLayout.ReadOnlySpan } shape)
            {
                return null;
            }

            var copy = names.Unique(parameter.Name.TrimStart('@') + "Copy");
            writer.WriteLine(DerivativeSignature.ScalarKeyword(shape.Element) + "[] " + copy + " = " + NameScope.Escape(parameter.Name) + ".ToArray();");
            return copy;
        }

        /// <summary>Whether two arrays (not empty) are one, or two spans overlap: a condition in C#.</summary>
        public static string SameMemory(string first, string second, DifferentiableShape shape)
        {
            if (shape.IsSpan)
            {
                var span = "global::System.ReadOnlySpan<" + DerivativeSignature.ScalarKeyword(shape.Element) + ">";
                return "global::System.MemoryExtensions.Overlaps((" + span + ")" + first + ", (" + span + ")" + second + ")";
            }

            return first + ".Length != 0 && object.ReferenceEquals(" + first + ", " + second + ")";
        }

        /// <summary>A copy of <paramref name="array"/> that shares nothing with it: an array of arrays copies each row, a span becomes an array.</summary>
        public static string CopyOf(string array, DifferentiableShape shape, NameScope names)
        {
            if (shape.IsSpan)
            {
                return array + ".ToArray()";
            }

            var type = DerivativeSignature.ScalarKeyword(shape.Element) + "[" + (shape.IsJagged ? string.Empty : new string(',', shape.Rank - 1)) + "]";
            if (shape.IsJagged)
            {
                var row = names.Unique("row");
                return "global::System.Array.ConvertAll(" + array + ", " + row + " => (" + type + ")" + row + ".Clone())";
            }

            return "(" + type + ")" + array + ".Clone()";
        }

        /// <summary>
        /// Opens one loop per dimension over <paramref name="array"/>, counting with the first
        /// <paramref name="rank"/> of <paramref name="indices"/>, and returns the element's index list (<c>i0, i1</c>).
        /// Close the loops with <see cref="CloseLoops"/>.
        /// </summary>
        /// <remarks>
        /// For an array of arrays the rows are visited in order and each row's elements in order (row-major over rows
        /// of any lengths), and the index list is <c>i0][i1</c>, so that the caller's brackets give <c>a[i0][i1]</c>.
        /// </remarks>
        public static string OpenLoops(IndentedWriter writer, IReadOnlyList<string> indices, string array, DifferentiableShape shape, List<IndentedWriter.Block> blocks)
        {
            var rank = shape.Rank;
            for (var dimension = 0; dimension < rank; dimension++)
            {
                var index = indices[dimension];
                var length = shape.IsJagged && dimension == 1 ? array + "[" + indices[0] + "].Length" : Length(array, shape.IsJagged ? 1 : rank, dimension);
                blocks.Add(writer.OpenBlock("for (int " + index + " = 0; " + index + " < " + length + "; " + index + "++)"));
            }

            return string.Join(shape.IsJagged ? "][" : ", ", indices.Take(rank));
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
        public static void WriteNullCheck(IndentedWriter writer, string name, DifferentiableShape shape)
        {
            if (!shape.IsSpan)
            {
                WriteNullCheck(writer, name);
            }
        }

        /// <inheritdoc cref="WriteNullCheck(IndentedWriter, string, DifferentiableShape)"/>
        public static void WriteNullCheck(IndentedWriter writer, string name)
        {
            using (writer.OpenBlock("if (" + name + " is null)"))
            {
                writer.WriteLine("throw new global::System.ArgumentNullException(" + NameLiteral(name) + ");");
            }
        }

        /// <summary>A destination must be a distinct (unless empty) array of exactly the input's shape; an array of arrays shares no row with it either.</summary>
        public static void WriteShapeCheck(IndentedWriter writer, string destination, string source, DifferentiableShape shape, NameScope names)
        {
            WriteSameShapeCheck(writer, destination, source, shape, "The destination", names, distinct: true);
            if (shape.IsSpan)
            {
                // Spans have no identity: a destination must not overlap the input's memory.
                WriteArgumentCheck(writer, SameMemory(destination, source, shape), destination, "The destination must not overlap '" + source.TrimStart('@') + "'.");
                return;
            }

            // Array.Empty<T>() is one shared instance: an empty input and destination may be the same array, harmlessly.
            WriteArgumentCheck(writer, SameMemory(destination, source, shape), destination, "The destination must not be '" + source.TrimStart('@') + "' itself.");
        }

        /// <summary>
        /// Throws <c>ArgumentException</c> unless <paramref name="array"/> has exactly the shape of <paramref name="source"/>:
        /// for an array of arrays, as many rows, each of the length of the source's row (and, where
        /// <paramref name="distinct"/>, not the source's row itself).
        /// </summary>
        public static void WriteSameShapeCheck(IndentedWriter writer, string array, string source, DifferentiableShape shape, string what, NameScope names, bool distinct = false)
        {
            var rank = shape.IsJagged ? 1 : shape.Rank;
            var mismatch = string.Join(" || ", Enumerable.Range(0, rank).Select(d => Length(array, rank, d) + " != " + Length(source, rank, d)));
            var message = what + " must have the same shape as '" + source.TrimStart('@') + "'.";
            WriteArgumentCheck(writer, mismatch, array, message);
            if (!shape.IsJagged)
            {
                return;
            }

            var row = names.Unique("row");
            using (writer.OpenBlock("for (int " + row + " = 0; " + row + " < " + source + ".Length; " + row + "++)"))
            {
                WriteArgumentCheck(writer, source + "[" + row + "] is null", source, "Every row of '" + source.TrimStart('@') + "' must be an array.");
                WriteArgumentCheck(writer, array + "[" + row + "] is null || " + array + "[" + row + "].Length != " + source + "[" + row + "].Length", array, message);
                if (distinct)
                {
                    WriteArgumentCheck(writer, array + "[" + row + "].Length != 0 && object.ReferenceEquals(" + array + "[" + row + "], " + source + "[" + row + "])", array, "The destination must share no row with '" + source.TrimStart('@') + "'.");
                }
            }
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
