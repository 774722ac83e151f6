using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Structs
{
    /// <summary>
    /// Whether a struct's member writes the struct it is called on (issue 19): its flattened copy takes that struct's
    /// fields as parameters by value, so a member that assigns them cannot be copied.
    /// </summary>
    internal static class StructMemberWrites
    {
        /// <summary>
        /// An assignment, increment or <c>ref</c> argument of the member's that writes a field of the struct it is called
        /// on (<c>X = 0</c>, <c>this.Pos.Y += 1</c>), as written; null where there is none, as in a <c>readonly</c>
        /// member. <paramref name="near"/> serves the member's own file where it is that one.
        /// </summary>
        public static string? FirstOwnFieldWrite(IMethodSymbol method, SemanticModel near) =>
            Found.GetValue(method.OriginalDefinition, definition => new StrongBox<string?>(Find(definition, near))).Value;

        /// <summary>Found once per member and compilation (symbols live as long as it does), not once per call to it.</summary>
        private static readonly ConditionalWeakTable<IMethodSymbol, StrongBox<string?>> Found = new();

        private static string? Find(IMethodSymbol method, SemanticModel near)
        {
            if (method.IsReadOnly || method.ContainingType.IsReadOnly)
            {
                return null;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                var semantics = near.SyntaxTree == syntax.SyntaxTree ? near : near.Compilation.GetSemanticModel(syntax.SyntaxTree);
                foreach (var node in syntax.DescendantNodes())
                {
                    var target = Body.BodyScope.WrittenBy(node);
                    var root = target;
                    while (root is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax)
                    {
                        root = root switch
                        {
                            MemberAccessExpressionSyntax access when semantics.GetSymbolInfo(access).Symbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } => access.Expression,
                            ElementAccessExpressionSyntax element => element.Expression,
                            ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
                            _ => null,
                        };
                    }

                    if (root is ThisExpressionSyntax
                        || (root is IdentifierNameSyntax name && semantics.GetSymbolInfo(name).Symbol is (IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }) and var field
                            && SymbolEqualityComparer.Default.Equals(field.ContainingType.OriginalDefinition, method.ContainingType.OriginalDefinition)))
                    {
                        return target!.ToString();
                    }
                }
            }

            return null;
        }
    }
}
