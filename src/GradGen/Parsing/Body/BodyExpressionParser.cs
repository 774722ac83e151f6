using System;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Turns one side-effect-free C# expression into a <see cref="BodyExpression"/>, resolving every name with the
    /// semantic model; anything else is reported as GG0100.
    /// </summary>
    internal sealed class BodyExpressionParser
    {
        private readonly BodyScope _scope;

        public BodyExpressionParser(BodyScope scope) => _scope = scope;

        private SemanticModel Semantics => _scope.SemanticModel;

        public BodyExpression Parse(ExpressionSyntax syntax)
        {
            if (syntax is ParenthesizedExpressionSyntax parenthesized)
            {
                return Parse(parenthesized.Expression);
            }

            var type = BodyTypes.Of(Semantics.GetTypeInfo(syntax).Type);
            if (type is null)
            {
                return _scope.Unsupported(syntax, syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax
                    ? "'" + syntax + "' of type '" + Semantics.GetTypeInfo(syntax).Type?.ToDisplayString() + "'"
                    : null);
            }

            var constant = Semantics.GetConstantValue(syntax);
            if (constant.HasValue && BodyTypes.Literal(constant.Value) is { } literal)
            {
                return new LiteralExpression(literal, type.Value);
            }

            return syntax switch
            {
                IdentifierNameSyntax identifier => ParseName(identifier, type.Value),
                MemberAccessExpressionSyntax member => ParseMember(member, type.Value),
                InvocationExpressionSyntax invocation => ParseInvocation(invocation, type.Value),
                ElementAccessExpressionSyntax element => ParseElement(element, type.Value),
                BinaryExpressionSyntax binary => ParseBinary(binary, type.Value),
                PrefixUnaryExpressionSyntax unary => ParseUnary(unary, type.Value),
                ConditionalExpressionSyntax conditional => new ConditionalExpression(
                    Parse(conditional.Condition), Parse(conditional.WhenTrue), Parse(conditional.WhenFalse), type.Value),
                CastExpressionSyntax cast => new CastExpression(Parse(cast.Expression), type.Value),
                _ => _scope.Unsupported(syntax),
            };
        }

        /// <summary>The array variable an expression names, for element access, <c>Length</c> and <c>GetLength</c>.</summary>
        public BodyVariable? ArrayVariable(ExpressionSyntax syntax) =>
            syntax is IdentifierNameSyntax && _scope.Find(Semantics.GetSymbolInfo(syntax).Symbol) is { IsArray: true } variable ? variable : null;

        private BodyExpression ParseName(IdentifierNameSyntax identifier, BodyType type)
        {
            var symbol = Semantics.GetSymbolInfo(identifier).Symbol;
            if (_scope.Find(symbol) is { IsArray: false } variable)
            {
                return new VariableExpression(variable.Name, type);
            }

            return symbol switch
            {
                IFieldSymbol or IPropertySymbol when !symbol.IsStatic => new ConstantReadExpression("this." + symbol.Name, type),
                IFieldSymbol or IPropertySymbol => new ConstantReadExpression(TypeNames.ForCode(symbol.ContainingType) + "." + symbol.Name, type),
                _ => _scope.Unsupported(identifier, "name '" + identifier.Identifier.ValueText + "'"),
            };
        }

        private BodyExpression ParseMember(MemberAccessExpressionSyntax member, BodyType type)
        {
            var symbol = Semantics.GetSymbolInfo(member).Symbol;
            if (symbol is IPropertySymbol { Name: "Length", ContainingType.SpecialType: SpecialType.System_Array } && ArrayVariable(member.Expression) is { } array)
            {
                return new LengthExpression(array.Name, null);
            }

            if (symbol is IPropertySymbol { Name: "Length", ContainingType.SpecialType: SpecialType.System_Array } && ConstantArray(member.Expression) is { } constantArray)
            {
                return new ConstantReadExpression(constantArray + ".Length", type);
            }

            if (symbol is IFieldSymbol or IPropertySymbol)
            {
                if (symbol.IsStatic)
                {
                    return new ConstantReadExpression(TypeNames.ForCode(symbol.ContainingType) + "." + symbol.Name, type);
                }

                if (member.Expression is ThisExpressionSyntax)
                {
                    return new ConstantReadExpression("this." + symbol.Name, type);
                }
            }

            return _scope.Unsupported(member, "member access '" + member + "'");
        }

        private BodyExpression ParseInvocation(InvocationExpressionSyntax invocation, BodyType type)
        {
            if (Semantics.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method || invocation.ArgumentList.Arguments.Any(a => a.RefKindKeyword.RawKind != 0 || a.NameColon is not null))
            {
                return _scope.Unsupported(invocation);
            }

            var arguments = invocation.ArgumentList.Arguments;
            if (method is { Name: "GetLength", ContainingType.SpecialType: SpecialType.System_Array }
                && invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
                && ArrayVariable(receiver) is { } array)
            {
                return new LengthExpression(array.Name, Parse(arguments[0].Expression));
            }

            if (MathFunctions.Find(method) is { } found)
            {
                return new CallExpression(found.Function, found.IsMathF, arguments.Select(a => Parse(a.Expression)).ToEquatableArray(), type);
            }

            return CalleeParser.IsDifferentiableCallee(method.ReducedFrom ?? method)
                ? ParseMethodCall(method, invocation, type)
                : _scope.Unsupported(invocation, UnsupportedCall.Describe(method.ReducedFrom ?? method, invocation, Semantics.Compilation));
        }

        /// <summary>
        /// A call to a vector-valued [Differentiable] method that returns a <c>double[]</c> or <c>float[]</c>, as the
        /// value of a local array (<c>var p = Softmax(z);</c>); null where the call is to anything else.
        /// </summary>
        public BodyExpression? ParseVectorCall(InvocationExpressionSyntax invocation)
        {
            if (Semantics.GetSymbolInfo(invocation).Symbol is not IMethodSymbol called
                || (called.ReducedFrom ?? called) is not { } method
                || ParameterParser.ScalarKindOf(method.ReturnType) is not null
                || OutputParser.Parse(method.ReturnType) is not { Shape: OutputShape.Array }
                || CustomDerivatives.Find(method) is not null
                || !CalleeParser.IsDifferentiableCallee(method))
            {
                return null;
            }

            if (invocation.ArgumentList.Arguments.Any(a => a.RefKindKeyword.RawKind != 0 || a.NameColon is not null))
            {
                return _scope.Unsupported(invocation);
            }

            return ParseMethodCall(called, invocation, BodyType.Double) is MethodCallExpression call
                ? call with { Callee = call.Callee with { ReturnsVector = true } }
                : new LiteralExpression("0", BodyType.Double);
        }

        /// <summary>
        /// A call differentiated through the callee's derivatives. An argument for a parameter the callee does not
        /// differentiate must not carry a derivative, or the caller's gradient would silently miss it. A call in
        /// extension form, <c>x.F(y)</c>, is the static call <c>F(x, y)</c>.
        /// </summary>
        private BodyExpression ParseMethodCall(IMethodSymbol called, InvocationExpressionSyntax invocation, BodyType type)
        {
            var method = called.ReducedFrom ?? called;
            var argumentSyntax = invocation.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            if (called.ReducedFrom is not null)
            {
                if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: var receiver })
                {
                    return _scope.Unsupported(invocation);
                }

                argumentSyntax.Insert(0, receiver);
            }

            if (CalleeParser.Parse(method, invocation, argumentSyntax.Count, _scope, out var problem) is not { } callee)
            {
                return _scope.Unsupported(invocation, problem);
            }

            var arguments = argumentSyntax
                .Select((a, i) => callee.Parameters[i].IsArray ? ParseArrayArgument(a, callee.Parameters[i], method) : Parse(a))
                .ToEquatableArray();
            var variables = _scope.Variables;
            for (var i = 0; i < arguments.Count; i++)
            {
                var mayCarryDerivative = BodyExpressions.VariablesIn(arguments[i])
                    .Any(name => variables.Any(v => v.Name == name && _scope.MayCarryDerivative(v)));
                if (callee.Parameters[i].Type.IsReal() && !callee.Parameters[i].IsDifferentiable && mayCarryDerivative)
                {
                    return _scope.Unsupported(argumentSyntax[i], "an argument that may carry a derivative for parameter '" + callee.Parameters[i].Name + "' of '" + method.Name + "', which is [NoDerivative]");
                }
            }

            return new MethodCallExpression(callee, arguments, type);
        }

        /// <summary>
        /// A whole array passed to a call: a parameter or local array of the body. Its derivative is kept in an array
        /// of the callee's element type, except for a local float array, whose tangent and adjoint are double arrays.
        /// </summary>
        private BodyExpression ParseArrayArgument(ExpressionSyntax syntax, CalleeParameter parameter, IMethodSymbol method)
        {
            if (ArrayVariable(syntax is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : syntax) is not { } array)
            {
                return _scope.Unsupported(syntax, "array argument '" + syntax + "' to '" + method.Name + "' that is not a parameter or local array of the method");
            }

            if (array.Kind == VariableKind.Local && array.Type == BodyType.Float && parameter.IsDifferentiable)
            {
                return _scope.Unsupported(syntax, "local float array '" + syntax + "' passed to '" + method.Name + "' (its derivative is kept in double; declare it double[], or pass a float[] parameter)");
            }

            return new ArrayArgumentExpression(array.Name, array.Rank, array.Type);
        }

        private BodyExpression ParseElement(ElementAccessExpressionSyntax element, BodyType type)
        {
            if (ArrayVariable(element.Expression) is { } array)
            {
                return new ElementExpression(array.Name, element.ArgumentList.Arguments.Select(a => Parse(a.Expression)).ToEquatableArray(), type);
            }

            return ConstantArray(element.Expression) is { } code
                ? new ConstantElementExpression(code, element.ArgumentList.Arguments.Select(a => Parse(a.Expression)).ToEquatableArray(), type)
                : _scope.Unsupported(element, "element access '" + element + "'");
        }

        /// <summary>
        /// The code that reads an array field or property of the containing type (<c>this._w</c>) or a static one
        /// (<c>global::N.Data.W</c>), whose elements the body reads as constants, as it reads scalar fields; else null.
        /// </summary>
        private string? ConstantArray(ExpressionSyntax syntax)
        {
            if (syntax is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
                || Semantics.GetSymbolInfo(syntax).Symbol is not { } symbol
                || ((symbol as IFieldSymbol)?.Type ?? (symbol as IPropertySymbol)?.Type) is not IArrayTypeSymbol { ElementType: var element }
                || BodyTypes.Of(element) is null)
            {
                return null;
            }

            if (symbol.IsStatic)
            {
                return TypeNames.ForCode(symbol.ContainingType) + "." + symbol.Name;
            }

            return syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } ? "this." + symbol.Name : null;
        }

        private BodyExpression ParseBinary(BinaryExpressionSyntax binary, BodyType type)
        {
            BinaryOperator? op = binary.Kind() switch
            {
                SyntaxKind.AddExpression => BinaryOperator.Add,
                SyntaxKind.SubtractExpression => BinaryOperator.Subtract,
                SyntaxKind.MultiplyExpression => BinaryOperator.Multiply,
                SyntaxKind.DivideExpression => BinaryOperator.Divide,
                SyntaxKind.ModuloExpression when !type.IsReal() => BinaryOperator.Remainder,
                SyntaxKind.LessThanExpression => BinaryOperator.Less,
                SyntaxKind.LessThanOrEqualExpression => BinaryOperator.LessOrEqual,
                SyntaxKind.GreaterThanExpression => BinaryOperator.Greater,
                SyntaxKind.GreaterThanOrEqualExpression => BinaryOperator.GreaterOrEqual,
                SyntaxKind.EqualsExpression => BinaryOperator.Equal,
                SyntaxKind.NotEqualsExpression => BinaryOperator.NotEqual,
                SyntaxKind.LogicalAndExpression => BinaryOperator.And,
                SyntaxKind.LogicalOrExpression => BinaryOperator.Or,
                _ => null,
            };

            return op is null
                ? _scope.Unsupported(binary, "operator '" + binary.OperatorToken.ValueText + "'" + (type.IsReal() ? " on floating-point values" : string.Empty))
                : new BinaryExpression(op.Value, Parse(binary.Left), Parse(binary.Right), type);
        }

        private BodyExpression ParseUnary(PrefixUnaryExpressionSyntax unary, BodyType type)
        {
            UnaryOperator? op = unary.Kind() switch
            {
                SyntaxKind.UnaryMinusExpression => UnaryOperator.Negate,
                SyntaxKind.UnaryPlusExpression => UnaryOperator.Plus,
                SyntaxKind.LogicalNotExpression => UnaryOperator.Not,
                _ => null,
            };

            return op is null ? _scope.Unsupported(unary) : new UnaryExpression(op.Value, Parse(unary.Operand), type);
        }
    }
}
