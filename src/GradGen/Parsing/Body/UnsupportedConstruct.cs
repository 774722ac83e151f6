using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>Names a construct GradGen cannot differentiate, as GG0100 says it: "'switch' statement", "call to 'Foo'".</summary>
    internal static class UnsupportedConstruct
    {
        public static string Describe(SyntaxNode node) => node switch
        {
            InvocationExpressionSyntax invocation => "call to '" + CalleeName(invocation.Expression) + "'",
            SwitchStatementSyntax => "'switch' statement",
            SwitchExpressionSyntax => "'switch' expression",
            GotoStatementSyntax => "'goto' statement",
            TryStatementSyntax => "'try' statement",
            ThrowStatementSyntax => "'throw' statement",
            ThrowExpressionSyntax => "'throw' expression",
            UsingStatementSyntax => "'using' statement",
            LockStatementSyntax => "'lock' statement",
            CheckedStatementSyntax => "'checked' block",
            UnsafeStatementSyntax => "'unsafe' block",
            FixedStatementSyntax => "'fixed' statement",
            YieldStatementSyntax => "'yield' statement",
            LabeledStatementSyntax => "labeled statement",
            LocalFunctionStatementSyntax => "local function",
            QueryExpressionSyntax => "query expression (LINQ)",
            LambdaExpressionSyntax or AnonymousMethodExpressionSyntax => "lambda expression",
            ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax => "'new' expression",
            ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax => "array creation outside a local declaration",
            InitializerExpressionSyntax => "array initializer",
            AssignmentExpressionSyntax => "assignment inside an expression",
            PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax
                when node.IsKind(SyntaxKind.PostIncrementExpression) || node.IsKind(SyntaxKind.PostDecrementExpression)
                    || node.IsKind(SyntaxKind.PreIncrementExpression) || node.IsKind(SyntaxKind.PreDecrementExpression)
                => "increment or decrement inside an expression",
            PrefixUnaryExpressionSyntax when node.IsKind(SyntaxKind.PointerIndirectionExpression) || node.IsKind(SyntaxKind.AddressOfExpression) => "pointer code",
            RefExpressionSyntax or RefTypeSyntax => "'ref' local",
            DeclarationExpressionSyntax => "declaration inside an expression",
            IsPatternExpressionSyntax => "'is' pattern",
            ForEachVariableStatementSyntax => "deconstructing 'foreach'",
            _ => Words(node.Kind().ToString()),
        };

        private static string CalleeName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax { Expression: SimpleNameSyntax or MemberAccessExpressionSyntax } member => CalleeName(member.Expression) + "." + member.Name.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => expression.ToString(),
        };

        /// <summary><c>SizeOfExpression</c> becomes "size of expression".</summary>
        private static string Words(string kind)
        {
            var builder = new StringBuilder();
            foreach (var c in kind)
            {
                if (char.IsUpper(c) && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }
    }
}
