using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// The code the Jacobian members of a vector-valued method share (issue 13): visiting its m outputs (a loop over
    /// an array, or a tuple's elements one by one) and its N differentiable input elements (the parameters in
    /// declaration order, each array in row-major order, as the columns of the Jacobian count them).
    /// </summary>
    internal static class OutputCode
    {
        /// <summary>m: the tuple's arity, or the length of <paramref name="value"/>, a value of the output's type.</summary>
        public static string Count(DerivativeSignature signature, string value) =>
            signature.Method.Output!.FixedCount is { } count ? count.ToString(CultureInfo.InvariantCulture) : value + ".Length";

        /// <summary>The [Output] array's identifier, where the method writes its outputs into one; else null.</summary>
        public static string? OutputParameter(DerivativeSignature signature) =>
            signature.Method.Output!.Parameter is var index and >= 0 ? NameScope.Escape(signature.Method.Parameters[index].Name) : null;

        /// <summary>
        /// Evaluates the method (with <paramref name="replace"/> giving the arguments that differ) into a new local
        /// <paramref name="name"/> of its output's type: its result, or a copy of its [Output] array after the call.
        /// </summary>
        public static void Evaluate(IndentedWriter writer, DerivativeSignature signature, string name, System.Func<ParameterModel, string?>? replace = null)
        {
            if (OutputParameter(signature) is { } output)
            {
                writer.WriteLine(signature.CallOriginal(replace) + ";");
                writer.WriteLine("var " + name + " = (" + signature.Method.Output!.Type + ")" + output + ".Clone();");
                return;
            }

            writer.WriteLine("var " + name + " = " + signature.CallOriginal(replace) + ";");
        }

        /// <summary>For a method with an [Output] array: the null check, the check that it is no other parameter, and where <paramref name="fill"/>, a call that leaves the method's value in it.</summary>
        public static void WriteOutputPreamble(IndentedWriter writer, DerivativeSignature signature, bool fill)
        {
            if (OutputParameter(signature) is { } output)
            {
                ArrayCode.WriteNullCheck(writer, output);
                AliasChecks.WriteOutput(writer, signature);
                if (fill)
                {
                    writer.WriteLine(signature.CallOriginal() + ";");
                }
            }
        }

        /// <summary>N: <c>x.Length + 1</c>, how many differentiable elements there are.</summary>
        public static string InputCount(DerivativeSignature signature) =>
            string.Join(" + ", signature.Differentiable.Select(p => p.Shape!.IsArray ? NameScope.Escape(p.Name) + ".Length" : "1"));

        /// <summary>
        /// Writes <paramref name="write"/> once per output: inside a loop over <paramref name="row"/> below
        /// <paramref name="count"/> for an array, or once per tuple element with the row a literal. It receives the row
        /// and a function giving output <c>row</c> of a value of the output's type, as a <c>double</c>.
        /// </summary>
        public static void ForEachOutput(IndentedWriter writer, DerivativeSignature signature, string count, string row, Action<string, Func<string, string>> write)
        {
            var output = signature.Method.Output!;
            if (output.FixedCount is { } arity)
            {
                for (var i = 0; i < arity; i++)
                {
                    var item = ".Item" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    write(i.ToString(CultureInfo.InvariantCulture), value => "(double)" + value + item);
                }

                return;
            }

            using (writer.OpenBlock("for (int " + row + " = 0; " + row + " < " + count + "; " + row + "++)"))
            {
                write(row, value => "(double)" + value + "[" + row + "]");
            }
        }

        /// <summary>
        /// Writes <paramref name="write"/> once per differentiable input element, counting them in the local
        /// <paramref name="column"/> (declared here, from 0). It receives the parameter and, for an array, the index
        /// of the element (<c>[i0, i1]</c>), else the empty string; each element's code is in a block of its own.
        /// </summary>
        public static void ForEachInput(IndentedWriter writer, DerivativeSignature signature, IReadOnlyList<string> indices, string column, Action<ParameterModel, string> write)
        {
            writer.WriteLine("int " + column + " = 0;");
            foreach (var parameter in signature.Differentiable)
            {
                if (!parameter.Shape!.IsArray)
                {
                    // A scope of its own, as a loop body has, so that each input may declare the same locals.
                    using (writer.OpenScope())
                    {
                        write(parameter, string.Empty);
                        writer.WriteLine(column + "++;");
                    }

                    continue;
                }

                var blocks = new List<IndentedWriter.Block>();
                var index = "[" + ArrayCode.OpenLoops(writer, indices, NameScope.Escape(parameter.Name), parameter.Shape!, blocks) + "]";
                write(parameter, index);
                writer.WriteLine(column + "++;");
                ArrayCode.CloseLoops(blocks);
            }
        }

        /// <summary>The output's type with <c>double</c> elements built from <paramref name="array"/>, a <c>double[]</c> of m elements: the array itself, or a tuple of its elements.</summary>
        public static string FromArray(DerivativeSignature signature, string array) =>
            signature.Method.Output!.FixedCount is { } arity
                ? "(" + string.Join(", ", Enumerable.Range(0, arity).Select(i => array + "[" + i.ToString(CultureInfo.InvariantCulture) + "]")) + ")"
                : array;

        /// <summary>A <c>double[]</c> of the cotangent's elements: the cotangent itself, or a new array of its tuple's elements.</summary>
        public static string ToArray(DerivativeSignature signature, string value) =>
            signature.Method.Output!.FixedCount is { } arity
                ? "new double[] { " + string.Join(", ", Enumerable.Range(0, arity).Select(i => value + ".Item" + (i + 1).ToString(CultureInfo.InvariantCulture))) + " }"
                : value;

        /// <summary>Narrows a double to a float parameter's type where it is one.</summary>
        public static string Narrow(ParameterModel parameter, string value) =>
            parameter.Shape!.Element == ScalarKind.Float ? "(float)(" + value + ")" : value;
    }
}
