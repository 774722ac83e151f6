using System.Collections.Generic;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing
{
    /// <summary>
    /// Generic math (issue 14, item 6): a [Differentiable] method generic over one type parameter <c>T</c> constrained to
    /// <c>System.Numerics.IFloatingPointIeee754&lt;T&gt;</c>. Its body is parsed as if <c>T</c> were <c>double</c>
    /// (T's operators and functions are IEEE 754's, as double's are), so every analysis and transform is the one
    /// of a double method; the emitted members are then lifted to <c>T</c> (<see cref="Emitting.GenericMathLifting"/>).
    /// </summary>
    internal static class GenericMath
    {
        /// <summary>
        /// Whether <paramref name="type"/> is the scalar type parameter of a generic-math method: a method's type
        /// parameter constrained, directly or through a derived interface, to <c>IFloatingPointIeee754&lt;T&gt;</c>.
        /// </summary>
        public static bool IsScalar(ITypeSymbol? type) =>
            type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter
            && parameter.ConstraintTypes.Any(constraint => IsIeee754Of(constraint, parameter) || constraint.AllInterfaces.Any(i => IsIeee754Of(i, parameter)));

        /// <summary>Whether <paramref name="type"/> is an interface of <c>System.Numerics</c> (<c>INumberBase&lt;T&gt;</c>, <c>ITrigonometricFunctions&lt;T&gt;</c>...).</summary>
        public static bool IsNumericsInterface(ITypeSymbol? type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Interface, ContainingNamespace: { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

        /// <summary>
        /// A static abstract member of a generic-math interface reached through the scalar type parameter
        /// (<c>T.Sin</c>, <c>T.One</c>, T's operators), which the body treats as double's own.
        /// </summary>
        public static bool IsScalarMember(ISymbol? symbol) =>
            symbol is { IsStatic: true } && IsNumericsInterface(symbol.ContainingType)
            && symbol.ContainingType.TypeArguments.Length > 0 && IsScalar(symbol.ContainingType.TypeArguments[0]);

        /// <summary>
        /// The generic-math model of <paramref name="method"/>, or null where it is not generic. Reports GG0008 for
        /// type parameters GradGen cannot differentiate over, and GG0030 / GG0031 for members and types it cannot
        /// write generically.
        /// </summary>
        public static GenericMathModel? Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, bool wantsHessian, DiagnosticList diagnostics)
        {
            if (!method.IsGenericMethod)
            {
                return null;
            }

            var location = syntax.TypeParameterList?.GetLocation() ?? syntax.Identifier.GetLocation();
            if (method.TypeParameters.Length != 1)
            {
                diagnostics.Add(DiagnosticDescriptors.GenericMethod, location, method.Name, "it has " + method.TypeParameters.Length + " type parameters, and GradGen differentiates over one, 'T : IFloatingPointIeee754<T>'; remove the others or move them to the containing type");
                return null;
            }

            var scalar = method.TypeParameters[0];
            if (scalar.ConstraintTypes.Any(constraint => constraint.TypeKind == TypeKind.Error))
            {
                // The compiler reports the constraint it cannot resolve (IFloatingPointIeee754 is .NET 7's: a
                // netstandard2.0 project has none); GradGen adds nothing and generates nothing.
                return null;
            }

            if (!IsScalar(scalar))
            {
                diagnostics.Add(DiagnosticDescriptors.GenericMethod, location, method.Name, "GradGen needs 'where " + scalar.Name + " : IFloatingPointIeee754<" + scalar.Name + ">' (.NET 7 and later) to call " + scalar.Name + ".Sin, " + scalar.Name + ".Exp... and to step by fractions of " + scalar.Name + ", and '" + scalar.Name + "' is constrained " + ConstraintText(scalar) + "; constrain it so, or write the method over double");
                return null;
            }

            if (syntax.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp11 } options)
            {
                diagnostics.Add(DiagnosticDescriptors.GenericMethod, location, method.Name, "its members call " + scalar.Name + "'s static abstract members (" + scalar.Name + ".Zero, " + scalar.Name + ".Sin...), which need C# 11, and the project compiles C# " + options.LanguageVersion.ToDisplayString() + "; set LangVersion to 11 or later");
                return null;
            }

            if (wantsHessian)
            {
                diagnostics.Add(DiagnosticDescriptors.GenericMathMember, syntax.Identifier.GetLocation(), method.Name, "Hessian members", "remove 'Hessian = true', or write the method over double");
            }

            if (!SymbolEqualityComparer.Default.Equals(method.ReturnType, scalar))
            {
                var vector = !method.ReturnsVoid && OutputParser.Parse(method.ReturnType) is not null;
                if (vector || method.Parameters.Any(ParameterParser.IsOutput))
                {
                    diagnostics.Add(DiagnosticDescriptors.GenericMathMember, syntax.ReturnType.GetLocation(), method.Name, "Jacobian members of a vector-valued method", "return one '" + scalar.Name + "', or write the method over double");
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.GenericMathType, syntax.ReturnType.GetLocation(), method.Name, scalar.Name, "its result", TypeNames.ForSignature(method.ReturnType), "return '" + scalar.Name + "'");
                }
            }

            foreach (var parameter in method.Parameters.Where(IsDifferentiableCandidate))
            {
                if (!IsScalarShape(parameter.Type, scalar))
                {
                    diagnostics.Add(DiagnosticDescriptors.GenericMathType, parameter.Locations.FirstOrDefault(), method.Name, scalar.Name, "parameter '" + parameter.Name + "'", TypeNames.ForSignature(parameter.Type), "mark it [NoDerivative] or give it type '" + scalar.Name + "' or '" + scalar.Name + "[]'");
                }
            }

            return ModelOf(scalar);
        }

        /// <summary>
        /// The generic-math model of a helper GradGen copies (a local function of several statements in a generic-math
        /// method): its parameters or result are of the method's scalar type parameter, so its copy is lifted too.
        /// Null for a helper over double and float.
        /// </summary>
        public static GenericMathModel? OfHelper(IMethodSymbol helper) =>
            helper.Parameters.Select(p => p.Type).Prepend(helper.ReturnType)
                .Select(type => type is IArrayTypeSymbol array ? array.ElementType : type)
                .OfType<ITypeParameterSymbol>()
                .FirstOrDefault(IsScalar) is { } scalar
                ? ModelOf(scalar)
                : null;

        private static GenericMathModel ModelOf(ITypeParameterSymbol scalar) =>
            new(SyntaxFacts.GetKeywordKind(scalar.Name) == SyntaxKind.None ? scalar.Name : "@" + scalar.Name, Constraints(scalar));

        /// <summary>A parameter GradGen would differentiate, whatever its type: no [NoDerivative], no [Output].</summary>
        private static bool IsDifferentiableCandidate(IParameterSymbol parameter) =>
            !ParameterParser.IsOutput(parameter) && !parameter.GetAttributes().Any(attribute => KnownAttributes.IsNoDerivative(attribute.AttributeClass));

        /// <summary>
        /// Why a call to the generic method <paramref name="callee"/> cannot be differentiated, after "call to 'M'"; null
        /// where it can: a generic-math [Differentiable] method called from a generic-math method with the caller's own
        /// type parameter (<c>Square(x)</c> in <c>F&lt;T&gt;</c>), whose members the lifted sweeps call with T inferred.
        /// </summary>
        public static string? CallProblem(IMethodSymbol callee, IMethodSymbol? custom) =>
            custom is null && callee.TypeArguments.Length == 1 && IsScalar(callee.TypeArguments[0]) && IsScalar(callee.OriginalDefinition.TypeParameters[0])
                ? null
                : ", a generic method called with " + (callee.TypeArguments.Length == 1 ? "type argument '" + TypeNames.ForSignature(callee.TypeArguments[0]) + "'" : callee.TypeArguments.Length + " type arguments")
                    + " (GradGen differentiates a call to a generic [Differentiable] method from a generic method over 'T : IFloatingPointIeee754<T>' only, with the caller's own type parameter)";

        /// <summary><c>T</c> itself, or a rectangular array of <c>T</c> of any rank.</summary>
        private static bool IsScalarShape(ITypeSymbol type, ITypeParameterSymbol scalar) =>
            SymbolEqualityComparer.Default.Equals(type, scalar)
            || (type is IArrayTypeSymbol array && SymbolEqualityComparer.Default.Equals(array.ElementType, scalar));

        private static bool IsIeee754Of(ITypeSymbol constraint, ITypeParameterSymbol parameter) =>
            constraint is INamedTypeSymbol { Name: "IFloatingPointIeee754", Arity: 1 } named
            && IsNumericsInterface(named)
            && SymbolEqualityComparer.Default.Equals(named.TypeArguments[0], parameter);

        /// <summary>The constraints of <paramref name="parameter"/> as a C# <c>where</c> clause's list, <c>global::</c>-qualified.</summary>
        private static string Constraints(ITypeParameterSymbol parameter)
        {
            var parts = new List<string>();
            if (parameter.HasReferenceTypeConstraint)
            {
                parts.Add("class");
            }

            if (parameter.HasUnmanagedTypeConstraint)
            {
                parts.Add("unmanaged");
            }
            else if (parameter.HasValueTypeConstraint)
            {
                parts.Add("struct");
            }

            if (parameter.HasNotNullConstraint)
            {
                parts.Add("notnull");
            }

            parts.AddRange(parameter.ConstraintTypes.Select(TypeNames.ForCode));
            if (parameter.HasConstructorConstraint)
            {
                parts.Add("new()");
            }

            return string.Join(", ", parts);
        }

        private static string ConstraintText(ITypeParameterSymbol parameter) =>
            parameter.ConstraintTypes.Length == 0
                ? "by no interface"
                : "to " + string.Join(", ", parameter.ConstraintTypes.Select(t => "'" + TypeNames.ForSignature(t) + "'"));
    }
}
