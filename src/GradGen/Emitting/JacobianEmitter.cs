using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the Jacobian family of a vector-valued method (issue 13): <c>MJacobianVectorProduct</c> (J v, one
    /// forward-mode pass over the body whose outputs <see cref="VectorOutput.ForTangents"/> gathers into one array),
    /// <c>MVectorJacobianProduct</c> (u^T J, one reverse-mode pass over the body of u . f,
    /// <see cref="VectorOutput.ForAdjoints"/>), <c>MJacobian</c> (N products J e_j where N &lt;= m, else m products
    /// e_i^T J, as JAX's jacfwd and jacrev), <c>MValueAndJacobian</c> and <c>MCheckJacobian</c>. Where the body was not
    /// differentiated (GG0100, or a numeric gradient asked for) they all come from <c>MCenteredDiff</c>.
    /// </summary>
    internal static class JacobianEmitter
    {
        /// <summary>The xorshift64 state the check's direction starts from, as <c>MCheckGradient</c>'s.</summary>
        private const string Seed = "0x9E3779B97F4A7C15UL";

        public static void Write(IndentedWriter writer, DerivativeSignature shared, ICollection<TapeModel> tapes)
        {
            WriteJacobian(writer, shared.WithFreshNames(), withDestination: false);
            writer.WriteLine();
            WriteJacobian(writer, shared.WithFreshNames(), withDestination: true);
            writer.WriteLine();
            WriteValueAndJacobian(writer, shared.WithFreshNames());
            writer.WriteLine();
            WriteJacobianVectorProduct(writer, shared.WithFreshNames());
            writer.WriteLine();
            WriteVectorJacobianProduct(writer, shared.WithFreshNames(), tapes);
            writer.WriteLine();
            WriteCheck(writer, shared.WithFreshNames());
            writer.WriteLine();
            WriteAccumulate(writer, shared.WithFreshNames());
        }

        private static bool IsExact(MethodModel method) => method.ExactBody is not null;

        private static string Name(DerivativeSignature signature, GeneratedMethodKind kind) => signature.Qualify(kind.NameFor(signature.Method.Name));

        /// <summary>A call of a generated method of this method with its own parameters, then <paramref name="extra"/>.</summary>
        private static string Call(DerivativeSignature signature, GeneratedMethodKind kind, params string[] extra) =>
            Name(signature, kind) + "(" + string.Join(", ", signature.Method.Parameters.Select(p => p.ArgumentModifier + NameScope.Escape(p.Name)).Concat(extra)) + ")";

        private static string NumericRemark(DerivativeSignature signature) =>
            "Estimated from <c>" + GeneratedMethodKind.CenteredDiff.NameFor(signature.Method.Name) + "</c> (the centered difference with step " + NumberFormat.ForCode(signature.Step)
            + "): the method asks for a numeric gradient or its body uses C# that GradGen cannot differentiate exactly (warning GG0100).";

        private static string Columns =>
            "Column j is the derivative with respect to the j-th differentiable input element: the parameters in declaration order, each array in row-major order.";

        private static void WriteArrayNullChecks(IndentedWriter writer, DerivativeSignature signature)
        {
            foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
            {
                ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
            }
        }

        private static void WriteJacobian(IndentedWriter writer, DerivativeSignature signature, bool withDestination)
        {
            var method = signature.Method;
            var names = signature.Names;
            var kind = GeneratedMethodKind.Jacobian;
            var summary = "Computes the Jacobian of " + DocumentationWriter.Cref(method) + " with respect to " + DocumentationWriter.DifferentiableParameterList(signature)
                + ": row i is the gradient of output i.";
            var remarks = (IsExact(method)
                    ? "Exact to rounding: by forward mode (one <c>" + GeneratedMethodKind.JacobianVectorProduct.NameFor(method.Name) + "</c> per input element) where N &lt;= m,"
                        + " else by reverse mode (one <c>" + GeneratedMethodKind.VectorJacobianProduct.NameFor(method.Name) + "</c> per output), as JAX's jacfwd and jacrev."
                    : NumericRemark(signature))
                + " " + Columns;
            DocumentationWriter.WriteSummary(writer, summary, remarks);
            DocumentationWriter.WriteMethodParameters(writer, signature);
            if (withDestination)
            {
                writer.WriteLine("/// <param name=\"" + signature.JacobianName.TrimStart('@') + "\">Receives the Jacobian; must be m x N.</param>");
            }
            else
            {
                writer.WriteLine("/// <returns>A new m x N matrix.</returns>");
            }

            var jacobian = withDestination ? signature.JacobianName : names.Unique("jacobian");
            var output = method.Output!;
            using (MemberWriter.OpenMethod(writer, signature, withDestination ? "void" : "double[,]", kind.NameFor(method.Name), signature.ParameterList(kind, withDestinations: withDestination)))
            {
                WriteArrayNullChecks(writer, signature);
                OutputCode.WriteOutputPreamble(writer, signature, fill: false);
                if (!IsExact(method))
                {
                    var estimate = names.Unique("estimate");
                    writer.WriteLine("double[,] " + estimate + " = " + Call(signature, GeneratedMethodKind.CenteredDiff, NumberFormat.ForCode(signature.Step)) + ";");
                    if (!withDestination)
                    {
                        writer.WriteLine("return " + estimate + ";");
                        return;
                    }

                    WriteDestinationCheck(writer, signature, estimate + ".GetLength(0)");
                    writer.WriteLine("global::System.Array.Copy(" + estimate + ", " + jacobian + ", " + estimate + ".Length);");
                    return;
                }

                var rows = names.Unique("rows");
                if (output.FixedCount is { } arity)
                {
                    writer.WriteLine("int " + rows + " = " + arity + ";");
                }
                else if (OutputCode.OutputParameter(signature) is { } written)
                {
                    writer.WriteLine("int " + rows + " = " + written + ".Length;");
                }
                else
                {
                    // The number of outputs is known only once the method has run.
                    writer.WriteLine("int " + rows + " = " + signature.CallOriginal() + ".Length;");
                }

                if (withDestination)
                {
                    WriteDestinationCheck(writer, signature, rows);
                }
                else
                {
                    writer.WriteLine("double[,] " + jacobian + " = new double[" + rows + ", " + OutputCode.InputCount(signature) + "];");
                }

                using (writer.OpenBlock("if (" + OutputCode.InputCount(signature) + " <= " + rows + ")"))
                {
                    WriteForwardFill(writer, signature, jacobian, rows);
                }

                using (writer.OpenBlock("else"))
                {
                    WriteReverseFill(writer, signature, jacobian, rows);
                }

                if (!withDestination)
                {
                    writer.WriteLine("return " + jacobian + ";");
                }
            }
        }

        private static void WriteDestinationCheck(IndentedWriter writer, DerivativeSignature signature, string rows)
        {
            var jacobian = signature.JacobianName;
            ArrayCode.WriteNullCheck(writer, jacobian);
            ArrayCode.WriteArgumentCheck(
                writer,
                jacobian + ".GetLength(0) != " + rows + " || " + jacobian + ".GetLength(1) != " + OutputCode.InputCount(signature),
                jacobian,
                "The destination must have one row per output of '" + signature.Method.Name + "' and one column per differentiable input element.");
            AliasChecks.Write(writer, signature, GeneratedMethodKind.Jacobian, withDestinations: true);
        }

        /// <summary>Forward mode: column j is J e_j, one forward pass per input element.</summary>
        private static void WriteForwardFill(IndentedWriter writer, DerivativeSignature signature, string jacobian, string rows)
        {
            var names = signature.Names;
            var tangents = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Tangent"));
            var product = names.Unique("product");
            var row = names.Unique("row");
            var column = names.Unique("column");
            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine(parameter.Shape!.IsArray
                    ? DerivativeSignature.GradientType(parameter) + " " + tangents[parameter.Name] + " = " + ArrayCode.AllocateLike(NameScope.Escape(parameter.Name), parameter.Shape, signature.Names) + ";"
                    : DerivativeSignature.GradientType(parameter) + " " + tangents[parameter.Name] + " = 0;");
            }

            OutputCode.ForEachInput(writer, signature, DirectionalDerivativeEmitter.Indices(signature), column, (parameter, index) =>
            {
                var tangent = tangents[parameter.Name] + index;
                writer.WriteLine(tangent + " = 1;");
                writer.WriteLine("var " + product + " = " + Call(signature, GeneratedMethodKind.JacobianVectorProduct, signature.Differentiable.Select(p => tangents[p.Name]).ToArray()) + ";");
                writer.WriteLine(tangent + " = 0;");
                OutputCode.ForEachOutput(writer, signature, rows, row, (i, component) => writer.WriteLine(jacobian + "[" + i + ", " + column + "] = " + component(product) + ";"));
            });
        }

        /// <summary>Reverse mode: row i is e_i^T J, one reverse pass per output.</summary>
        private static void WriteReverseFill(IndentedWriter writer, DerivativeSignature signature, string jacobian, string rows)
        {
            var names = signature.Names;
            var output = signature.Method.Output!;
            var gradient = names.Unique("gradient");
            var column = names.Unique("column");
            var indices = DirectionalDerivativeEmitter.Indices(signature);

            void WriteRow(string row, string cotangent)
            {
                writer.WriteLine("var " + gradient + " = " + Call(signature, GeneratedMethodKind.VectorJacobianProduct, cotangent) + ";");
                OutputCode.ForEachInput(writer, signature, indices, column, (parameter, index) =>
                    writer.WriteLine(jacobian + "[" + row + ", " + column + "] = " + signature.ResultComponent(gradient, parameter) + index + ";"));
            }

            if (output.FixedCount is { } arity)
            {
                for (var i = 0; i < arity; i++)
                {
                    using (writer.OpenScope())
                    {
                        WriteRow(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "(" + string.Join(", ", Enumerable.Range(0, arity).Select(k => k == i ? "1.0" : "0.0")) + ")");
                    }
                }

                return;
            }

            var unit = names.Unique("unit");
            var row = names.Unique("row");
            writer.WriteLine("double[] " + unit + " = new double[" + rows + "];");
            using (writer.OpenBlock("for (int " + row + " = 0; " + row + " < " + rows + "; " + row + "++)"))
            {
                writer.WriteLine(unit + "[" + row + "] = 1;");
                WriteRow(row, unit);
                writer.WriteLine(unit + "[" + row + "] = 0;");
            }
        }

        private static void WriteValueAndJacobian(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            var value = signature.Names.Unique("value");
            DocumentationWriter.Write(
                writer,
                signature,
                "Computes the value of " + DocumentationWriter.Cref(method) + " and its Jacobian with respect to " + DocumentationWriter.DifferentiableParameterList(signature) + ".",
                "One call of the method, then <c>" + GeneratedMethodKind.Jacobian.NameFor(method.Name) + "</c>. " + Columns,
                withDestinations: false,
                withStep: false,
                "<c>value</c>: the method's value, of its own return type; <c>jacobian</c>: the m x N Jacobian, row i the gradient of output i.");
            var kind = GeneratedMethodKind.ValueAndJacobian;
            using (MemberWriter.OpenMethod(writer, signature, "(" + method.Output!.Type + " value, double[,] jacobian)", kind.NameFor(method.Name), signature.ParameterList(kind)))
            {
                OutputCode.WriteOutputPreamble(writer, signature, fill: false);
                OutputCode.Evaluate(writer, signature, value);
                writer.WriteLine("return (" + value + ", " + Call(signature, GeneratedMethodKind.Jacobian) + ");");
            }
        }

        private static void WriteJacobianVectorProduct(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            var names = signature.Names;
            var kind = GeneratedMethodKind.JacobianVectorProduct;
            var tangents = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Tangent"));
            DocumentationWriter.WriteSummary(
                writer,
                "Computes the Jacobian of " + DocumentationWriter.Cref(method) + " times a direction, J v: the derivative of every output along v.",
                IsExact(method)
                    ? "Exact to rounding: forward mode, derived from the method's body at compile time, in one pass." + ExactGradientEmitter.CallRemarks(method.ExactBody!, reverseMode: false)
                    : NumericRemark(signature));
            DocumentationWriter.WriteMethodParameters(writer, signature);
            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine("/// <param name=\"" + tangents[parameter.Name].TrimStart('@') + "\">The direction's component along <paramref name=\"" + parameter.Name + "\"/>"
                    + (parameter.Shape!.IsArray ? ", of its shape." : ".") + "</param>");
            }

            writer.WriteLine("/// <returns>J v, one element per output, in the method's output type with double elements.</returns>");
            using (MemberWriter.OpenMethod(writer, signature, signature.OutputDoubleType, kind.NameFor(method.Name), signature.ParameterList(kind, tangents: tangents)))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                    ArrayCode.WriteNullCheck(writer, tangents[parameter.Name]);
                    ArrayCode.WriteSameShapeCheck(writer, tangents[parameter.Name], NameScope.Escape(parameter.Name), parameter.Shape!, "The direction", signature.Names);
                }

                if (method.ExactBody is not { } body)
                {
                    OutputCode.WriteOutputPreamble(writer, signature, fill: false);
                    var estimate = names.Unique("estimate");
                    var product = names.Unique("product");
                    var row = names.Unique("row");
                    var column = names.Unique("column");
                    writer.WriteLine("double[,] " + estimate + " = " + Call(signature, GeneratedMethodKind.CenteredDiff, NumberFormat.ForCode(signature.Step)) + ";");
                    writer.WriteLine("double[] " + product + " = new double[" + estimate + ".GetLength(0)];");
                    OutputCode.ForEachInput(writer, signature, DirectionalDerivativeEmitter.Indices(signature), column, (parameter, index) =>
                    {
                        using (writer.OpenBlock("for (int " + row + " = 0; " + row + " < " + product + ".Length; " + row + "++)"))
                        {
                            writer.WriteLine(product + "[" + row + "] += " + estimate + "[" + row + ", " + column + "] * " + tangents[parameter.Name] + index + ";");
                        }
                    });
                    writer.WriteLine("return " + OutputCode.FromArray(signature, product) + ";");
                    return;
                }

                var lowered = VectorOutput.ForTangents(body, out var output);
                var program = TangentTransform.Apply(lowered, tangents.ToDictionary(pair => pair.Key.TrimStart('@'), pair => pair.Value), out var tangentOf);
                var aliased = OutputArray(signature, body) is { } outputArray ? OutputAlias.TryApply(program, output, outputArray) : null;
                OutputCode.WriteOutputPreamble(writer, signature, fill: aliased is null);
                program = CommonSubexpressions.Apply(aliased ?? program);
                BodyPrinter.Write(writer, names, program, text => Returned(signature, text, output, tangentOf.TryGetValue(output, out var t) ? t : null));
            }
        }

        /// <summary>The body's variable for the [Output] array, where the method writes its outputs into one; else null.</summary>
        private static BodyVariable? OutputArray(DerivativeSignature signature, ExactBody body) =>
            signature.Method.Output!.Parameter is var index and >= 0
                ? body.Variables.FirstOrDefault(v => v.Name == signature.Method.Parameters[index].Name && v.Kind != VariableKind.Local)
                : null;

        /// <summary>What the forward-mode program returns: the tangent of the output array, as the output's type; zeros where no output moves.</summary>
        private static string Returned(DerivativeSignature signature, System.Func<BodyExpression, string> text, string output, string? tangent)
        {
            var fixedCount = signature.Method.Output!.FixedCount;
            if (tangent is null)
            {
                return fixedCount is { } arity
                    ? "(" + string.Join(", ", Enumerable.Repeat("0.0", arity)) + ")"
                    : "new double[" + text(new LengthExpression(output, null)) + "]";
            }

            var array = text(new VariableExpression(tangent, BodyType.Double));
            return OutputCode.FromArray(signature, array);
        }

        private static void WriteVectorJacobianProduct(IndentedWriter writer, DerivativeSignature signature, ICollection<TapeModel> tapes)
        {
            var method = signature.Method;
            var names = signature.Names;
            var kind = GeneratedMethodKind.VectorJacobianProduct;
            var cotangent = signature.CotangentName;
            DocumentationWriter.WriteSummary(
                writer,
                "Computes a cotangent times the Jacobian of " + DocumentationWriter.Cref(method) + ", u^T J: the gradient of u . f with respect to "
                    + DocumentationWriter.DifferentiableParameterList(signature) + ".",
                IsExact(method)
                    ? "Exact to rounding: reverse mode, derived from the method's body at compile time, in one forward and one reverse sweep. The inputs are never written."
                        + ExactGradientEmitter.CallRemarks(method.ExactBody!, reverseMode: true)
                    : NumericRemark(signature));
            DocumentationWriter.WriteMethodParameters(writer, signature);
            writer.WriteLine("/// <param name=\"" + cotangent.TrimStart('@') + "\">The cotangent u: one weight per output" + (method.Output!.FixedCount is null ? " (exactly m elements)" : string.Empty) + ".</param>");
            writer.WriteLine("/// <returns>u^T J, shaped as <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c> would shape a gradient: "
                + (signature.Differentiable.Count > 1 ? "one tuple element per differentiable parameter, named after it." : "of the parameter's shape.") + "</returns>");
            using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, kind.NameFor(method.Name), signature.ParameterList(kind)))
            {
                WriteArrayNullChecks(writer, signature);
                string weights;
                if (method.Output.FixedCount is null)
                {
                    ArrayCode.WriteNullCheck(writer, cotangent);
                    weights = cotangent;
                }
                else
                {
                    weights = names.Unique("weights");
                    writer.WriteLine("double[] " + weights + " = " + OutputCode.ToArray(signature, cotangent) + ";");
                }

                if (method.ExactBody is not { } body)
                {
                    OutputCode.WriteOutputPreamble(writer, signature, fill: false);
                    HessianEmitter.DeclareDestinations(writer, signature);
                    WriteNumericVectorJacobianProduct(writer, signature, weights);
                    writer.WriteLine("return " + signature.ResultExpression + ";");
                    return;
                }

                var lowered = VectorOutput.ForAdjoints(body, weights, countOutputs: method.Output.FixedCount is null, out var outputCount);

                // The body of u . f returns a double whatever the method returns; its tapes are its own.
                var model = method with { Name = kind.NameFor(method.Name), ReturnKind = ScalarKind.Double };
                var destinations = signature.Differentiable.ToDictionary(p => p.Name, signature.DestinationName);
                var program = AdjointTransform.Apply(lowered, new SweepContext(model, names.Unique, NameScope.Escape, destinations, null, outputCount is null ? null : new[] { outputCount }));
                var aliased = OutputArray(signature, body) is { } outputArray ? OutputAlias.TryApply(program, VectorOutput.ReturnedArray(body)!, outputArray) : null;
                OutputCode.WriteOutputPreamble(writer, signature, fill: aliased is null);
                HessianEmitter.DeclareDestinations(writer, signature);
                program = aliased ?? program;
                if (outputCount is not null)
                {
                    program = CheckCotangentLength(program, outputCount, weights, cotangent);
                }

                foreach (var tape in program.Tapes)
                {
                    tapes.Add(tape);
                }

                ProgramPrinter.Write(writer, program);
                writer.WriteLine("return " + signature.ResultExpression + ";");
            }
        }

        /// <summary>
        /// The program with, at the end of its forward sweep (once m is known), the check that the cotangent has m
        /// elements: without it, a cotangent of another length would give a product over some of the outputs without a word.
        /// </summary>
        private static SweepProgram CheckCotangentLength(SweepProgram program, string outputCount, string weights, string cotangent)
        {
            var forward = program.Forward.ToList();
            var check = new ArgumentCheckStatement(
                new BinaryExpression(BinaryOperator.NotEqual, new LengthExpression(weights, null), new VariableExpression(outputCount, BodyType.Int), BodyType.Bool),
                cotangent.TrimStart('@'),
                "The cotangent must have one element per output.");
            forward.Insert(forward.Count - 1, check);
            return program with { Forward = forward.ToEquatableArray() };
        }

        /// <summary>u^T J from the numeric Jacobian, into the destinations.</summary>
        private static void WriteNumericVectorJacobianProduct(IndentedWriter writer, DerivativeSignature signature, string weights)
        {
            var names = signature.Names;
            var estimate = names.Unique("estimate");
            var sum = names.Unique("sum");
            var row = names.Unique("row");
            var column = names.Unique("column");
            writer.WriteLine("double[,] " + estimate + " = " + Call(signature, GeneratedMethodKind.CenteredDiff, NumberFormat.ForCode(signature.Step)) + ";");
            ArrayCode.WriteArgumentCheck(writer, weights + ".Length != " + estimate + ".GetLength(0)", signature.CotangentName, "The cotangent must have one element per output.");
            OutputCode.ForEachInput(writer, signature, DirectionalDerivativeEmitter.Indices(signature), column, (parameter, index) =>
            {
                writer.WriteLine("double " + sum + " = 0.0;");
                using (writer.OpenBlock("for (int " + row + " = 0; " + row + " < " + weights + ".Length; " + row + "++)"))
                {
                    writer.WriteLine(sum + " += " + weights + "[" + row + "] * " + estimate + "[" + row + ", " + column + "];");
                }

                writer.WriteLine(signature.DestinationName(parameter) + index + " = " + OutputCode.Narrow(parameter, sum) + ";");
            });
        }

        /// <summary>
        /// <c>MAccumulateVectorJacobianProduct</c>, hidden: adds u^T J (from <c>MVectorJacobianProduct</c>) into the
        /// adjoints given, the step a scalar [Differentiable] caller takes back through <c>var p = M(...)</c>.
        /// </summary>
        private static void WriteAccumulate(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            var kind = GeneratedMethodKind.AccumulateVectorJacobianProduct;
            var product = signature.Names.Unique("product");
            var vectorJacobianProduct = GeneratedMethodKind.VectorJacobianProduct.NameFor(method.Name);
            DocumentationWriter.WriteSummary(
                writer,
                "Adds a cotangent times the Jacobian of " + DocumentationWriter.Cref(method) + ", u^T J, to the adjoints given, which it does not clear: the step through"
                    + " <c>var p = " + method.Name + "(...)</c> in the reverse sweep of a [Differentiable] method that calls it.",
                "As exact as <c>" + vectorJacobianProduct + "</c>, whose result it adds. For generated code; call <c>" + vectorJacobianProduct + "</c> instead.");
            DocumentationWriter.WriteMethodParameters(writer, signature);
            writer.WriteLine("/// <param name=\"" + signature.CotangentName.TrimStart('@') + "\">The cotangent u: in the caller, the adjoint of the array this call returns.</param>");
            foreach (var parameter in signature.Differentiable)
            {
                writer.WriteLine("/// <param name=\"" + signature.DestinationName(parameter).TrimStart('@') + "\">Receives, added to what it holds, the component of u^T J along <paramref name=\""
                    + parameter.Name + "\"/>" + (parameter.Shape!.IsArray ? ", element by element; must have its shape." : ".") + "</param>");
            }

            writer.WriteLine("[global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]");
            using (MemberWriter.OpenMethod(writer, signature, "void", kind.NameFor(method.Name), signature.ParameterList(kind)))
            {
                writer.WriteLine("var " + product + " = " + Call(signature, GeneratedMethodKind.VectorJacobianProduct, signature.CotangentName) + ";");
                var indices = DirectionalDerivativeEmitter.Indices(signature);
                foreach (var parameter in signature.Differentiable)
                {
                    var component = signature.ResultComponent(product, parameter);
                    var adjoint = signature.DestinationName(parameter);
                    if (!parameter.Shape!.IsArray)
                    {
                        writer.WriteLine(adjoint + " += " + component + ";");
                        continue;
                    }

                    var blocks = new List<IndentedWriter.Block>();
                    var index = "[" + ArrayCode.OpenLoops(writer, indices, component, parameter.Shape!, blocks) + "]";
                    writer.WriteLine(adjoint + index + " += " + component + index + ";");
                    ArrayCode.CloseLoops(blocks);
                }
            }
        }

        /// <summary>
        /// <c>MCheckJacobian</c>: J v from <c>MJacobianVectorProduct</c> against the centered difference of the method
        /// along a pseudo-random v, two evaluations whatever N.
        /// </summary>
        private static void WriteCheck(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            var names = signature.Names;
            var kind = GeneratedMethodKind.CheckJacobian;
            var state = names.Unique("state");
            var next = names.Unique("NextDirection");
            var directions = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Direction"));
            var plus = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Plus"));
            var minus = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Minus"));
            var indices = DirectionalDerivativeEmitter.Indices(signature);
            var step = names.Unique("step");
            var product = names.Unique("product");
            var valuePlus = names.Unique("valuePlus");
            var valueMinus = names.Unique("valueMinus");
            var error = names.Unique("error");
            var productNorm = names.Unique("productNorm");
            var differenceNorm = names.Unique("differenceNorm");
            var scale = names.Unique("scale");
            var rows = names.Unique("rows");
            var row = names.Unique("row");
            var difference = names.Unique("difference");
            DocumentationWriter.Write(
                writer,
                signature,
                "Checks J v, as <c>" + GeneratedMethodKind.JacobianVectorProduct.NameFor(method.Name) + "</c> computes it, against the centered difference of "
                    + DocumentationWriter.Cref(method) + " along a pseudo-random direction v.",
                "The direction v has components r max(|p|, 1), with r in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run."
                    + " The centered difference (f(p + h v) - f(p - h v)) / 2h takes h = 6e-6 (about the cube root of the double epsilon): two evaluations whatever N."
                    + " Allocates two arrays per array parameter.",
                withDestinations: false,
                withStep: false,
                "|J v - the difference| / max(|J v|, |the difference|) in the 2-norm, or 0 when both are 0. For a correct Jacobian of a smooth double method, about 1e-9 or less;"
                    + " treat more than 1e-6 as a wrong Jacobian.");
            using (MemberWriter.OpenMethod(writer, signature, "double", kind.NameFor(method.Name), signature.ParameterList(kind)))
            {
                WriteArrayNullChecks(writer, signature);
                OutputCode.WriteOutputPreamble(writer, signature, fill: false);
                writer.WriteLine("ulong " + state + " = " + Seed + ";");
                using (writer.OpenBlock("double " + next + "()"))
                {
                    writer.WriteLine(state + " ^= " + state + " << 13;");
                    writer.WriteLine(state + " ^= " + state + " >> 7;");
                    writer.WriteLine(state + " ^= " + state + " << 17;");
                    writer.WriteLine("return (" + state + " >> 11) * 2.220446049250313E-16 - 1.0;");
                }

                writer.WriteLine();
                writer.WriteLine("const double " + step + " = 6E-06;");
                foreach (var parameter in signature.Differentiable)
                {
                    var input = NameScope.Escape(parameter.Name);
                    var type = DerivativeSignature.GradientType(parameter);
                    var scaleOf = "global::System.Math.Max(global::System.Math.Abs((double){0}), 1.0)";
                    if (!parameter.Shape!.IsArray)
                    {
                        writer.WriteLine(type + " " + directions[parameter.Name] + " = " + OutputCode.Narrow(parameter, next + "() * " + string.Format(scaleOf, input)) + ";");
                        writer.WriteLine(type + " " + plus[parameter.Name] + " = " + OutputCode.Narrow(parameter, input + " + " + step + " * " + directions[parameter.Name]) + ";");
                        writer.WriteLine(type + " " + minus[parameter.Name] + " = " + OutputCode.Narrow(parameter, input + " - " + step + " * " + directions[parameter.Name]) + ";");
                        continue;
                    }

                    foreach (var array in new[] { directions, plus, minus })
                    {
                        writer.WriteLine(type + " " + array[parameter.Name] + " = " + ArrayCode.AllocateLike(input, parameter.Shape, signature.Names) + ";");
                    }

                    var blocks = new List<IndentedWriter.Block>();
                    var index = "[" + ArrayCode.OpenLoops(writer, indices, input, parameter.Shape!, blocks) + "]";
                    writer.WriteLine(directions[parameter.Name] + index + " = " + OutputCode.Narrow(parameter, next + "() * " + string.Format(scaleOf, input + index)) + ";");
                    writer.WriteLine(plus[parameter.Name] + index + " = " + OutputCode.Narrow(parameter, input + index + " + " + step + " * " + directions[parameter.Name] + index) + ";");
                    writer.WriteLine(minus[parameter.Name] + index + " = " + OutputCode.Narrow(parameter, input + index + " - " + step + " * " + directions[parameter.Name] + index) + ";");
                    ArrayCode.CloseLoops(blocks);
                }

                writer.WriteLine("var " + product + " = " + Call(signature, GeneratedMethodKind.JacobianVectorProduct, signature.Differentiable.Select(p => directions[p.Name]).ToArray()) + ";");
                OutputCode.Evaluate(writer, signature, valuePlus, p => plus.TryGetValue(p.Name, out var n) ? n : null);
                OutputCode.Evaluate(writer, signature, valueMinus, p => minus.TryGetValue(p.Name, out var n) ? n : null);
                if (OutputCode.OutputParameter(signature) is not null)
                {
                    // The [Output] array receives the method's value at p, as from every generated member.
                    writer.WriteLine(signature.CallOriginal() + ";");
                }

                if (method.Output!.FixedCount is null)
                {
                    writer.WriteLine("int " + rows + " = " + OutputCode.Count(signature, product) + ";");
                    using (writer.OpenBlock("if (" + valuePlus + ".Length != " + rows + " || " + valueMinus + ".Length != " + rows + ")"))
                    {
                        writer.WriteLine("return double.PositiveInfinity;");
                    }
                }

                writer.WriteLine("double " + error + " = 0.0, " + productNorm + " = 0.0, " + differenceNorm + " = 0.0;");
                OutputCode.ForEachOutput(writer, signature, rows, row, (i, component) =>
                {
                    using (writer.OpenScope())
                    {
                        writer.WriteLine("double " + difference + " = (" + component(valuePlus) + " - " + component(valueMinus) + ") / (2.0 * " + step + ");");
                        writer.WriteLine(error + " += (" + component(product) + " - " + difference + ") * (" + component(product) + " - " + difference + ");");
                        writer.WriteLine(productNorm + " += " + component(product) + " * " + component(product) + ";");
                        writer.WriteLine(differenceNorm + " += " + difference + " * " + difference + ";");
                    }
                });
                writer.WriteLine("double " + scale + " = global::System.Math.Max(" + productNorm + ", " + differenceNorm + ");");
                writer.WriteLine("return " + scale + " == 0.0 ? 0.0 : global::System.Math.Sqrt(" + error + " / " + scale + ");");
            }
        }
    }
}
