using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MForwardDiff</c> and <c>MCenteredDiff</c> of a vector-valued method (issue 13): the Jacobian estimate
    /// <c>double[m, N]</c>, one column per differentiable input element, perturbed as the notebook does (array elements
    /// in place) and put back to its original bits in a <c>finally</c>.
    /// </summary>
    internal static class JacobianDifferenceEmitter
    {
        public static void Write(IndentedWriter writer, DerivativeSignature signature)
        {
            WriteScheme(writer, signature.WithFreshNames(), centered: false);
            writer.WriteLine();
            WriteScheme(writer, signature.WithFreshNames(), centered: true);
        }

        private static void WriteScheme(IndentedWriter writer, DerivativeSignature signature, bool centered)
        {
            var method = signature.Method;
            var kind = centered ? GeneratedMethodKind.CenteredDiff : GeneratedMethodKind.ForwardDiff;
            var names = signature.Names;
            var value = names.Unique("value");
            var jacobian = names.Unique("jacobian");
            var rows = names.Unique("rows");
            var column = names.Unique("column");
            var row = names.Unique("row");
            var original = names.Unique("original");
            var plus = names.Unique("plus");
            var minus = names.Unique("minus");
            var valuePlus = names.Unique("valuePlus");
            var valueMinus = names.Unique("valueMinus");
            var indices = DirectionalDerivativeEmitter.Indices(signature);
            var step = signature.StepName;

            DocumentationWriter.Write(
                writer,
                signature,
                "Estimates the Jacobian of " + DocumentationWriter.Cref(method) + " by the " + (centered ? "centered difference (f(p + h e_j) - f(p - h e_j)) / 2h" : "forward difference (f(p + h e_j) - f(p)) / h")
                    + " with respect to " + DocumentationWriter.DifferentiableParameterList(signature) + ".",
                (centered ? "Calls the method twice per differentiable input, plus once at p for the number of outputs." : "Calls the method once per differentiable input, plus once at p.")
                    + " Array elements are perturbed in place and put back to their exact original bits before this method returns or throws:"
                    + " do not read or write the arrays from another thread during the call.",
                withDestinations: false,
                withStep: true,
                "A new m x N matrix: row i is the estimated gradient of output i; column j the derivative with respect to the j-th differentiable input element"
                    + " (the parameters in declaration order, each array in row-major order).");
            using (MemberWriter.OpenMethod(writer, signature, "double[,]", kind.NameFor(method.Name), signature.ParameterList(kind)))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                }

                AliasChecks.Write(writer, signature, kind);
                OutputCode.WriteOutputPreamble(writer, signature, fill: false);
                OutputCode.Evaluate(writer, signature, value);
                writer.WriteLine("int " + rows + " = " + OutputCode.Count(signature, value) + ";");
                writer.WriteLine("double[,] " + jacobian + " = new double[" + rows + ", " + OutputCode.InputCount(signature) + "];");
                OutputCode.ForEachInput(writer, signature, indices, column, (parameter, index) =>
                {
                    var input = NameScope.Escape(parameter.Name);
                    var isFloat = parameter.Shape!.Element == ScalarKind.Float;
                    var keyword = DerivativeSignature.ScalarKeyword(parameter.Shape.Element);
                    writer.WriteLine(keyword + " " + original + " = " + input + index + ";");
                    writer.WriteLine(keyword + " " + plus + " = " + OutputCode.Narrow(parameter, original + " + " + step) + ";");
                    if (centered)
                    {
                        writer.WriteLine(keyword + " " + minus + " = " + OutputCode.Narrow(parameter, original + " - " + step) + ";");
                    }

                    // The step actually taken, computed in double: a float cannot hold x + h exactly.
                    var divisor = isFloat ? "((double)" + plus + " - " + (centered ? minus : original) + ")" : centered ? "(2 * " + step + ")" : step;
                    if (!parameter.Shape.IsArray)
                    {
                        OutputCode.Evaluate(writer, signature, valuePlus, p => p.Name == parameter.Name ? plus : null);
                        if (centered)
                        {
                            OutputCode.Evaluate(writer, signature, valueMinus, p => p.Name == parameter.Name ? minus : null);
                        }

                        WriteColumn(writer, signature, jacobian, rows, row, column, valuePlus, centered ? valueMinus : value, divisor);
                        return;
                    }

                    using (writer.OpenBlock("try"))
                    {
                        writer.WriteLine(input + index + " = " + plus + ";");
                        OutputCode.Evaluate(writer, signature, valuePlus);
                        if (centered)
                        {
                            writer.WriteLine(input + index + " = " + minus + ";");
                            OutputCode.Evaluate(writer, signature, valueMinus);
                        }

                        WriteColumn(writer, signature, jacobian, rows, row, column, valuePlus, centered ? valueMinus : value, divisor);
                    }

                    using (writer.OpenBlock("finally"))
                    {
                        writer.WriteLine(input + index + " = " + original + ";");
                    }
                });
                if (OutputCode.OutputParameter(signature) is { } output)
                {
                    // The [Output] array receives the method's value at p, as from every generated member.
                    writer.WriteLine("global::System.Array.Copy(" + value + ", " + output + ", " + rows + ");");
                }

                writer.WriteLine("return " + jacobian + ";");
            }
        }

        /// <summary>Column <paramref name="column"/>: the difference of two values of the output, divided by the step.</summary>
        private static void WriteColumn(IndentedWriter writer, DerivativeSignature signature, string jacobian, string rows, string row, string column, string upper, string lower, string divisor)
        {
            if (signature.Method.Output!.FixedCount is null)
            {
                using (writer.OpenBlock("if (" + upper + ".Length != " + rows + " || " + lower + ".Length != " + rows + ")"))
                {
                    writer.WriteLine("throw new global::System.InvalidOperationException(\"" + signature.Method.Name + " returned arrays of different lengths at nearby points, so it has no Jacobian there.\");");
                }
            }

            OutputCode.ForEachOutput(writer, signature, rows, row, (i, component) =>
                writer.WriteLine(jacobian + "[" + i + ", " + column + "] = (" + component(upper) + " - " + component(lower) + ") / " + divisor + ";"));
        }
    }
}
