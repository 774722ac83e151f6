using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the checks that no array a generated method writes is the memory of another of its array parameters,
    /// and, in a finite difference, the copies that keep two inputs passed as one array apart.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A generated method clears or adds to its destinations while it still reads its inputs (the reverse sweep
    /// adds to them inside the loop that reads the inputs): a destination that is another parameter gives a wrong
    /// derivative without an exception. So each array the method writes (a destination, an adjoint it adds into, an
    /// error estimate, the Hessian or Jacobian matrix, the [Output] array) is checked against every other array
    /// parameter that could be the same object: one of the same element type and the same rank, or, for an array of
    /// arrays, each row against an array of its rows' type; <c>ArgumentException</c> names the array written. Spans
    /// have no identity and are checked with <c>MemoryExtensions.Overlaps</c>. Empty arrays are skipped:
    /// <c>Array.Empty&lt;T&gt;()</c> is one shared instance, and nothing is read from or written to it.
    /// </para>
    /// <para>
    /// The finite differences perturb their inputs in place: for <c>f(x, x)</c>, perturbing <c>a[i]</c> would perturb
    /// <c>b[i]</c> too, and the estimate would be the derivative of <c>f(x, x)</c>, not the partial. Two inputs are the
    /// user's to share (the exact members give the partials), so a difference does not refuse them: it points one at
    /// a copy (an input it only reads, else the later one), which costs an allocation only where they share memory,
    /// and then estimates what the exact gradient computes.
    /// </para>
    /// <para>
    /// The pair of a destination (or error destination, or adjoint) and its own input is checked where the shapes are
    /// (<see cref="ArrayCode.WriteShapeCheck"/>), not here. The cost is one reference comparison per pair of
    /// parameters, and one per row where an array of arrays meets an array of its rows' type. Where two arrays of
    /// arrays of different parameters meet, every row of one is compared with every row of the other (r1 x r2
    /// comparisons, no allocation): without hashing or storage nothing cheaper finds a row shared at another index,
    /// and it is paid only where a method has two differentiable or data arrays of arrays of one element type. Arrays
    /// of arrays shaped like one parameter (its input, direction, destination, adjoint) are compared row by row at the
    /// same index, as the shape checks compare a destination with its input: a row of one at another index of the
    /// other is not detected.
    /// </para>
    /// </remarks>
    internal static class AliasChecks
    {
        /// <summary>The kinds that perturb their differentiable array inputs in place (a <c>ReadOnlySpan</c> is copied first).</summary>
        private static readonly GeneratedMethodKind[] PerturbingKinds =
        {
            GeneratedMethodKind.ForwardDiff, GeneratedMethodKind.CenteredDiff, GeneratedMethodKind.RichardsonDiff, GeneratedMethodKind.HessianCenteredDiff,
        };

        /// <summary>Any array (not a span): the shape for which <see cref="ArrayCode.SameMemory"/> compares by reference.</summary>
        private static readonly DifferentiableShape ByReference = new(ScalarKind.Double, 1);

        /// <summary>
        /// Writes the checks for the overload of <paramref name="kind"/> chosen and named as by
        /// <see cref="DerivativeSignature.ParameterList(GeneratedMethodKind, bool, IReadOnlyDictionary{string, string}?, string?, IReadOnlyDictionary{string, string}?, IReadOnlyDictionary{string, string}?)"/>,
        /// after its null and shape checks; then a blank line where it wrote any.
        /// </summary>
        public static void Write(
            IndentedWriter writer,
            DerivativeSignature signature,
            GeneratedMethodKind kind,
            bool withDestinations = false,
            IReadOnlyDictionary<string, string>? tangents = null,
            IReadOnlyDictionary<string, string>? errors = null,
            IReadOnlyDictionary<string, string>? tangentAdjoints = null)
        {
            var slots = kind.Overload(signature.SignatureInputs, withDestinations, withErrors: errors is not null, withStep: signature.HasStepParameter, vectorValued: signature.Method.IsVectorValued);
            Write(writer, signature, slots, PerturbingKinds.Contains(kind), tangents, errors, tangentAdjoints);
        }

        /// <inheritdoc cref="Write(IndentedWriter, DerivativeSignature, GeneratedMethodKind, bool, IReadOnlyDictionary{string, string}?, IReadOnlyDictionary{string, string}?, IReadOnlyDictionary{string, string}?)"/>
        /// <param name="perturbsInputs">Whether the method perturbs its differentiable array inputs in place.</param>
        private static void Write(
            IndentedWriter writer,
            DerivativeSignature signature,
            IReadOnlyList<SignatureSlot> slots,
            bool perturbsInputs,
            IReadOnlyDictionary<string, string>? tangents = null,
            IReadOnlyDictionary<string, string>? errors = null,
            IReadOnlyDictionary<string, string>? tangentAdjoints = null)
        {
            var arguments = slots
                .Select(slot => ArgumentOf(signature, slot, perturbsInputs, signature.SlotName(slot, tangents, null, errors, tangentAdjoints)))
                .Where(argument => argument is not null)
                .Select(argument => argument!)
                .ToList();
            var wrote = false;
            for (var j = 1; j < arguments.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    if (!arguments[i].Written && !arguments[j].Written || NeedsNoCheck(arguments[i], arguments[j]))
                    {
                        continue;
                    }

                    // The later written array is named: the check reads as a rule on it.
                    var (written, other) = arguments[j].Written ? (arguments[j], arguments[i]) : (arguments[i], arguments[j]);
                    wrote |= WritePair(writer, written, other, signature.Names);
                }
            }

            if (wrote)
            {
                writer.WriteLine();
            }
        }

        /// <summary>
        /// For a method with an [Output] array, which every generated member writes (the method's value at the point,
        /// or the output of the differentiated pass itself) while it reads the inputs: the checks that it is no other
        /// array parameter, after its null check.
        /// </summary>
        public static void WriteOutput(IndentedWriter writer, DerivativeSignature signature)
        {
            var parameters = signature.Method.Parameters;
            var index = signature.Method.Output?.Parameter ?? -1;
            if (index < 0 || parameters[index].ArrayMemory is not { } memory)
            {
                return;
            }

            var output = new Argument(NameScope.Escape(parameters[index].Name), memory, SlotRole.Parameter, index, Written: true, MayBeNull: false, IsOutput: true);
            var wrote = false;
            for (var i = 0; i < parameters.Count; i++)
            {
                if (i != index && parameters[i].ArrayMemory is { } other)
                {
                    wrote |= WritePair(writer, output, new Argument(NameScope.Escape(parameters[i].Name), other, SlotRole.Parameter, i, Written: false, MayBeNull: !parameters[i].IsDifferentiable), signature.Names);
                }
            }

            if (wrote)
            {
                writer.WriteLine();
            }
        }

        /// <summary>
        /// For a member with struct parameters, which copies its struct inputs into arrays of their fields before it
        /// calls the flattened member (which checks everything else) and copies the derivatives into its struct
        /// destinations after: the checks that no two struct destinations (or error destinations) are one array.
        /// </summary>
        public static void WriteStructDestinations(IndentedWriter writer, DerivativeSignature declared, IReadOnlyList<SignatureSlot> slots, IReadOnlyDictionary<string, string> errors)
        {
            var destinations = slots
                .Where(slot => slot.Role is SlotRole.Destination or SlotRole.ErrorDestination)
                .Select(slot => declared.Method.Parameters[slot.Parameter] is { StructType: { } type } parameter && type.EndsWith("]", System.StringComparison.Ordinal)
                    ? (Name: declared.SlotName(slot, null, null, errors, null), Type: type)
                    : default)
                .Where(destination => destination.Name is not null)
                .ToList();
            var wrote = false;
            for (var j = 1; j < destinations.Count; j++)
            {
                foreach (var first in destinations.Take(j).Where(first => first.Type == destinations[j].Type))
                {
                    var name = destinations[j].Name;
                    ArrayCode.WriteArgumentCheck(writer, ArrayCode.SameMemory(name, first.Name, ByReference), name, "The destination must not be '" + Plain(first.Name) + "'.");
                    wrote = true;
                }
            }

            if (wrote)
            {
                writer.WriteLine();
            }
        }

        /// <summary>An array parameter of a generated method: its name, the shape of its memory, and whether the method writes it.</summary>
        /// <param name="Parameter">The index of the method's parameter the slot belongs to, or -1.</param>
        /// <param name="MayBeNull">Whether the method has not checked it for null (an array it does not differentiate).</param>
        /// <param name="IsOutput">Whether it is the method's [Output] array.</param>
        /// <param name="Assignable">Whether it is one of the method's parameters passed by value, which the method may point at a copy.</param>
        /// <param name="Perturbed">Whether it is an input the method perturbs in place (a finite difference).</param>
        private sealed record Argument(string Name, DifferentiableShape Memory, SlotRole Role, int Parameter, bool Written, bool MayBeNull, bool Perturbed = false, bool IsOutput = false, bool Assignable = false);

        private static Argument? ArgumentOf(DerivativeSignature signature, SignatureSlot slot, bool perturbsInputs, string name)
        {
            var parameter = slot.Parameter >= 0 ? signature.Method.Parameters[slot.Parameter] : null;
            var differentiated = parameter?.Shape is { IsArray: true } ? parameter.Shape : null;
            var matrix = new DifferentiableShape(ScalarKind.Double, 2);
            var perturbed = perturbsInputs && differentiated is not null && differentiated.Layout != ArrayLayout.ReadOnlySpan;
            return slot.Role switch
            {
                SlotRole.Parameter when parameter!.ArrayMemory is { } memory => new Argument(
                    name, memory, slot.Role, slot.Parameter, Written: perturbed, MayBeNull: differentiated is null, perturbed, parameter.IsOutput, Assignable: parameter.Modifier is "" or "this "),
                SlotRole.Destination or SlotRole.Adjoint or SlotRole.ErrorDestination or SlotRole.TangentAdjoint when differentiated is not null =>
                    new Argument(name, differentiated, slot.Role, slot.Parameter, Written: true, MayBeNull: false),
                SlotRole.Tangent when differentiated is not null => new Argument(name, differentiated, slot.Role, slot.Parameter, Written: false, MayBeNull: false),
                SlotRole.HessianDestination or SlotRole.JacobianDestination => new Argument(name, matrix, slot.Role, -1, Written: true, MayBeNull: false),
                SlotRole.Cotangent when signature.OutputDoubleType == "double[]" =>
                    new Argument(name, new DifferentiableShape(ScalarKind.Double, 1), slot.Role, -1, Written: false, MayBeNull: false),
                _ => null,
            };
        }

        /// <summary>
        /// A pair that needs no check here: a parameter and its own destination, adjoint or error destination, or those
        /// two, which the shape checks reject as one; or two adjoints, which are only added to, so that one array passed
        /// for both receives the sum of the two derivatives (what the reverse sweep of a call <c>g(x, x)</c> passes); or
        /// the [Output] array and another parameter, which <see cref="WriteOutput"/> checks.
        /// </summary>
        private static bool NeedsNoCheck(Argument first, Argument second)
        {
            static bool Own(SlotRole role) => role is SlotRole.Parameter or SlotRole.Destination or SlotRole.Adjoint or SlotRole.ErrorDestination;
            static bool AddedTo(SlotRole role) => role is SlotRole.Adjoint or SlotRole.TangentAdjoint;
            return first.Parameter >= 0 && first.Parameter == second.Parameter && Own(first.Role) && Own(second.Role) || AddedTo(first.Role) && AddedTo(second.Role)
                || first.Role == SlotRole.Parameter && second.Role == SlotRole.Parameter && (first.IsOutput || second.IsOutput);
        }

        /// <summary>Writes the check that <paramref name="written"/> is not the memory of <paramref name="other"/>, where they could be; whether it wrote one.</summary>
        private static bool WritePair(IndentedWriter writer, Argument written, Argument other, NameScope names)
        {
            var (a, b) = (written.Memory, other.Memory);
            var kinds = new[] { KindOf(a), KindOf(b) };
            if (a.Element != b.Element || kinds[0] != kinds[1] && !(kinds.Contains("vector") && kinds.Contains("jagged")))
            {
                return false;
            }

            if (other.MayBeNull && b.IsJagged)
            {
                using (writer.OpenBlock("if (" + other.Name + " != null)"))
                {
                    WriteChecks(writer, written, other, names);
                }
            }
            else
            {
                WriteChecks(writer, written, other, names);
            }

            return true;
        }

        private static void WriteChecks(IndentedWriter writer, Argument written, Argument other, NameScope names)
        {
            var (a, b) = (written.Memory, other.Memory);
            var subject = written.IsOutput ? "'" + Plain(written.Name) + "'" : "The destination";
            var because = written.IsOutput ? ": the method's [Output] array is written while its inputs are read." : ".";
            var otherName = "'" + Plain(other.Name) + "'";

            // Two inputs of a finite difference that share memory: one of them is read from a copy instead (an input
            // the difference only reads, else the later one), so that perturbing one leaves the other as passed.
            var copied = written.Perturbed && other.Role == SlotRole.Parameter && !other.IsOutput
                ? (!other.Written && other.Assignable ? other : written)
                : null;
            void OnShared(string condition, string message)
            {
                if (copied is null)
                {
                    ArrayCode.WriteArgumentCheck(writer, condition, written.Name, message);
                    return;
                }

                using (writer.OpenBlock("if (" + condition + ")"))
                {
                    writer.WriteLine("// One array for '" + Plain(written.Name) + "' and '" + Plain(other.Name) + "': the differences perturb '"
                        + Plain((copied == written ? other : written).Name) + "' in place, so '" + Plain(copied.Name) + "' is read from a copy.");
                    writer.WriteLine(copied.Name + " = " + ArrayCode.CopyOf(copied.Name, copied.Memory, names) + ";");
                }
            }

            if (a.IsJagged == b.IsJagged)
            {
                OnShared(Same(written.Name, a, other.Name, b), subject + (a.IsSpan || b.IsSpan ? " must not overlap " : " must not be ") + otherName + because);
            }

            var row = a.IsJagged || b.IsJagged ? names.Unique("row") : null;
            if (a.IsJagged && b.IsJagged && written.Parameter >= 0 && written.Parameter == other.Parameter)
            {
                // Arrays shaped like one parameter (its direction, its gradient): rows at one index, as the shape checks do.
                using (writer.OpenBlock("for (int " + row + " = 0; " + row + " < " + written.Name + ".Length && " + row + " < " + other.Name + ".Length; " + row + "++)"))
                {
                    OnShared(Same(written.Name + "[" + row + "]", b, other.Name + "[" + row + "]", b), subject + " must share no row with " + otherName + because);
                }
            }
            else if (a.IsJagged && b.IsJagged)
            {
                var otherRow = names.Unique("otherRow");
                using (writer.OpenBlock(ForRows(row!, written.Name)))
                using (writer.OpenBlock(ForRows(otherRow, other.Name)))
                {
                    OnShared(Same(written.Name + "[" + row + "]", b, other.Name + "[" + otherRow + "]", b), subject + " must share no row with " + otherName + because);
                }
            }
            else if (a.IsJagged)
            {
                using (writer.OpenBlock(ForRows(row!, written.Name)))
                {
                    OnShared(Same(written.Name + "[" + row + "]", b, other.Name, b), "No row of " + (written.IsOutput ? subject : "the destination") + (b.IsSpan ? " may overlap " : " may be ") + otherName + because);
                }
            }
            else if (b.IsJagged)
            {
                using (writer.OpenBlock(ForRows(row!, other.Name)))
                {
                    OnShared(Same(written.Name, a, other.Name + "[" + row + "]", a), subject + (a.IsSpan ? " must not overlap a row of " : " must not be a row of ") + otherName + because);
                }
            }
        }

        /// <summary>Which arrays a shape's could be: <c>vector</c> (an array of rank 1 or a span), <c>jagged</c> (whose rows are vectors), or a rectangular rank.</summary>
        private static string KindOf(DifferentiableShape shape) => shape.IsJagged ? "jagged" : shape.Rank == 1 ? "vector" : "rank " + shape.Rank;

        private static string ForRows(string row, string array) => "for (int " + row + " = 0; " + row + " < " + array + ".Length; " + row + "++)";

        /// <summary>
        /// Whether <paramref name="first"/>, known not null, is not empty and the same array as <paramref name="second"/>,
        /// or, where either is a span, the two overlap: a condition in C#.
        /// </summary>
        private static string Same(string first, DifferentiableShape firstShape, string second, DifferentiableShape secondShape) =>
            ArrayCode.SameMemory(first, second, firstShape.IsSpan ? firstShape : secondShape);

        private static string Plain(string identifier) => identifier.TrimStart('@');
    }
}
