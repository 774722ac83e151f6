using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>How parsed types are written into generated code, documentation references and hint names.</summary>
    internal static class TypeNames
    {
        /// <summary><c>global::</c>-qualified so that user types named <c>System</c> or <c>Math</c> cannot capture them.</summary>
        private static readonly SymbolDisplayFormat CodeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly SymbolDisplayFormat CrefFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.ExpandValueTuple);

        private static readonly SymbolDisplayFormat SignatureFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

        public static string ForCode(ITypeSymbol type) => type.ToDisplayString(CodeFormat);

        /// <summary>Cref syntax writes type arguments in braces: <c>List{T}</c>.</summary>
        public static string ForCref(ITypeSymbol type) =>
            type.ToDisplayString(CrefFormat).Replace('<', '{').Replace('>', '}');

        /// <summary>Short, readable, used in messages and to tell overloads apart in hint names.</summary>
        public static string ForSignature(ITypeSymbol type) => type.ToDisplayString(SignatureFormat);

        /// <summary>Identity of a type for overload comparison, where nullable annotations do not count.</summary>
        public static string ForIdentity(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
