using System.Collections.Generic;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>
    /// Foresees generated members that would not compile: a user member of the same name and parameter types, or
    /// the same member generated for a [Differentiable] overload (for example <c>MGradient(double[], double[])</c>
    /// is both <c>M(double[] x)</c>'s destination overload and <c>M(double[] x, double[] y)</c>'s gradient).
    /// </summary>
    internal static class CollisionChecker
    {
        /// <summary>Reports each collision; returns whether the method's finite differences take their step from the attribute only (<see cref="StepWouldCaptureCalls"/>).</summary>
        public static bool Check(IMethodSymbol method, AttributeData differentiable, string hintName, IEnumerable<ParameterModel> parameters, DiagnosticList diagnostics)
        {
            var type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            foreach (var field in new[] { TapeFieldNames.Value, TapeFieldNames.Control }.Select(kind => TapeFieldNames.For(method.Name, hintName.Contains("("), parameters, kind)))
            {
                if (type.GetMembers(field).FirstOrDefault(member => !IsGeneratedByGradGen(member)) is { } existing)
                {
                    diagnostics.Add(DiagnosticDescriptors.GeneratedMemberCollision, method.Locations[0], field, method.Name, "the existing member '" + existing.Name + "'");
                }
            }

            var overloads = OverloadsOf(method, differentiable);
            var stepFromAttributeOnly = StepWouldCaptureCalls(method, differentiable, overloads);
            foreach (var kind in KindsOf(method, differentiable))
            {
                var name = kind.NameFor(method.Name);
                if (overloads.Count == 0 && !HasUserMember(type, name))
                {
                    // Nothing the kind's methods could collide with: the signatures need not be built (issue 17).
                    continue;
                }

                foreach (var signature in Signatures(method, kind, withStep: !stepFromAttributeOnly))
                {
                    var collision = FindUserMember(type, name, signature) ?? FindGeneratedByOverload(overloads, kind, signature);
                    if (collision is not null)
                    {
                        diagnostics.Add(
                            DiagnosticDescriptors.GeneratedMemberCollision,
                            method.Locations[0],
                            name + "(" + string.Join(", ", signature.Select(parameter => parameter.Display)) + ")",
                            method.Name,
                            collision);
                    }
                }
            }

            return stepFromAttributeOnly;
        }

        /// <summary>The other methods of the same name and type that carry the same attribute.</summary>
        private static List<(IMethodSymbol Method, AttributeData Attribute)> OverloadsOf(IMethodSymbol method, AttributeData differentiable) =>
            method.ContainingType.GetMembers(method.Name)
                .OfType<IMethodSymbol>()
                .Where(other => !SymbolEqualityComparer.Default.Equals(other, method))
                .Select(other => (other, other.GetAttributes().FirstOrDefault(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, differentiable.AttributeClass))))
                .Where(pair => pair.Item2 is not null)
                .Select(pair => (pair.other, pair.Item2!))
                .ToList();

        /// <summary>The kinds GradGen writes for a method with this attribute: the second-order ones only where it asks for them, the Jacobian family for a vector-valued one.</summary>
        private static IEnumerable<GeneratedMethodKind> KindsOf(IMethodSymbol method, AttributeData differentiable)
        {
            var wantsHessian = MethodParser.WantsHessian(differentiable);
            var vectorValued = IsVectorValued(method);
            return GeneratedMethodKind.All.Where(kind => kind.IsWrittenFor(vectorValued, wantsHessian));
        }

        /// <summary>
        /// Whether one of the method's finite-difference members, with its optional step, could capture a call meant
        /// for another member of the same name: another overload's generated member or a user's method that takes
        /// an argument where the step is, and the same number of arguments, each of which could convert. Then
        /// <c>GForwardDiff(1.0, 2.0)</c>, meant for <c>G(double x, double y)</c>'s member, would bind to
        /// <c>G(double x)</c>'s <c>GForwardDiff(double x, double step)</c> without a word; so that overload's
        /// finite differences take their step from the attribute only (<see cref="MethodModel.StepFromAttributeOnly"/>).
        /// The step-less lists of the others exist whatever they decide, so the decision is the same from every side.
        /// </summary>
        private static bool StepWouldCaptureCalls(IMethodSymbol method, AttributeData differentiable, List<(IMethodSymbol Method, AttributeData Attribute)> overloads)
        {
            foreach (var kind in KindsOf(method, differentiable).Where(kind => kind.HasStep))
            {
                var name = kind.NameFor(method.Name);
                if (overloads.Count == 0 && !HasUserMember(method.ContainingType, name))
                {
                    continue;
                }

                var others = overloads
                    .Where(overload => KindsOf(overload.Method, overload.Attribute).Contains(kind))
                    .SelectMany(overload => Signatures(overload.Method, kind, withStep: false))
                    .Concat(method.ContainingType.GetMembers(name).OfType<IMethodSymbol>().Where(member => !IsGeneratedByGradGen(member))
                        .Select(member => (IReadOnlyList<SignatureParameter>)member.Parameters.Select(SignatureParameter.Of).ToList()))
                    .ToList();
                foreach (var withStep in Lists(method, kind, withStep: true))
                {
                    if (others.Any(other => Captures(withStep, other)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a call meant for <paramref name="other"/> with one argument more than <paramref name="withStep"/>
        /// has before its step could bind its last argument to that step.
        /// </summary>
        private static bool Captures(IReadOnlyList<SignatureParameter> withStep, IReadOnlyList<SignatureParameter> other)
        {
            var arguments = withStep.Count;
            var required = other.Count - other.Reverse().TakeWhile(parameter => parameter.Optional).Count();
            return other.Count >= arguments
                && required <= arguments
                && Enumerable.Range(0, arguments - 1).All(i => MayConvert(withStep[i], other[i]))
                && other[arguments - 1].MayConvertFromOrToDouble;
        }

        /// <summary>Whether an argument meant for <paramref name="theirs"/> could bind to <paramref name="mine"/>: the same type, two numeric types, a parameter that takes other types (<c>object</c>, an interface), or a user-defined conversion.</summary>
        private static bool MayConvert(SignatureParameter mine, SignatureParameter theirs) =>
            mine.Identity == theirs.Identity
            || (!mine.IsByReference && !theirs.IsByReference
                && ((mine.MayConvertFromOrToDouble && theirs.MayConvertFromOrToDouble) || mine.IsLoose || theirs.IsLoose));

        private static string? FindUserMember(INamedTypeSymbol type, string name, IReadOnlyList<SignatureParameter> signature)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (IsGeneratedByGradGen(member))
                {
                    continue;
                }

                if (member is not IMethodSymbol existing)
                {
                    return "the existing member '" + member.Name + "'";
                }

                if (SameTypes(existing.Parameters.Select(p => SignatureParameter.Of(p).Identity), signature))
                {
                    return "the existing method '" + existing.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "'";
                }
            }

            return null;
        }

        private static string? FindGeneratedByOverload(List<(IMethodSymbol Method, AttributeData Attribute)> overloads, GeneratedMethodKind kind, IReadOnlyList<SignatureParameter> signature)
        {
            foreach (var (overload, attribute) in overloads)
            {
                if (!KindsOf(overload, attribute).Contains(kind))
                {
                    continue;
                }

                var withStep = !StepWouldCaptureCalls(overload, attribute, OverloadsOf(overload, attribute));
                if (Signatures(overload, kind, withStep).Any(other => SameTypes(other.Select(p => p.Identity), signature)))
                {
                    return "the method GradGen generates for the overload '" + overload.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "'";
                }
            }

            return null;
        }

        /// <summary>Whether the type has a member of this name that GradGen did not generate.</summary>
        private static bool HasUserMember(INamedTypeSymbol type, string name) =>
            type.GetMembers(name).Any(member => !IsGeneratedByGradGen(member));

        /// <summary>
        /// The analyzer parses the compilation that already holds GradGen's output; what GradGen generated for this
        /// method is not a collision.
        /// </summary>
        private static bool IsGeneratedByGradGen(ISymbol member) =>
            member.GetAttributes().Any(attribute =>
                attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } generatedCode
                && generatedCode.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is "GradGen");

        private static bool SameTypes(IEnumerable<string> identities, IReadOnlyList<SignatureParameter> signature) =>
            identities.SequenceEqual(signature.Select(parameter => parameter.Identity));

        /// <summary>
        /// The parameter lists of the methods of one kind that GradGen writes for <paramref name="method"/>, as the kind
        /// describes them (<see cref="GeneratedMethodKind.Overloads"/>). A call may leave the optional step out, so a
        /// list that ends with it also counts without it.
        /// </summary>
        private static IEnumerable<IReadOnlyList<SignatureParameter>> Signatures(IMethodSymbol method, GeneratedMethodKind kind, bool withStep)
        {
            foreach (var list in Lists(method, kind, withStep))
            {
                if (list.Count > 0 && list[list.Count - 1].IsStep)
                {
                    yield return list.Take(list.Count - 1).ToList();
                }

                yield return list;
            }
        }

        /// <summary>The parameter lists as declared, the step (where there is one) last; none for a kind GradGen does not write for the method.</summary>
        private static IEnumerable<IReadOnlyList<SignatureParameter>> Lists(IMethodSymbol method, GeneratedMethodKind kind, bool withStep)
        {
            var vectorValued = IsVectorValued(method);
            if (!kind.IsWrittenFor(vectorValued, wantsHessian: true))
            {
                return Enumerable.Empty<IReadOnlyList<SignatureParameter>>();
            }

            var inputs = method.Parameters.Select(p => new SignatureInput(ParameterParser.IsDifferentiable(p), p.Type is IArrayTypeSymbol)).ToList();
            return kind.Overloads(inputs, withStep, vectorValued).Select(slots => (IReadOnlyList<SignatureParameter>)slots.Select(slot => Of(method, slot)).ToList());
        }

        /// <summary>Whether GradGen writes the Jacobian family for the method (issue 13).</summary>
        private static bool IsVectorValued(IMethodSymbol method) => OutputParser.IsVectorValued(method);

        private static SignatureParameter Of(IMethodSymbol method, SignatureSlot slot) => slot.Role switch
        {
            SlotRole.Parameter => SignatureParameter.Of(method.Parameters[slot.Parameter]),
            SlotRole.Destination or SlotRole.ErrorDestination => SignatureParameter.DestinationFor(method.Parameters[slot.Parameter]),
            SlotRole.Tangent => SignatureParameter.Of(method.Parameters[slot.Parameter].Type),
            SlotRole.Adjoint or SlotRole.TangentAdjoint => SignatureParameter.AdjointFor(method.Parameters[slot.Parameter]),
            SlotRole.Seed => SignatureParameter.Double,
            SlotRole.Step => SignatureParameter.Step,
            SlotRole.HessianDestination or SlotRole.JacobianDestination => SignatureParameter.Matrix,
            SlotRole.Cotangent => SignatureParameter.CotangentOf(method.ReturnType),
            _ => throw new System.InvalidOperationException("Unknown slot " + slot.Role),
        };

        /// <summary>
        /// One parameter of a signature: its identity for overload comparison, its display for messages, and what
        /// <see cref="Captures"/> needs to know of the arguments it takes.
        /// </summary>
        /// <param name="MayConvertFromOrToDouble">Whether an argument of this parameter's type may convert to <c>double</c> or a <c>double</c> to it (numeric types, <c>object</c>, interfaces, type parameters, user-defined conversions), so that the argument could bind to a step.</param>
        /// <param name="IsLoose">Whether arguments of other types than its own may bind to it, or its arguments to other types (a class others derive from, an interface, a type parameter, a user-defined conversion), so that two lists differing in it may take the same call.</param>
        private sealed record SignatureParameter(string Identity, string Display, bool MayConvertFromOrToDouble = false, bool IsLoose = false, bool Optional = false, bool IsStep = false)
        {
            public static readonly SignatureParameter Double = new("double", "double", MayConvertFromOrToDouble: true);

            public static readonly SignatureParameter Step = Double with { Optional = true, IsStep = true };

            public static readonly SignatureParameter Matrix = new("double[,]", "double[,]");

            public bool IsByReference => Identity.StartsWith("byref ", System.StringComparison.Ordinal);

            public static SignatureParameter Of(ITypeSymbol type) =>
                new(TypeNames.ForIdentity(type), TypeNames.ForSignature(type), ConvertsFromOrToDouble(type), IsLooseType(type));

            /// <summary>The cotangent of a vector-valued method's output: <c>double[]</c>, or a tuple of as many <c>double</c>s.</summary>
            public static SignatureParameter CotangentOf(ITypeSymbol returnType)
            {
                if (returnType is INamedTypeSymbol { IsTupleType: true } tuple)
                {
                    var text = "(" + string.Join(", ", tuple.TupleElements.Select(_ => "double")) + ")";
                    return new(text, text);
                }

                return new("double[]", "double[]");
            }

            /// <summary>C# tells overloads apart by whether a parameter is by reference, not by which of ref, out or in.</summary>
            public static SignatureParameter Of(IParameterSymbol parameter)
            {
                if (parameter.RefKind == RefKind.None)
                {
                    return Of(parameter.Type) with { Optional = parameter.IsOptional || parameter.IsParams };
                }

                var modifier = parameter.RefKind switch
                {
                    RefKind.Out => "out ",
                    RefKind.In => "in ",
                    _ => "ref ",
                };
                return ByReference(parameter.Type, modifier) with { Optional = parameter.IsOptional };
            }

            /// <summary>The destination of an array derivative is the array; of a scalar one, an <c>out</c> parameter.</summary>
            public static SignatureParameter DestinationFor(IParameterSymbol parameter) =>
                parameter.Type is IArrayTypeSymbol ? Of(parameter.Type) : ByReference(parameter.Type, "out ");

            /// <summary>An adjoint is accumulated in the array itself, or for a scalar in a <c>ref double</c>.</summary>
            public static SignatureParameter AdjointFor(IParameterSymbol parameter) =>
                parameter.Type is IArrayTypeSymbol ? Of(parameter.Type) : new("byref " + Double.Identity, "ref " + Double.Display);

            private static SignatureParameter ByReference(ITypeSymbol type, string modifier) =>
                new("byref " + TypeNames.ForIdentity(type), modifier + TypeNames.ForSignature(type));

            private static bool ConvertsFromOrToDouble(ITypeSymbol type) =>
                IsNumeric(type)
                || type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType
                || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                || type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error
                || type.GetMembers("op_Implicit").OfType<IMethodSymbol>().Any(conversion => IsNumeric(conversion.ReturnType) || conversion.Parameters.Any(p => IsNumeric(p.Type)));

            private static bool IsNumeric(ITypeSymbol type) => type.SpecialType is >= SpecialType.System_Char and <= SpecialType.System_Double;

            private static bool IsLooseType(ITypeSymbol type) =>
                type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType
                || (type.TypeKind == TypeKind.Class && !type.IsSealed)
                || type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error
                || type.GetMembers("op_Implicit").Any();
        }
    }
}
