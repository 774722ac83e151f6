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
    /// <c>Rank</c>, <c>GetLength</c>, a <c>foreach</c>, or a by-value argument to a [Differentiable] method or helper that
    /// itself only reads it.
    /// </summary>
    internal static class ArrayParameterUses
    {
        /// <summary>
        /// The first use of <paramref name="parameter"/> that is not a read GradGen can follow, as GG0100 names it
        /// ("written in 'a[i] = 0'", "used in 'a.Zip(b, ...)'"), or null when every use is such a read.
        /// </summary>
        public static string? FirstOtherUse(IParameterSymbol parameter, Compilation compilation) =>
            FirstOtherUse(parameter, compilation, new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default));

        private static string? FirstOtherUse(IParameterSymbol parameter, Compilation compilation, HashSet<IParameterSymbol> visited)
        {
            // A callee in a generic type is met as its constructed symbol (GW<int>.Writer), while its body binds to the
            // definition's (GW<T>.Writer): compare definitions.
            parameter = parameter.OriginalDefinition;
            if (!visited.Add(parameter) || parameter.ContainingSymbol is not IMethodSymbol method)
            {
                return null;
            }

            const string NoBody = "in a body GradGen cannot see";
            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                return NoBody;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                if (node is MethodDeclarationSyntax { Body: null, ExpressionBody: null })
                {
                    return NoBody;
                }

                var semanticModel = compilation.GetSemanticModel(node.SyntaxTree);
                foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (identifier.Identifier.ValueText == parameter.Name
                        && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol?.OriginalDefinition, parameter)
                        && !IsRead(identifier, semanticModel, compilation, visited))
                    {
                        return Describe(identifier, semanticModel, compilation);
                    }
                }
            }

            return null;
        }

        /// <summary>"written in 'a[i] = 0'" or "used in 'a.Zip(b, (p, q) => p * q)'": the use, with the expression around it.</summary>
        private static string Describe(IdentifierNameSyntax identifier, SemanticModel semanticModel, Compilation compilation)
        {
            if (identifier.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } argument
                && semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol callee
                && (CalleeParser.IsDifferentiableCallee(callee) || HelperParser.IsHelperCall(callee))
                && list.Arguments.IndexOf(argument) is var index && index < callee.Parameters.Length
                && FirstOtherUse(callee.Parameters[index], compilation) is { } inner)
            {
                return "passed to '" + callee.Name + "', whose array parameter '" + callee.Parameters[index].Name + "' is " + inner;
            }

            var written = identifier.Parent is ElementAccessExpressionSyntax element && element.Expression == identifier
                && (IsWritten(element) || (element.Parent is ElementAccessExpressionSyntax inRow && inRow.Expression == element && IsWritten(inRow)));
            SyntaxNode use = identifier;
            while (use.Parent is (ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax or BracketedArgumentListSyntax)
                   and not (LambdaExpressionSyntax or AnonymousMethodExpressionSyntax))
            {
                use = use.Parent;
                if (use is InvocationExpressionSyntax or AssignmentExpressionSyntax or PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax)
                {
                    break;
                }
            }

            if (use == identifier && identifier.Parent is { } parent)
            {
                use = parent is EqualsValueClauseSyntax { Parent: { } declarator } ? declarator : parent;
            }

            var text = use.ToString();
            text = text.Length > 60 ? text.Substring(0, 57) + "..." : text;
            return (written ? "written in '" : "used in '") + text + "'";
        }

        private static bool IsRead(IdentifierNameSyntax identifier, SemanticModel semanticModel, Compilation compilation, HashSet<IParameterSymbol> visited) => identifier.Parent switch
        {
            ElementAccessExpressionSyntax element when element.Expression == identifier => !IsWritten(element) && semanticModel.GetTypeInfo(element).Type switch
            {
                IArrayTypeSymbol => IsRowRead(element),
                { IsRefLikeType: true } => IsReadOnlySpan(semanticModel.GetTypeInfo(identifier).Type),
                _ => true,
            },
            MemberAccessExpressionSyntax member when member.Expression == identifier => member.Name.Identifier.ValueText is "Length" or "LongLength" or "Rank" or "GetLength"
                || (member.Name.Identifier.ValueText == "Slice" && IsReadOnlySpan(semanticModel.GetTypeInfo(identifier).Type)),
            ForEachStatementSyntax loop => loop.Expression == identifier && semanticModel.GetTypeInfo(identifier).Type is not IArrayTypeSymbol { ElementType: IArrayTypeSymbol },
            ArgumentSyntax { RefKindKeyword.RawKind: 0, NameColon: null, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } argument
                => semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol callee
                    && (CalleeParser.IsDifferentiableCallee(callee) || HelperParser.IsHelperCall(callee))
                    && list.Arguments.IndexOf(argument) is var index && index < callee.Parameters.Length
                    && !callee.Parameters[index].IsParams
                    && FirstOtherUse(callee.Parameters[index], compilation, visited) is null,
            _ => false,
        };

        /// <summary>A slice of a <c>ReadOnlySpan</c> (<c>u.Slice(1)</c>, <c>u[1..]</c>) is read only; one of a <c>Span</c> may be written through.</summary>
        private static bool IsReadOnlySpan(ITypeSymbol? type) => type is INamedTypeSymbol { IsRefLikeType: true, Name: "ReadOnlySpan" };

        /// <summary>
        /// Whether a row <c>a[i]</c> of an array of arrays is only read: an element of it read (<c>a[i][j]</c>) or its
        /// <c>Length</c>. A row used any other way (a <c>foreach</c> over the rows included) may be written through.
        /// </summary>
        private static bool IsRowRead(ElementAccessExpressionSyntax row) => row.Parent switch
        {
            ElementAccessExpressionSyntax element when element.Expression == row => !IsWritten(element),
            MemberAccessExpressionSyntax member when member.Expression == row => member.Name.Identifier.ValueText is "Length" or "LongLength",
            _ => false,
        };

        /// <summary>
        /// Whether an element is assigned, incremented or passed by reference, also in parentheses, or a field of it is
        /// (<c>ps[i].X = 0</c> writes an element of an array of structs, and so may <c>ps[i].Normalize()</c>).
        /// </summary>
        private static bool IsWritten(ExpressionSyntax element)
        {
            var expression = element;
            while (expression.Parent is ParenthesizedExpressionSyntax or MemberAccessExpressionSyntax)
            {
                if (expression.Parent is MemberAccessExpressionSyntax member && member.Expression != expression)
                {
                    break;
                }

                expression = (ExpressionSyntax)expression.Parent;
            }

            return expression.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == expression,
                PostfixUnaryExpressionSyntax => true,
                PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression),
                ArgumentSyntax argument => argument.RefKindKeyword.RawKind != 0,
                RefExpressionSyntax => true,
                InvocationExpressionSyntax call => call.Expression == expression && expression != element,   // a method called on an element of structs may change it
                _ => false,
            };
        }
    }
}
