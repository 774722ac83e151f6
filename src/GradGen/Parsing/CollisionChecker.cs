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
        public static void Check(IMethodSymbol method, AttributeData differentiable, string hintName, IEnumerable<ParameterModel> parameters, DiagnosticList diagnostics)
        {
            var type = method.ContainingType;
            if (type is null)
            {
                return;
            }

            foreach (var field in new[] { TapeFieldNames.Value, TapeFieldNames.Control }.Select(kind => TapeFieldNames.For(method.Name, hintName.Contains("("), parameters, kind)))
            {
                if (type.GetMembers(field).FirstOrDefault(member => !IsGeneratedByGradGen(member)) is { } existing)
                {
                    diagnostics.Add(DiagnosticDescriptors.GeneratedMemberCollision, method.Locations[0], field, method.Name, "the existing member '" + existing.Name + "'");
                }
            }

            var overloads = type.GetMembers(method.Name)
                .OfType<IMethodSymbol>()
                .Where(other => !SymbolEqualityComparer.Default.Equals(other, method) && HasSameAttribute(other, differentiable))
                .ToList();

            var wantsHessian = MethodParser.WantsHessian(differentiable);
            foreach (var kind in GeneratedMethodKind.All.Where(kind => kind.IsWrittenFor(IsVectorValued(method), wantsHessian)))
            {
                var name = kind.NameFor(method.Name);
                foreach (var signature in Signatures(method, kind))
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
        }

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

        private static string? FindGeneratedByOverload(List<IMethodSymbol> overloads, GeneratedMethodKind kind, IReadOnlyList<SignatureParameter> signature)
        {
            foreach (var overload in overloads)
            {
                if (Signatures(overload, kind).Any(other => SameTypes(other.Select(p => p.Identity), signature)))
                {
                    return "the method GradGen generates for the overload '" + overload.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "'";
                }
            }

            return null;
        }

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

        private static bool HasSameAttribute(IMethodSymbol method, AttributeData differentiable) =>
            method.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, differentiable.AttributeClass));

        /// <summary>
        /// The parameter lists of the methods of one kind that GradGen writes for <paramref name="method"/>, as the kind
        /// describes them (<see cref="GeneratedMethodKind.Overloads"/>). A call may leave the optional step out, so a
        /// list that ends with it also counts without it: <c>MForwardDiff(double x, double step)</c> would capture
        /// calls meant for <c>MForwardDiff(double x, double y)</c>.
        /// </summary>
        private static IEnumerable<IReadOnlyList<SignatureParameter>> Signatures(IMethodSymbol method, GeneratedMethodKind kind)
        {
            var vectorValued = IsVectorValued(method);
            if (!kind.IsWrittenFor(vectorValued, wantsHessian: true))
            {
                yield break;
            }

            var inputs = method.Parameters.Select(p => new SignatureInput(ParameterParser.IsDifferentiable(p), p.Type is IArrayTypeSymbol)).ToList();
            foreach (var slots in kind.Overloads(inputs, vectorValued))
            {
                var list = slots.Select(slot => Of(method, slot)).ToList();
                if (slots.Count > 0 && slots[slots.Count - 1].Role == SlotRole.Step)
                {
                    yield return list.Take(list.Count - 1).ToList();
                }

                yield return list;
            }
        }

        /// <summary>Whether GradGen writes the Jacobian family for the method (issue 13).</summary>
        private static bool IsVectorValued(IMethodSymbol method) => OutputParser.IsVectorValued(method);

        private static SignatureParameter Of(IMethodSymbol method, SignatureSlot slot) => slot.Role switch
        {
            SlotRole.Parameter => SignatureParameter.Of(method.Parameters[slot.Parameter]),
            SlotRole.Destination or SlotRole.ErrorDestination => SignatureParameter.DestinationFor(method.Parameters[slot.Parameter]),
            SlotRole.Tangent => SignatureParameter.Of(method.Parameters[slot.Parameter].Type),
            SlotRole.Adjoint => SignatureParameter.AdjointFor(method.Parameters[slot.Parameter]),
            SlotRole.Seed or SlotRole.Step => SignatureParameter.Double,
            SlotRole.HessianDestination or SlotRole.JacobianDestination => SignatureParameter.Matrix,
            SlotRole.Cotangent => SignatureParameter.CotangentOf(method.ReturnType),
            _ => throw new System.InvalidOperationException("Unknown slot " + slot.Role),
        };

        private sealed record SignatureParameter(string Identity, string Display)
        {
            public static readonly SignatureParameter Double = new("double", "double");

            public static readonly SignatureParameter Matrix = new("double[,]", "double[,]");

            public static SignatureParameter Of(ITypeSymbol type) => new(TypeNames.ForIdentity(type), TypeNames.ForSignature(type));

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
                    return Of(parameter.Type);
                }

                var modifier = parameter.RefKind switch
                {
                    RefKind.Out => "out ",
                    RefKind.In => "in ",
                    _ => "ref ",
                };
                return ByReference(parameter.Type, modifier);
            }

            /// <summary>The destination of an array derivative is the array; of a scalar one, an <c>out</c> parameter.</summary>
            public static SignatureParameter DestinationFor(IParameterSymbol parameter) =>
                parameter.Type is IArrayTypeSymbol ? Of(parameter.Type) : ByReference(parameter.Type, "out ");

            /// <summary>An adjoint is accumulated in the array itself, or for a scalar in a <c>ref double</c>.</summary>
            public static SignatureParameter AdjointFor(IParameterSymbol parameter) =>
                parameter.Type is IArrayTypeSymbol ? Of(parameter.Type) : new("byref " + Double.Identity, "ref " + Double.Display);

            private static SignatureParameter ByReference(ITypeSymbol type, string modifier) =>
                new("byref " + TypeNames.ForIdentity(type), modifier + TypeNames.ForSignature(type));
        }
    }
}
