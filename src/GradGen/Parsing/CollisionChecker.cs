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

            foreach (var kind in GeneratedMethodKind.All)
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
        /// The parameter lists of the methods of one kind that GradGen writes for <paramref name="method"/>: the
        /// method's own parameters, then, in the destination overload, one destination per differentiable
        /// parameter, then the step. A call may leave the optional step out, so each list also counts without it:
        /// <c>MForwardDiff(double x, double step)</c> would capture calls meant for <c>MForwardDiff(double x, double y)</c>.
        /// <c>MDirectionalDerivative</c> takes the parameters, then one tangent per differentiable parameter;
        /// <c>MAccumulateGradient</c>, written only where a differentiable parameter is an array, the parameters, the
        /// seed, then one adjoint per differentiable parameter. <c>MRichardsonDiff</c> also has an overload with the
        /// destinations twice over, the gradient's then the error estimates', also where every parameter is a scalar.
        /// </summary>
        private static IEnumerable<IReadOnlyList<SignatureParameter>> Signatures(IMethodSymbol method, GeneratedMethodKind kind)
        {
            var own = method.Parameters.Select(SignatureParameter.Of).ToList();
            var differentiable = method.Parameters.Where(ParameterParser.IsDifferentiable).ToList();
            if (kind.HasTangents)
            {
                yield return own.Concat(differentiable.Select(p => SignatureParameter.Of(p.Type))).ToList();
                yield break;
            }

            if (kind.HasSeedAndAdjoints)
            {
                if (differentiable.Any(p => p.Type is IArrayTypeSymbol))
                {
                    yield return own.Append(SignatureParameter.Double).Concat(differentiable.Select(SignatureParameter.AdjointFor)).ToList();
                }

                yield break;
            }

            var lists = new List<List<SignatureParameter>> { own };
            if (differentiable.Any(p => p.Type is IArrayTypeSymbol))
            {
                lists.Add(own.Concat(differentiable.Select(SignatureParameter.DestinationFor)).ToList());
            }

            if (kind.HasErrorEstimates)
            {
                var destinations = differentiable.Select(SignatureParameter.DestinationFor).ToList();
                lists.Add(own.Concat(destinations).Concat(destinations).ToList());
            }

            foreach (var list in lists)
            {
                yield return list;
                if (kind.HasStep)
                {
                    yield return list.Concat(new[] { SignatureParameter.Double }).ToList();
                }
            }
        }

        private sealed record SignatureParameter(string Identity, string Display)
        {
            public static readonly SignatureParameter Double = new("double", "double");

            public static SignatureParameter Of(ITypeSymbol type) => new(TypeNames.ForIdentity(type), TypeNames.ForSignature(type));

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
