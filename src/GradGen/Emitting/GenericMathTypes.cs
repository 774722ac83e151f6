using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Emitting
{
    /// <summary>
    /// What <see cref="GenericMathLifting"/> needs to know of a member's double text before lifting it: whether an
    /// expression is a double (<see cref="Kind.Real"/>, to become <c>T</c>) or an integer. C# converts an integer
    /// to double implicitly (<c>2 * h</c>, <c>double s = 0;</c>), and to <c>T</c> never: where the double text relies on
    /// that conversion, the lifted text writes it (<c>T.CreateTruncating(2) * h</c>). Read from the declarations
    /// of the member's own variables, parameters and local functions and of the file's methods; an expression it
    /// cannot type is <see cref="Kind.Unknown"/> and is left as it is (so that a case it misses fails to compile).
    /// </summary>
    internal sealed class GenericMathTypes
    {
        private readonly Dictionary<string, Kind> _variables = new();
        private readonly Dictionary<string, Kind> _methods;
        private readonly string _typeParameter;

        private GenericMathTypes(Dictionary<string, Kind> methods, string typeParameter)
        {
            _methods = methods;
            _typeParameter = typeParameter;
        }

        public enum Kind
        {
            Unknown,
            Real,
            Integer,
            RealArray,
        }

        /// <summary>The return kinds of the file's methods, by name.</summary>
        public static Dictionary<string, Kind> MethodsOf(SyntaxNode root, string typeParameter)
        {
            var methods = new Dictionary<string, Kind>();
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                methods[method.Identifier.ValueText] = Declared(method.ReturnType, typeParameter);
            }

            return methods;
        }

        /// <summary>The variables, parameters and local functions declared in <paramref name="member"/>.</summary>
        public static GenericMathTypes Of(SyntaxNode member, Dictionary<string, Kind> methods, string typeParameter)
        {
            var types = new GenericMathTypes(new Dictionary<string, Kind>(methods), typeParameter);
            foreach (var node in member.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case ParameterSyntax { Type: { } type } parameter:
                        types._variables[parameter.Identifier.ValueText] = Declared(type, typeParameter);
                        break;
                    case VariableDeclarationSyntax declaration:
                        foreach (var variable in declaration.Variables)
                        {
                            types._variables[variable.Identifier.ValueText] = declaration.Type.IsVar && variable.Initializer is { } initializer
                                ? types.Of(initializer.Value)
                                : Declared(declaration.Type, typeParameter);
                        }

                        break;
                    case LocalFunctionStatementSyntax function:
                        types._methods[function.Identifier.ValueText] = Declared(function.ReturnType, typeParameter);
                        break;
                    case ForEachStatementSyntax loop:
                        types._variables[loop.Identifier.ValueText] = loop.Type.IsVar ? Kind.Unknown : Declared(loop.Type, typeParameter);
                        break;
                }
            }

            return types;
        }

        /// <summary>The kind of a declared type: <c>double</c> or the type parameter, an array of them, an integer type.</summary>
        public static Kind Declared(TypeSyntax type, string typeParameter) => type switch
        {
            PredefinedTypeSyntax predefined => predefined.Keyword.Kind() switch
            {
                SyntaxKind.DoubleKeyword => Kind.Real,
                SyntaxKind.IntKeyword or SyntaxKind.LongKeyword or SyntaxKind.UIntKeyword or SyntaxKind.ULongKeyword => Kind.Integer,
                _ => Kind.Unknown,
            },
            IdentifierNameSyntax identifier when identifier.Identifier.ValueText == typeParameter => Kind.Real,
            ArrayTypeSyntax array when Declared(array.ElementType, typeParameter) == Kind.Real => Kind.RealArray,
            NullableTypeSyntax nullable when nullable.ElementType is ArrayTypeSyntax => Declared(nullable.ElementType, typeParameter),
            _ => Kind.Unknown,
        };

        /// <summary>The kind of the value of <paramref name="expression"/>, in the double text.</summary>
        public Kind Of(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                    return literal.Token.Value switch
                    {
                        double => Kind.Real,
                        int or uint or long or ulong => Kind.Integer,
                        _ => Kind.Unknown,
                    };
                case IdentifierNameSyntax identifier:
                    return _variables.TryGetValue(identifier.Identifier.ValueText, out var kind) ? kind : Kind.Unknown;
                case ParenthesizedExpressionSyntax parenthesized:
                    return Of(parenthesized.Expression);
                case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression):
                    return Of(unary.Operand);
                case PostfixUnaryExpressionSyntax postfix:
                    return Of(postfix.Operand);
                case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
                    return Of(prefix.Operand);
                case ElementAccessExpressionSyntax element:
                    return Of(element.Expression) == Kind.RealArray ? Kind.Real : Kind.Unknown;
                case CastExpressionSyntax cast:
                    return Declared(cast.Type, _typeParameter);
                case MemberAccessExpressionSyntax member when member.Name.Identifier.ValueText is "Length":
                    return Kind.Integer;
                case MemberAccessExpressionSyntax member when IsMathReceiver(member.Expression):
                    return Kind.Real;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation when IsMathReceiver(member.Expression):
                    return member.Name.Identifier.ValueText switch
                    {
                        "Sign" or "ILogB" => Kind.Integer,
                        "Max" or "Min" or "Abs" or "Clamp" => invocation.ArgumentList.Arguments.Select(a => Of(a.Expression)).DefaultIfEmpty(Kind.Unknown).Aggregate(Join),
                        "IsNaN" or "IsFinite" or "IsInfinity" => Kind.Unknown,
                        _ => Kind.Real,
                    };
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetLength" } }:
                    return Kind.Integer;
                case InvocationExpressionSyntax invocation:
                    return Name(invocation.Expression) is { } name && _methods.TryGetValue(name, out var returns) ? returns : Kind.Unknown;
                case BinaryExpressionSyntax binary:
                    return Binary(binary);
                case ConditionalExpressionSyntax conditional:
                    return Join(Of(conditional.WhenTrue), Of(conditional.WhenFalse));
                default:
                    return Kind.Unknown;
            }
        }

        private Kind Binary(BinaryExpressionSyntax binary)
        {
            switch (binary.Kind())
            {
                case SyntaxKind.AddExpression:
                case SyntaxKind.SubtractExpression:
                case SyntaxKind.MultiplyExpression:
                case SyntaxKind.DivideExpression:
                case SyntaxKind.ModuloExpression:
                    return Join(Of(binary.Left), Of(binary.Right));
                case SyntaxKind.LeftShiftExpression:
                case SyntaxKind.RightShiftExpression:
                case SyntaxKind.BitwiseAndExpression:
                case SyntaxKind.BitwiseOrExpression:
                case SyntaxKind.ExclusiveOrExpression:
                    return Of(binary.Left) == Kind.Integer ? Kind.Integer : Kind.Unknown;
                default:
                    return Kind.Unknown;
            }
        }

        /// <summary>C#'s promotion: a double with anything numeric is a double; two integers an integer.</summary>
        public static Kind Join(Kind left, Kind right) =>
            left == Kind.Real || right == Kind.Real ? Kind.Real
            : left == Kind.Integer && right == Kind.Integer ? Kind.Integer
            : Kind.Unknown;

        private bool IsMathReceiver(ExpressionSyntax receiver) =>
            receiver.ToString() is "global::System.Math" or "global::System.MathF" or "global::System.Double" or "double"
            || receiver.ToString() == _typeParameter;

        private static string? Name(ExpressionSyntax callee) => callee switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
