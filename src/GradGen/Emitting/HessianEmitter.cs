using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Differentiation;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the second-order members of a method marked <c>[Differentiable(Hessian = true)]</c> (issue 12):
    /// <c>MHessianVectorProduct</c>, the reverse mode of the forward-mode program (<see cref="AdjointTransform"/>
    /// over <see cref="TangentTransform"/>, as Clad's Hessian mode does), one pass whose cost does not grow with N;
    /// <c>MHessian</c>, N of those products along the unit directions; <c>MValueGradientAndHessian</c>; and
    /// <c>MHessianCenteredDiff</c>, the numeric Hessian by second differences.
    /// </summary>
    internal static class HessianEmitter
    {
        public static bool AppliesTo(DerivativeSignature signature) => signature.Method.Hessian;

        /// <summary>
        /// Whether H v is exact: the body was differentiated and calls no method through a [DerivativeOf] custom
        /// derivative (calls of [Differentiable] methods go through their <c>MAccumulateHessianVectorProduct</c>);
        /// otherwise it is the centered difference of the gradient along v.
        /// </summary>
        /// <remarks>Through the helpers the body calls too (issue 14): a helper's own H v would be a difference, so the method's is one.</remarks>
        public static bool IsExact(MethodModel method) =>
            method.ExactBody is { } body && !BodyCalls.UsesCustomDerivatives(body) && !BodyCalls.CallsVectorValued(body) && method.Helpers.All(IsExact);

        /// <summary>Why H v is a difference where the body was differentiated: the call it cannot go through twice.</summary>
        public static string WhyNotExact(MethodModel method) => method.Helpers.Select(helper => helper.ExactBody!).Prepend(method.ExactBody!).Any(BodyCalls.UsesCustomDerivatives)
            ? "the body (or a helper it calls) calls a method through its [DerivativeOf] custom derivative, which gives first derivatives only."
            : "the body (or a helper it calls) calls a vector-valued method, whose second-order entry point GradGen does not write.";

        public static void Write(IndentedWriter writer, DerivativeSignature shared, ICollection<TapeModel> tapes)
        {
            WriteVectorProduct(writer, shared.WithFreshNames(), tapes);
            writer.WriteLine();
            WriteHessian(writer, shared.WithFreshNames());
            writer.WriteLine();
            WriteValueGradientAndHessian(writer, shared.WithFreshNames());
            writer.WriteLine();
            WriteCenteredDiff(writer, shared.WithFreshNames());
        }

        private static string Float(ParameterModel parameter) => DerivativeSignature.ScalarKeyword(parameter.Shape!.Element);

        private static string HessianType(DerivativeSignature signature) => signature.HasOneScalar ? "double" : "double[,]";

        private static string FloatRemark(DerivativeSignature signature) =>
            signature.Differentiable.Any(p => p.Shape!.Element == ScalarKind.Float) || signature.Method.ReturnKind == ScalarKind.Float
                ? " For float parameters the products are computed in double and stored as float, as <c>MGradient</c> does; the Hessian matrix is always double."
                : string.Empty;

        private static Dictionary<string, string> Directions(DerivativeSignature signature) =>
            signature.Differentiable.ToDictionary(p => p.Name, p => signature.Names.Unique(p.Name.TrimStart('@') + "Direction"));

        /// <summary>A call of a generated method of this method with its own parameters, where <paramref name="replace"/> gives none instead, then <paramref name="extra"/>.</summary>
        private static string Call(DerivativeSignature signature, GeneratedMethodKind kind, Func<ParameterModel, string?>? replace, params string[] extra) =>
            signature.Qualify(kind.NameFor(signature.Method.Name)) + "("
            + string.Join(", ", signature.Method.Parameters.Select(p => p.ArgumentModifier + (replace?.Invoke(p) ?? NameScope.Escape(p.Name))).Concat(extra)) + ")";

        private static void WriteVectorProduct(IndentedWriter writer, DerivativeSignature signature, ICollection<TapeModel> tapes)
        {
            var method = signature.Method;
            var kind = GeneratedMethodKind.HessianVectorProduct;
            var name = kind.NameFor(method.Name);
            var directions = Directions(signature);
            var summary = "Computes the Hessian of " + DocumentationWriter.Cref(method) + " times a direction, H v, with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ": the derivative of the gradient along v.";
            var remarks = (IsExact(method)
                    ? "Exact to rounding: GradGen differentiated the method's body at compile time, in reverse mode over its forward-mode program"
                        + " (one forward and one reverse sweep, whose cost does not grow with the number of inputs). The inputs are never written."
                    : "The centered difference of <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c> along the direction with step "
                        + NumberFormat.ForCode(signature.Step) + ": "
                        + (method.ExactBody is not null ? WhyNotExact(method) : "the method's gradient is numeric."))
                + FloatRemark(signature);

            void Document(bool withDestinations)
            {
                DocumentationWriter.WriteSummary(writer, summary, remarks);
                DocumentationWriter.WriteMethodParameters(writer, signature);
                foreach (var parameter in signature.Differentiable)
                {
                    writer.WriteLine("/// <param name=\"" + directions[parameter.Name].TrimStart('@') + "\">The direction's component along <paramref name=\"" + parameter.Name + "\"/>"
                        + (parameter.Shape!.IsArray ? ", of its shape." : ".") + "</param>");
                }

                if (withDestinations)
                {
                    foreach (var parameter in signature.Differentiable)
                    {
                        writer.WriteLine("/// <param name=\"" + signature.DestinationName(parameter).TrimStart('@') + "\">Receives the component of H v along <paramref name=\"" + parameter.Name + "\"/>"
                            + (parameter.Shape!.IsArray ? ", element by element; must have its shape." : ".") + "</param>");
                    }
                }
                else
                {
                    writer.WriteLine("/// <returns>H v, shaped as <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c>'s result.</returns>");
                }
            }

            void CheckDirections()
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, directions[parameter.Name]);
                    ArrayCode.WriteSameShapeCheck(writer, directions[parameter.Name], NameScope.Escape(parameter.Name), parameter.Shape!, "The direction", signature.Names);
                }
            }

            if (signature.HasArrayResult)
            {
                Document(withDestinations: false);
                using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, name, signature.ParameterList(kind, withDestinations: false, tangents: directions)))
                {
                    foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                    {
                        ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                    }

                    writer.WriteLine();
                    DeclareDestinations(writer, signature);
                    writer.WriteLine(Call(signature, kind, null, signature.Differentiable.Select(p => directions[p.Name])
                        .Concat(signature.Differentiable.Select(p => (p.Shape!.IsArray ? string.Empty : "out ") + signature.DestinationName(p))).ToArray()) + ";");
                    writer.WriteLine("return " + signature.ResultExpression + ";");
                }

                writer.WriteLine();
                Document(withDestinations: true);
                using (MemberWriter.OpenMethod(writer, signature, "void", name, signature.ParameterList(kind, withDestinations: true, tangents: directions)))
                {
                    MemberWriter.WriteDestinationChecks(writer, signature);
                    CheckDirections();
                    AliasChecks.Write(writer, signature, kind, withDestinations: true, tangents: directions);
                    WriteProduct(writer, signature, directions, tapes);
                }
            }
            else
            {
                Document(withDestinations: false);
                using (MemberWriter.OpenMethod(writer, signature, signature.ResultType, name, signature.ParameterList(kind, withDestinations: false, tangents: directions)))
                {
                    DeclareDestinations(writer, signature);
                    WriteProduct(writer, signature, directions, tapes);
                    writer.WriteLine("return " + signature.ResultExpression + ";");
                }
            }
        }

        /// <summary>
        /// Declares, for the destination overload of <c>MHessian</c>, one thread-static field per array parameter and
        /// use (its unit direction, its part of the product), so that a warm call allocates nothing; returns their
        /// names by (parameter, use), or null where the type keeps no static fields (an interface).
        /// </summary>
        private static Dictionary<(string, string), string>? DeclareScratch(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            if (!AdjointTransform.KeepsBuffer(method) || !signature.HasArrayResult)
            {
                return null;
            }

            var fields = new Dictionary<(string, string), string>();
            foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
            {
                foreach (var use in new[] { "Direction", "Product" })
                {
                    var field = TapeFieldNames.For(method.Name, method.HintName.Contains("("), method.Parameters, "Hessian" + use + "_" + parameter.Name.TrimStart('@') + "_");
                    fields[(parameter.Name, use)] = field;
                    writer.WriteLine(MemberWriter.GeneratedCodeAttribute);
                    writer.WriteLine("[global::System.ThreadStatic]");
                    writer.WriteLine("[global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]");
                    writer.WriteLine(MemberWriter.EditorBrowsableNever);
                    writer.WriteLine("private static " + DerivativeSignature.GradientType(parameter) + (signature.NullableAnnotations ? "?" : string.Empty) + " " + field + ";");
                    writer.WriteLine();
                }
            }

            return fields;
        }

        /// <summary>
        /// Makes sure the kept array for (parameter, use) has the parameter's shape (a new one, kept, if not) and
        /// returns the expression that gives it: the field, or a new array where nothing is kept.
        /// </summary>
        private static string Kept(IndentedWriter writer, NameScope names, Dictionary<(string, string), string>? scratch, ParameterModel parameter, string use)
        {
            var input = NameScope.Escape(parameter.Name);
            var allocate = ArrayCode.AllocateLike(input, parameter.Shape!, names);
            if (scratch is null)
            {
                return allocate;
            }

            var field = scratch[(parameter.Name, use)];
            var rank = parameter.Shape!.Rank;
            var otherShape = string.Join(" || ", Enumerable.Range(0, rank).Select(d => ArrayCode.Length(field, rank, d) + " != " + ArrayCode.Length(input, rank, d)));
            using (writer.OpenBlock("if (" + field + " == null || " + otherShape + ")"))
            {
                writer.WriteLine(field + " = " + allocate + ";");
            }

            return field;
        }

        internal static void DeclareDestinations(IndentedWriter writer, DerivativeSignature signature)
        {
            foreach (var parameter in signature.Differentiable)
            {
                var destination = signature.DestinationName(parameter);
                writer.WriteLine(parameter.Shape!.IsArray
                    ? DerivativeSignature.GradientType(parameter) + " " + destination + " = " + ArrayCode.AllocateLike(NameScope.Escape(parameter.Name), parameter.Shape, signature.Names) + ";"
                    : DerivativeSignature.GradientType(parameter) + " " + destination + ";");
            }
        }

        /// <summary>Fills the destinations with H v: the sweeps of the reverse mode of the forward-mode program, or the centered difference of the gradient.</summary>
        private static void WriteProduct(IndentedWriter writer, DerivativeSignature signature, IReadOnlyDictionary<string, string> directions, ICollection<TapeModel> tapes)
        {
            var method = signature.Method;
            if (IsExact(method))
            {
                WriteReverseOverForward(writer, signature, directions, GeneratedMethodKind.HessianVectorProduct, seed: null, directionAdjoints: null, tapes);
                return;
            }

            WriteGradientDifference(writer, signature, directions, signature.DestinationName, seed: null);
        }

        /// <summary>
        /// Writes the sweeps of the reverse mode of the method's forward-mode program (its H v into the destinations)
        /// and returns the name of the local holding the directional derivative. With <paramref name="directionAdjoints"/>,
        /// the directions are differentiated too (their adjoints receive the gradient), as <c>MAccumulateHessianVectorProduct</c>
        /// needs; without, they are constants. The program's tapes are its own, named after <paramref name="kind"/>.
        /// </summary>
        /// <param name="seed">Null to overwrite the destinations; else the seed, times which H v is added to them.</param>
        internal static string WriteReverseOverForward(
            IndentedWriter writer,
            DerivativeSignature signature,
            IReadOnlyDictionary<string, string> directions,
            GeneratedMethodKind kind,
            string? seed,
            IReadOnlyDictionary<string, string>? directionAdjoints,
            ICollection<TapeModel> tapes)
        {
            var method = signature.Method;
            var tangent = TangentTransform.Apply(method.ExactBody!, directions.ToDictionary(pair => pair.Key.TrimStart('@'), pair => pair.Value));
            var destinations = signature.Differentiable.ToDictionary(p => p.Name, signature.DestinationName);

            // The forward-mode program returns a double whatever the method returns.
            var model = method with { Name = kind.NameFor(method.Name), ReturnKind = ScalarKind.Double };
            if (directionAdjoints is not null)
            {
                var directionNames = new HashSet<string>(directions.Values);
                tangent = new ExactBody(
                    tangent.Variables.Select(v => directionNames.Contains(v.Name) && v.Kind == VariableKind.ConstantParameter ? v with { Kind = VariableKind.DifferentiableParameter } : v).ToEquatableArray(),
                    tangent.Statements);
                var directionParameters = signature.Differentiable.Select(p => new ParameterModel(
                    directions[p.Name], DerivativeSignature.GradientType(p), DerivativeSignature.GradientType(p), string.Empty, string.Empty, p.Shape));
                model = model with { Parameters = method.Parameters.Concat(directionParameters).ToEquatableArray() };
                foreach (var parameter in signature.Differentiable)
                {
                    destinations[directions[parameter.Name]] = directionAdjoints[parameter.Name];
                }
            }

            var program = AdjointTransform.Apply(tangent, new SweepContext(model, signature.Names.Unique, NameScope.Escape, destinations, seed, FusesLastLoop: true));
            foreach (var tape in program.Tapes)
            {
                tapes.Add(tape);
            }

            return ProgramPrinter.Write(writer, program);
        }

        /// <summary>
        /// (g(p + h v) - g(p - h v)) / 2h, g the method's <c>MGradient</c>, on copies of the arrays: written into the
        /// destinations, or, given a seed, its product with the seed added to them (<c>ref double</c> for scalars).
        /// </summary>
        internal static void WriteGradientDifference(IndentedWriter writer, DerivativeSignature signature, IReadOnlyDictionary<string, string> directions, Func<ParameterModel, string> destinationOf, string? seed)
        {
            var step = signature.Names.Unique("step");
            writer.WriteLine("double " + step + " = " + NumberFormat.ForCode(signature.Step) + ";");
            var plus = signature.Differentiable.ToDictionary(p => p.Name, p => signature.Names.Unique(p.Name.TrimStart('@') + "Plus"));
            var minus = signature.Differentiable.ToDictionary(p => p.Name, p => signature.Names.Unique(p.Name.TrimStart('@') + "Minus"));
            var indices = Indices(signature, "i");
            foreach (var parameter in signature.Differentiable)
            {
                var input = NameScope.Escape(parameter.Name);
                var type = DerivativeSignature.GradientType(parameter);
                var direction = directions[parameter.Name];
                if (!parameter.Shape!.IsArray)
                {
                    writer.WriteLine(type + " " + plus[parameter.Name] + " = (" + type + ")(" + input + " + " + step + " * " + direction + ");");
                    writer.WriteLine(type + " " + minus[parameter.Name] + " = (" + type + ")(" + input + " - " + step + " * " + direction + ");");
                    continue;
                }

                writer.WriteLine(type + " " + plus[parameter.Name] + " = " + ArrayCode.AllocateLike(input, parameter.Shape, signature.Names) + ";");
                writer.WriteLine(type + " " + minus[parameter.Name] + " = " + ArrayCode.AllocateLike(input, parameter.Shape, signature.Names) + ";");
                var blocks = new List<IndentedWriter.Block>();
                var index = "[" + ArrayCode.OpenLoops(writer, indices, input, parameter.Shape!, blocks) + "]";
                writer.WriteLine(plus[parameter.Name] + index + " = (" + Float(parameter) + ")(" + input + index + " + " + step + " * " + direction + index + ");");
                writer.WriteLine(minus[parameter.Name] + index + " = (" + Float(parameter) + ")(" + input + index + " - " + step + " * " + direction + index + ");");
                ArrayCode.CloseLoops(blocks);
            }

            var gradientPlus = signature.Names.Unique("gradientPlus");
            var gradientMinus = signature.Names.Unique("gradientMinus");
            writer.WriteLine("var " + gradientPlus + " = " + Call(signature, GeneratedMethodKind.Gradient, p => p.IsDifferentiable ? plus[p.Name] : null) + ";");
            writer.WriteLine("var " + gradientMinus + " = " + Call(signature, GeneratedMethodKind.Gradient, p => p.IsDifferentiable ? minus[p.Name] : null) + ";");
            foreach (var parameter in signature.Differentiable)
            {
                var destination = destinationOf(parameter);
                var up = signature.ResultComponent(gradientPlus, parameter);
                var down = signature.ResultComponent(gradientMinus, parameter);
                if (!parameter.Shape!.IsArray)
                {
                    var difference = "(" + up + " - (double)" + down + ") / (2.0 * " + step + ")";
                    writer.WriteLine(seed is null
                        ? destination + " = (" + Float(parameter) + ")(" + difference + ");"
                        : destination + " += " + seed + " * (" + difference + ");");
                    continue;
                }

                var blocks = new List<IndentedWriter.Block>();
                var index = "[" + ArrayCode.OpenLoops(writer, indices, destination, parameter.Shape!, blocks) + "]";
                var quotient = "(" + up + index + " - (double)" + down + index + ") / (2.0 * " + step + ")";
                writer.WriteLine(destination + index + (seed is null ? " = (" : " += (") + Float(parameter) + ")(" + (seed is null ? quotient : seed + " * (" + quotient + ")") + ");");
                ArrayCode.CloseLoops(blocks);
            }
        }

        private static IReadOnlyList<string> Indices(DerivativeSignature signature, string prefix) =>
            Enumerable.Range(0, signature.Differentiable.Max(p => p.Shape!.Rank)).Select(d => signature.Names.Unique(prefix + d)).ToList();

        /// <summary><c>x.Length + 1</c>: how many differentiable elements there are, N.</summary>
        private static string Count(DerivativeSignature signature) => Count(signature.Differentiable);

        private static string Count(IEnumerable<ParameterModel> parameters) =>
            string.Join(" + ", parameters.Select(p => p.Shape!.IsArray ? NameScope.Escape(p.Name) + ".Length" : "1"));

        private static void WriteHessian(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            var kind = GeneratedMethodKind.Hessian;
            var name = kind.NameFor(method.Name);
            var product = GeneratedMethodKind.HessianVectorProduct.NameFor(method.Name);
            var summary = "Computes the Hessian of " + DocumentationWriter.Cref(method) + ", the matrix of its second derivatives with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ".";
            var remarks = "Row k is <c>" + product + "</c> along the k-th unit direction, "
                + (IsExact(method) ? "exact to rounding" : "the centered difference of the gradient")
                + ". Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order."
                + FloatRemark(signature);
            var parameters = signature.ParameterList(kind);
            if (signature.HasOneScalar)
            {
                var parameter = signature.Differentiable[0];
                DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false, "The second derivative with respect to <paramref name=\"" + parameter.Name + "\"/>.");
                using (MemberWriter.OpenMethod(writer, signature, "double", name, parameters))
                {
                    writer.WriteLine("return " + Call(signature, GeneratedMethodKind.HessianVectorProduct, null, "1") + ";");
                }

                return;
            }

            var hessian = signature.HessianName;
            var returns = "A new N x N array, N counting every differentiable element.";
            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false, returns);
            using (MemberWriter.OpenMethod(writer, signature, "double[,]", name, parameters))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                }

                var n = signature.Names.Unique("n");
                writer.WriteLine("int " + n + " = " + Count(signature) + ";");
                writer.WriteLine("double[,] " + hessian + " = new double[" + n + ", " + n + "];");
                writer.WriteLine(Call(signature, kind, null, hessian) + ";");
                writer.WriteLine("return " + hessian + ";");
            }

            writer.WriteLine();
            var scratch = DeclareScratch(writer, signature);
            DocumentationWriter.WriteSummary(writer, summary, remarks + " Once warm, it allocates nothing: its direction and product arrays are kept per thread.");
            DocumentationWriter.WriteMethodParameters(writer, signature);
            writer.WriteLine("/// <param name=\"" + hessian + "\">Receives the Hessian: N x N, N counting every differentiable element.</param>");
            using (MemberWriter.OpenMethod(writer, signature, "void", name, signature.ParameterList(kind, withDestinations: true)))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                }

                ArrayCode.WriteNullCheck(writer, hessian);
                var n = signature.Names.Unique("n");
                writer.WriteLine("int " + n + " = " + Count(signature) + ";");
                using (writer.OpenBlock("if (" + hessian + ".GetLength(0) != " + n + " || " + hessian + ".GetLength(1) != " + n + ")"))
                {
                    writer.WriteLine("throw new global::System.ArgumentException(\"The Hessian must be N x N, N counting every differentiable element.\", \"" + hessian + "\");");
                }

                writer.WriteLine();
                AliasChecks.Write(writer, signature, kind, withDestinations: true);
                var directions = Directions(signature);
                foreach (var parameter in signature.Differentiable)
                {
                    var type = DerivativeSignature.GradientType(parameter);
                    if (!parameter.Shape!.IsArray)
                    {
                        writer.WriteLine(type + " " + directions[parameter.Name] + " = 0;");
                        continue;
                    }

                    // A row that threw part-way left its 1 in the kept direction: clear it.
                    var kept = Kept(writer, signature.Names, scratch, parameter, "Direction");
                    writer.WriteLine(type + " " + directions[parameter.Name] + " = " + kept + ";");
                    writer.WriteLine("global::System.Array.Clear(" + directions[parameter.Name] + ", 0, " + directions[parameter.Name] + ".Length);");
                }

                var result = signature.Names.Unique("product");
                if (signature.HasArrayResult)
                {
                    foreach (var parameter in signature.Differentiable)
                    {
                        var destination = signature.DestinationName(parameter);
                        writer.WriteLine(DerivativeSignature.GradientType(parameter) + " " + destination
                            + (parameter.Shape!.IsArray ? " = " + Kept(writer, signature.Names, scratch, parameter, "Product") : string.Empty) + ";");
                    }
                }

                var row = signature.Names.Unique("row");
                var column = signature.Names.Unique("column");
                writer.WriteLine("int " + row + " = 0;");
                var outer = Indices(signature, "i");
                var inner = Indices(signature, "j");
                foreach (var parameter in signature.Differentiable)
                {
                    var blocks = new List<IndentedWriter.Block>();
                    var element = directions[parameter.Name] + (parameter.Shape!.IsArray
                        ? "[" + ArrayCode.OpenLoops(writer, outer, directions[parameter.Name], parameter.Shape!, blocks) + "]"
                        : string.Empty);
                    var rowBlock = writer.OpenScope();
                    writer.WriteLine(element + " = 1;");
                    var arguments = signature.Differentiable.Select(p => directions[p.Name]);
                    if (signature.HasArrayResult)
                    {
                        writer.WriteLine(Call(signature, GeneratedMethodKind.HessianVectorProduct, null, arguments
                            .Concat(signature.Differentiable.Select(p => (p.Shape!.IsArray ? string.Empty : "out ") + signature.DestinationName(p))).ToArray()) + ";");
                    }
                    else
                    {
                        writer.WriteLine("var " + result + " = " + Call(signature, GeneratedMethodKind.HessianVectorProduct, null, arguments.ToArray()) + ";");
                    }

                    writer.WriteLine(element + " = 0;");
                    writer.WriteLine("int " + column + " = 0;");
                    foreach (var other in signature.Differentiable)
                    {
                        var source = signature.HasArrayResult ? signature.DestinationName(other) : signature.ResultComponent(result, other);
                        if (!other.Shape!.IsArray)
                        {
                            writer.WriteLine(hessian + "[" + row + ", " + column + "++] = " + source + ";");
                            continue;
                        }

                        var innerBlocks = new List<IndentedWriter.Block>();
                        var index = ArrayCode.OpenLoops(writer, inner, source, other.Shape!, innerBlocks);
                        writer.WriteLine(hessian + "[" + row + ", " + column + "++] = " + source + "[" + index + "];");
                        ArrayCode.CloseLoops(innerBlocks);
                    }

                    writer.WriteLine(row + "++;");
                    rowBlock.Dispose();
                    ArrayCode.CloseLoops(blocks);
                }
            }
        }

        private static void WriteValueGradientAndHessian(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            var kind = GeneratedMethodKind.ValueGradientAndHessian;
            var name = kind.NameFor(method.Name);
            var valueType = DerivativeSignature.ScalarKeyword(method.ReturnKind);
            var summary = "Computes the value of " + DocumentationWriter.Cref(method) + ", its gradient and its Hessian with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + ": what a Newton step needs, in one call.";
            var remarks = "The gradient is <c>" + GeneratedMethodKind.ValueAndGradient.NameFor(method.Name) + "</c>'s, the Hessian <c>"
                + GeneratedMethodKind.Hessian.NameFor(method.Name) + "</c>'s.";
            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: false,
                "<c>value</c>: the method's value; <c>gradient</c>: shaped as <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c> returns it; <c>hessian</c>: as <c>"
                + GeneratedMethodKind.Hessian.NameFor(method.Name) + "</c> returns it.");
            var both = signature.Names.Unique("valueAndGradient");
            using (MemberWriter.OpenMethod(writer, signature, "(" + valueType + " value, " + signature.ResultType + " gradient, " + HessianType(signature) + " hessian)", name, signature.ParameterList(kind)))
            {
                if (method.ExactBody is null)
                {
                    // A numeric gradient has no MValueAndGradient.
                    writer.WriteLine("return (" + signature.CallOriginal() + ", " + Call(signature, GeneratedMethodKind.Gradient, null) + ", " + Call(signature, GeneratedMethodKind.Hessian, null) + ");");
                }
                else
                {
                    writer.WriteLine("var " + both + " = " + Call(signature, GeneratedMethodKind.ValueAndGradient, null) + ";");
                    writer.WriteLine("return (" + both + ".value, " + both + ".gradient, " + Call(signature, GeneratedMethodKind.Hessian, null) + ");");
                }
            }

            if (!signature.HasArrayResult)
            {
                return;
            }

            writer.WriteLine();
            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: true, withStep: false, "The method's value, of its own return type.");
            writer.WriteLine("/// <param name=\"" + signature.HessianName + "\">Receives the Hessian: N x N, N counting every differentiable element.</param>");
            using (MemberWriter.OpenMethod(writer, signature, valueType, name, signature.ParameterList(kind, withDestinations: true)))
            {
                // The Hessian is written after the gradient: it must not be a destination of the gradient (nor an input).
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, signature.DestinationName(parameter), parameter.Shape!);
                }

                ArrayCode.WriteNullCheck(writer, signature.HessianName);
                writer.WriteLine();
                AliasChecks.Write(writer, signature, kind, withDestinations: true);
                var value = signature.Names.Unique("value");
                var destinations = signature.Differentiable.Select(p => (p.Shape!.IsArray ? string.Empty : "out ") + signature.DestinationName(p)).ToArray();
                if (method.ExactBody is null)
                {
                    writer.WriteLine("var " + value + " = " + signature.CallOriginal() + ";");
                    writer.WriteLine(Call(signature, GeneratedMethodKind.Gradient, null, destinations) + ";");
                }
                else
                {
                    writer.WriteLine("var " + value + " = " + Call(signature, GeneratedMethodKind.ValueAndGradient, null, destinations) + ";");
                }
                writer.WriteLine(Call(signature, GeneratedMethodKind.Hessian, null, signature.HessianName) + ";");
                writer.WriteLine("return " + value + ";");
            }
        }

        /// <summary>
        /// Second differences, perturbing each element in place and restoring the value it had, bit for bit:
        /// (f(+h e_i + h e_j) - f(+h e_i - h e_j) - f(-h e_i + h e_j) + f(-h e_i - h e_j)) / 4h^2 off the diagonal,
        /// (f(+h e_i) - 2 f + f(-h e_i)) / h^2 on it.
        /// </summary>
        private static void WriteCenteredDiff(IndentedWriter writer, DerivativeSignature signature)
        {
            var method = signature.Method;
            var kind = GeneratedMethodKind.HessianCenteredDiff;
            var name = kind.NameFor(method.Name);
            var summary = "Estimates the Hessian of " + DocumentationWriter.Cref(method) + " with respect to "
                + DocumentationWriter.DifferentiableParameterList(signature) + " by second centered differences.";
            var remarks = "Off the diagonal (f(x+h e_i+h e_j) - f(x+h e_i-h e_j) - f(x-h e_i+h e_j) + f(x-h e_i-h e_j)) / 4h^2, on it (f(x+h e_i) - 2 f(x) + f(x-h e_i)) / h^2:"
                + " 1 + 2N + 2N(N-1) calls of the method, error O(h^2) plus rounding O(eps/h^2). Array elements are perturbed in place and restored bit for bit before the method returns."
                + " Rows and columns count every differentiable element: the parameters in declaration order, each array in row-major order.";
            DocumentationWriter.Write(writer, signature, summary, remarks, withDestinations: false, withStep: true,
                signature.HasOneScalar ? "The second derivative, estimated." : "A new N x N array, N counting every differentiable element.");
            using (MemberWriter.OpenMethod(writer, signature, HessianType(signature), name, signature.ParameterList(kind)))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                }

                AliasChecks.Write(writer, signature, kind);
                var step = signature.StepValue;
                var center = signature.Names.Unique("center");
                writer.WriteLine("double " + center + " = " + signature.CallOriginal() + ";");
                if (signature.HasOneScalar)
                {
                    var parameter = signature.Differentiable[0];
                    var input = NameScope.Escape(parameter.Name);
                    var saved = signature.Names.Unique("saved");
                    var type = Float(parameter);
                    writer.WriteLine(type + " " + saved + " = " + input + ";");
                    writer.WriteLine(input + " = (" + type + ")(" + saved + " + " + step + ");");
                    var above = signature.Names.Unique("up");
                    var below = signature.Names.Unique("down");
                    writer.WriteLine("double " + above + " = " + signature.CallOriginal() + ";");
                    writer.WriteLine(input + " = (" + type + ")(" + saved + " - " + step + ");");
                    writer.WriteLine("double " + below + " = " + signature.CallOriginal() + ";");
                    writer.WriteLine(input + " = " + saved + ";");
                    writer.WriteLine("return (" + above + " - 2.0 * " + center + " + " + below + ") / (" + step + " * " + step + ");");
                    return;
                }

                var hessian = signature.HessianName;
                var n = signature.Names.Unique("n");
                writer.WriteLine("int " + n + " = " + Count(signature) + ";");
                writer.WriteLine("double[,] " + hessian + " = new double[" + n + ", " + n + "];");
                var row = signature.Names.Unique("row");
                var column = signature.Names.Unique("column");
                var savedRow = signature.Names.Unique("savedRow");
                var savedColumn = signature.Names.Unique("savedColumn");
                var plusPlus = signature.Names.Unique("plusPlus");
                var plusMinus = signature.Names.Unique("plusMinus");
                var minusPlus = signature.Names.Unique("minusPlus");
                var minusMinus = signature.Names.Unique("minusMinus");
                var up = signature.Names.Unique("up");
                var down = signature.Names.Unique("down");
                writer.WriteLine("int " + row + " = 0;");
                var outer = Indices(signature, "i");
                var inner = Indices(signature, "j");
                foreach (var parameter in signature.Differentiable)
                {
                    var blocks = new List<IndentedWriter.Block>();
                    var input = NameScope.Escape(parameter.Name);
                    var element = input + (parameter.Shape!.IsArray ? "[" + ArrayCode.OpenLoops(writer, outer, input, parameter.Shape!, blocks) + "]" : string.Empty);
                    var type = Float(parameter);
                    using (writer.OpenScope())
                    {
                        writer.WriteLine(type + " " + savedRow + " = " + element + ";");
                        writer.WriteLine(element + " = (" + type + ")(" + savedRow + " + " + step + ");");
                        writer.WriteLine("double " + up + " = " + signature.CallOriginal() + ";");
                        writer.WriteLine(element + " = (" + type + ")(" + savedRow + " - " + step + ");");
                        writer.WriteLine("double " + down + " = " + signature.CallOriginal() + ";");
                        writer.WriteLine(element + " = " + savedRow + ";");
                        writer.WriteLine(hessian + "[" + row + ", " + row + "] = (" + up + " - 2.0 * " + center + " + " + down + ") / (" + step + " * " + step + ");");
                        // Columns before this parameter's first element are rows already done.
                        var index = signature.Differentiable.ToList().IndexOf(parameter);
                        writer.WriteLine("int " + column + " = " + (index == 0 ? "0" : Count(signature.Differentiable.Take(index))) + ";");
                        foreach (var other in signature.Differentiable.Skip(index))
                        {
                            var innerBlocks = new List<IndentedWriter.Block>();
                            var otherInput = NameScope.Escape(other.Name);
                            var otherElement = otherInput + (other.Shape!.IsArray ? "[" + ArrayCode.OpenLoops(writer, inner, otherInput, other.Shape!, innerBlocks) + "]" : string.Empty);
                            var otherType = Float(other);
                            using (writer.OpenBlock("if (" + column + " > " + row + ")"))
                            {
                                writer.WriteLine(otherType + " " + savedColumn + " = " + otherElement + ";");
                                void Evaluate(string into, string rowSign, string columnSign)
                                {
                                    writer.WriteLine(element + " = (" + type + ")(" + savedRow + " " + rowSign + " " + step + ");");
                                    writer.WriteLine(otherElement + " = (" + otherType + ")(" + savedColumn + " " + columnSign + " " + step + ");");
                                    writer.WriteLine("double " + into + " = " + signature.CallOriginal() + ";");
                                }

                                Evaluate(plusPlus, "+", "+");
                                Evaluate(plusMinus, "+", "-");
                                Evaluate(minusPlus, "-", "+");
                                Evaluate(minusMinus, "-", "-");
                                writer.WriteLine(element + " = " + savedRow + ";");
                                writer.WriteLine(otherElement + " = " + savedColumn + ";");
                                writer.WriteLine(hessian + "[" + row + ", " + column + "] = (" + plusPlus + " - " + plusMinus + " - " + minusPlus + " + " + minusMinus + ") / (4.0 * " + step + " * " + step + ");");
                                writer.WriteLine(hessian + "[" + column + ", " + row + "] = " + hessian + "[" + row + ", " + column + "];");
                            }

                            writer.WriteLine(column + "++;");
                            ArrayCode.CloseLoops(innerBlocks);
                        }

                        writer.WriteLine(row + "++;");
                    }

                    ArrayCode.CloseLoops(blocks);
                }

                writer.WriteLine("return " + hessian + ";");
            }
        }
    }
}
