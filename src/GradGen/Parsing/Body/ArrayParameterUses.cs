using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Whether a method may write into one of its array parameters. A caller passes its own arrays through a call
    /// only to a callee that reads them: a write would change the caller's values behind its tapes. The test is on
    /// syntax, and errs on the safe side: every use of the parameter must be an element read, <c>Length</c>,
    /// <c>Rank</c>, <c>GetLength</c>, a <c>foreach</c>, or a by-value argument to a [Differentiable] method that
    /// itself only reads it.
    /// </summary>
    internal static class ArrayParameterUses
    {
        public static bool MayWrite(IParameterSymbol parameter, Compilation compilation) =>
            MayWrite(parameter, compilation, new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default));

        private static bool MayWrite(IParameterSymbol parameter, Compilation compilation, HashSet<IParameterSymbol> visited)
        {
            // A callee in a generic type is met as its constructed symbol (GW<int>.Writer), while its body binds to the
            // definition's (GW<T>.Writer): compare definitions.
            parameter = parameter.OriginalDefinition;
            if (!visited.Add(parameter) || parameter.ContainingSymbol is not IMethodSymbol method)
            {
                return false;
            }

            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                return true;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                if (node is MethodDeclarationSyntax { Body: null, ExpressionBody: null })
                {
                    return true;
                }

                var semanticModel = compilation.GetSemanticModel(node.SyntaxTree);
                foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (identifier.Identifier.ValueText == parameter.Name
                        && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol?.OriginalDefinition, parameter)
                        && !IsRead(identifier, semanticModel, compilation, visited))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsRead(IdentifierNameSyntax identifier, SemanticModel semanticModel, Compilation compilation, HashSet<IParameterSymbol> visited) => identifier.Parent switch
        {
            ElementAccessExpressionSyntax element when element.Expression == identifier => !IsWritten(element),
            MemberAccessExpressionSyntax member when member.Expression == identifier => member.Name.Identifier.ValueText is "Length" or "LongLength" or "Rank" or "GetLength",
            ForEachStatementSyntax loop => loop.Expression == identifier,
            ArgumentSyntax { RefKindKeyword.RawKind: 0, NameColon: null, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } argument
                => semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol callee
                    && CalleeParser.IsDifferentiableCallee(callee)
                    && list.Arguments.IndexOf(argument) is var index && index < callee.Parameters.Length
                    && !callee.Parameters[index].IsParams
                    && !MayWrite(callee.Parameters[index], compilation, visited),
            _ => false,
        };

        /// <summary>Whether an element is assigned, incremented or passed by reference, also in parentheses.</summary>
        private static bool IsWritten(ExpressionSyntax element)
        {
            var expression = element;
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized;
            }

            return expression.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == expression,
                PostfixUnaryExpressionSyntax => true,
                PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression),
                ArgumentSyntax argument => argument.RefKindKeyword.RawKind != 0,
                RefExpressionSyntax => true,
                _ => false,
            };
        }
    }
}
