using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Whether a method body has a compile error, from the semantic model's answers about the body's own nodes: a
    /// cost that grows with the body. <c>SemanticModel.GetDiagnostics(span)</c> would answer exactly, but Roslyn runs
    /// its method compiler over the whole compilation to filter one span, which made GradGen's cost per keystroke
    /// grow with the square of the project (issue 17). The compiler reports each error to the user; GradGen only has
    /// to see that there is one, so that it writes no exact gradient from code that means nothing yet.
    /// <para>What is checked: syntax errors; names, members and calls that do not bind (error types, candidate
    /// reasons); conversions that do not exist or are not implicit where C# needs one (assignments, arguments,
    /// returns, conditions, indices); invalid casts; constant expressions the compiler cannot fold (division by
    /// zero, overflow); array accesses of the wrong rank; writes to read-only variables; <c>this</c> in a static
    /// method; <c>break</c> and <c>continue</c> outside a loop; locals declared twice, shadowing or used before
    /// their declaration; a read of a local before it is definitely assigned; and the end of a value-returning
    /// body being reachable (the compiler's "not all code paths return a value", which it reports on the method's
    /// name, outside the body).</para>
    /// </summary>
    internal static class BodyErrors
    {
        public static bool Any(IMethodSymbol method, SyntaxNode code, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (code.ContainsDiagnostics)
            {
                return true;
            }

            var locals = new List<(string Name, SyntaxNode Scope)>();
            foreach (var node in code.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is ExpressionSyntax expression ? HasError(method, expression, semanticModel, cancellationToken) : HasError(method, node, locals))
                {
                    return true;
                }
            }

            return code is BlockSyntax block && HasFlowError(method, block, semanticModel);
        }

        private static bool HasError(IMethodSymbol method, ExpressionSyntax expression, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            // The empty size of an array type, 'double[]': no value, no type of its own.
            if (expression is OmittedArraySizeExpressionSyntax or OmittedTypeArgumentSyntax)
            {
                return false;
            }

            if (expression is ThisExpressionSyntax or BaseExpressionSyntax && method.IsStatic)
            {
                return true;
            }

            var type = semanticModel.GetTypeInfo(expression, cancellationToken);
            if (type.Type is { TypeKind: TypeKind.Error } || type.ConvertedType is { TypeKind: TypeKind.Error })
            {
                return true;
            }

            // The conversion C# applies where the expression is used: explicit or missing there means an error. For a
            // cast, GetConversion gives the cast's own conversion instead, so its result's is classified by type (and
            // the cast's own below: the semantic model shows an invalid cast as a valid one).
            if (type.Type is not null
                && (expression is CastExpressionSyntax
                    ? type.ConvertedType is not null && !SymbolEqualityComparer.Default.Equals(type.Type, type.ConvertedType) && IsNotImplicit(semanticModel.Compilation.ClassifyCommonConversion(type.Type, type.ConvertedType))
                    : !SymbolEqualityComparer.Default.Equals(type.Type, type.ConvertedType) && IsNotImplicit(semanticModel.GetConversion(expression, cancellationToken))))
            {
                return true;
            }

            // A condition that is not a bool binds without a conversion the semantic model shows.
            if (IsCondition(expression) && type.ConvertedType?.SpecialType != SpecialType.System_Boolean)
            {
                return true;
            }

            switch (expression)
            {
                case SimpleNameSyntax or MemberAccessExpressionSyntax when type.Type is null && IsCalledMethodGroup(expression):
                    // The method group of a call: the call's own symbol is checked, and Roslyn answers the group's from
                    // the call, after a look-up of every member and extension method of that name (8% of the
                    // generator's time on a keystroke, issue 17).
                    return false;
                case SimpleNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax:
                    var symbol = semanticModel.GetSymbolInfo(expression, cancellationToken);
                    return (symbol.Symbol is null && symbol.CandidateReason is not (CandidateReason.None or CandidateReason.LateBound or CandidateReason.MemberGroup))
                        || (expression is IdentifierNameSyntax && symbol.Symbol is ILocalSymbol local && IsUsedBeforeDeclaration(local, expression));
                case ElementAccessExpressionSyntax element:
                    return semanticModel.GetTypeInfo(element.Expression, cancellationToken).Type is IArrayTypeSymbol array && array.Rank != element.ArgumentList.Arguments.Count;
                case CastExpressionSyntax cast:
                    return (type.Type is not null && semanticModel.GetTypeInfo(cast.Expression, cancellationToken).Type is { } operand
                            && !semanticModel.Compilation.ClassifyCommonConversion(operand, type.Type).Exists)
                        || IsUnfoldedConstant(semanticModel, cast, cancellationToken, cast.Expression);
                case BinaryExpressionSyntax binary:
                    return IsUnfoldedConstant(semanticModel, binary, cancellationToken, binary.Left, binary.Right);
                case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.PreIncrementExpression) || unary.IsKind(SyntaxKind.PreDecrementExpression):
                    return IsReadOnly(semanticModel.GetSymbolInfo(unary.Operand, cancellationToken).Symbol);
                case PrefixUnaryExpressionSyntax unary:
                    return IsUnfoldedConstant(semanticModel, unary, cancellationToken, unary.Operand);
                case PostfixUnaryExpressionSyntax postfix:
                    return IsReadOnly(semanticModel.GetSymbolInfo(postfix.Operand, cancellationToken).Symbol);
                case AssignmentExpressionSyntax assignment:
                    return assignment.Left is not ElementAccessExpressionSyntax && IsReadOnly(semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol);
                default:
                    return false;
            }
        }

        /// <summary>Break and continue outside a loop, and locals that clash with another local or a parameter.</summary>
        private static bool HasError(IMethodSymbol method, SyntaxNode node, List<(string Name, SyntaxNode Scope)> locals)
        {
            switch (node)
            {
                case BreakStatementSyntax or ContinueStatementSyntax:
                    return !InLoop(node);
                case ReturnStatementSyntax { Expression: null }:
                    return !method.ReturnsVoid;
                case VariableDeclaratorSyntax declarator when node.Parent?.Parent is { } declaration:
                    return Declares(method, declarator.Identifier, declaration is LocalDeclarationStatementSyntax ? declaration.Parent : declaration, locals);
                case ForEachStatementSyntax @foreach:
                    return Declares(method, @foreach.Identifier, @foreach, locals);
                case SingleVariableDesignationSyntax designation:
                    return Declares(method, designation.Identifier, DesignationScope(designation), locals);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Records a local; true if a parameter or a local whose scope encloses, or is enclosed by, this one has its
        /// name (C# allows one name in sibling scopes only). Locals of lambdas and local functions may shadow.
        /// </summary>
        private static bool Declares(IMethodSymbol method, SyntaxToken identifier, SyntaxNode? scope, List<(string Name, SyntaxNode Scope)> locals)
        {
            if (scope is null || scope.AncestorsAndSelf().Any(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            {
                return false;
            }

            var name = identifier.ValueText;
            if (method.Parameters.Any(p => p.Name == name)
                || locals.Any(l => l.Name == name && (l.Scope.Span.Contains(scope.Span) || scope.Span.Contains(l.Scope.Span))))
            {
                return true;
            }

            locals.Add((name, scope));
            return false;
        }

        /// <summary>
        /// The scope of a variable declared in an expression (<c>var (a, b) = ...</c>, <c>out var y</c>): the
        /// enclosing loop for one in a loop's header, else the block around the statement.
        /// </summary>
        private static SyntaxNode? DesignationScope(SyntaxNode designation)
        {
            var statement = designation.FirstAncestorOrSelf<StatementSyntax>();
            return statement is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or ForEachStatementSyntax ? statement : statement?.Parent;
        }

        private static bool InLoop(SyntaxNode jump)
        {
            foreach (var ancestor in jump.Ancestors())
            {
                switch (ancestor)
                {
                    case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or ForEachStatementSyntax:
                        return true;
                    case SwitchSectionSyntax when jump is BreakStatementSyntax:
                        return true;
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary><c>M</c>, <c>a.M</c> or the <c>M</c> of <c>a.M</c> where it names what <c>M(...)</c> or <c>a.M(...)</c> calls.</summary>
        private static bool IsCalledMethodGroup(ExpressionSyntax expression)
        {
            var called = expression.Parent is MemberAccessExpressionSyntax access && access.Name == expression ? access : expression;
            return called.Parent is InvocationExpressionSyntax invocation && invocation.Expression == called;
        }

        private static bool IsCondition(ExpressionSyntax expression) => expression.Parent switch
        {
            IfStatementSyntax @if => @if.Condition == expression,
            WhileStatementSyntax @while => @while.Condition == expression,
            DoStatementSyntax @do => @do.Condition == expression,
            ForStatementSyntax @for => @for.Condition == expression,
            ConditionalExpressionSyntax conditional => conditional.Condition == expression,
            _ => false,
        };

        private static bool IsNotImplicit(Conversion conversion) => !conversion.Exists || conversion.IsExplicit;

        private static bool IsNotImplicit(Microsoft.CodeAnalysis.Operations.CommonConversion conversion) => !conversion.Exists || !conversion.IsImplicit;

        private static bool IsUsedBeforeDeclaration(ILocalSymbol local, SyntaxNode use) =>
            local.Locations.FirstOrDefault() is { IsInSource: true } declared
            && declared.SourceTree == use.SyntaxTree
            && declared.SourceSpan.Start > use.SpanStart;

        /// <summary>A variable C# does not let the body assign: a foreach or const local, an 'in' parameter, a read-only field or property.</summary>
        private static bool IsReadOnly(ISymbol? symbol) => symbol switch
        {
            ILocalSymbol local => local.IsForEach || local.IsConst || local.IsUsing || local.IsFixed,
            IParameterSymbol parameter => parameter.RefKind == RefKind.In,
            IFieldSymbol field => field.IsReadOnly || field.IsConst,
            IPropertySymbol property => property.SetMethod is null && property.RefKind == RefKind.None,
            _ => false,
        };

        /// <summary>
        /// C# folds every operator and cast on constants of the numeric and bool types; where it does not, the
        /// compiler reported an error (division by zero, overflow in a checked constant, a constant cast out of range).
        /// </summary>
        private static bool IsUnfoldedConstant(SemanticModel semanticModel, ExpressionSyntax expression, CancellationToken cancellationToken, params ExpressionSyntax[] operands) =>
            operands.All(operand => semanticModel.GetConstantValue(operand, cancellationToken).HasValue)
            && !semanticModel.GetConstantValue(expression, cancellationToken).HasValue;

        /// <summary>
        /// A value-returning body whose end is reachable, and a local read before it is definitely assigned: the two
        /// flow errors of the compiler, from its own flow analyses. A local declared without a value is unassigned
        /// where the statements after its declaration begin, so it is read unassigned exactly when its value "flows
        /// into" them.
        /// </summary>
        private static bool HasFlowError(IMethodSymbol method, BlockSyntax body, SemanticModel semanticModel)
        {
            var statements = body.Statements;
            if (statements.Count == 0)
            {
                return !method.ReturnsVoid;
            }

            if (!method.ReturnsVoid)
            {
                var controlFlow = semanticModel.AnalyzeControlFlow(statements[0], statements[statements.Count - 1]);
                if (controlFlow is null || !controlFlow.Succeeded || controlFlow.EndPointIsReachable)
                {
                    return true;
                }
            }

            foreach (var declaration in body.DescendantNodes().OfType<LocalDeclarationStatementSyntax>())
            {
                if (declaration.IsConst || declaration.Parent is not BlockSyntax block || declaration.Declaration.Variables.All(v => v.Initializer is not null))
                {
                    continue;
                }

                var index = block.Statements.IndexOf(declaration);
                if (index == block.Statements.Count - 1)
                {
                    continue;
                }

                var dataFlow = semanticModel.AnalyzeDataFlow(block.Statements[index + 1], block.Statements[block.Statements.Count - 1]);
                if (dataFlow is null || !dataFlow.Succeeded
                    || declaration.Declaration.Variables.Any(v => v.Initializer is null && semanticModel.GetDeclaredSymbol(v) is { } local && dataFlow.DataFlowsIn.Contains(local, SymbolEqualityComparer.Default)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
