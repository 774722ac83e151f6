using System;
using System.Globalization;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Lowers the patterns of <c>switch</c> statements and expressions to the conditions the body model has: a
    /// constant (<c>case 0:</c>, <c>Mode.A =&gt;</c>) is <c>==</c>, a relational pattern (<c>&lt; 0</c>) its comparison,
    /// <c>or</c> / <c>and</c> / <c>not</c> the boolean operators, <c>_</c> true, and a <c>when</c> clause one more
    /// <c>&amp;&amp;</c>. The switch becomes <c>if</c> / <c>else if</c> (<c>?:</c> for an expression) in the order of its
    /// sections, which is C#'s order of matching; the value switched on is evaluated once per condition tested (it has
    /// no side effects in the supported subset).
    /// </summary>
    internal sealed class PatternConditions
    {
        private readonly BodyScope _scope;
        private readonly BodyExpressionParser _expressions;

        public PatternConditions(BodyScope scope, BodyExpressionParser expressions)
        {
            _scope = scope;
            _expressions = expressions;
        }

        private SemanticModel Semantics => _scope.SemanticModel;

        /// <summary>
        /// The value switched on, and the type its constants are written in. An enum is compared through its underlying
        /// integer; only a parameter, field or property of enum type can be read (a local enum is not in the model).
        /// </summary>
        public SwitchSubject Subject(ExpressionSyntax syntax)
        {
            var type = Semantics.GetTypeInfo(syntax).Type;
            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
            {
                var (bodyType, keyword) = underlying.SpecialType switch
                {
                    SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 => (BodyType.Int, "int"),
                    SpecialType.System_UInt32 or SpecialType.System_Int64 => (BodyType.Long, "long"),
                    _ => ((BodyType?)null, string.Empty),
                };
                var read = bodyType is null ? null : EnumRead(syntax);
                return read is null
                    ? new SwitchSubject(_scope.Unsupported(syntax, "'switch' over '" + syntax + "' of type '" + type.ToDisplayString() + "' (GradGen switches over an enum parameter, field or property)"), BodyType.Int)
                    : new SwitchSubject(new ConstantReadExpression("((" + keyword + ")" + read + ")", bodyType!.Value), bodyType.Value);
            }

            var value = _expressions.Parse(syntax);
            return new SwitchSubject(value, value.Type);
        }

        /// <summary>The condition under which <paramref name="pattern"/> matches the subject.</summary>
        public BodyExpression Of(PatternSyntax pattern, SwitchSubject subject) => pattern switch
        {
            ParenthesizedPatternSyntax parenthesized => Of(parenthesized.Pattern, subject),
            ConstantPatternSyntax constant => Equals(constant.Expression, subject),
            RelationalPatternSyntax relational => Compare(relational, subject),
            BinaryPatternSyntax binary => new BinaryExpression(
                binary.IsKind(SyntaxKind.OrPattern) ? BinaryOperator.Or : BinaryOperator.And, Of(binary.Left, subject), Of(binary.Right, subject), BodyType.Bool),
            UnaryPatternSyntax { Pattern: var negated } => new UnaryExpression(UnaryOperator.Not, Of(negated, subject), BodyType.Bool),
            DiscardPatternSyntax => True,
            _ => _scope.Unsupported(pattern, "pattern '" + pattern + "' (GradGen lowers constant, relational, 'and', 'or', 'not' and '_' patterns)"),
        };

        /// <summary>A label's condition: its pattern or constant, and its <c>when</c> clause.</summary>
        public BodyExpression Of(SwitchLabelSyntax label, SwitchSubject subject) => label switch
        {
            CaseSwitchLabelSyntax constant => Equals(constant.Value, subject),
            CasePatternSwitchLabelSyntax { WhenClause: { } when } patterned => new BinaryExpression(BinaryOperator.And, Of(patterned.Pattern, subject), _expressions.Parse(when.Condition), BodyType.Bool),
            CasePatternSwitchLabelSyntax patterned => Of(patterned.Pattern, subject),
            _ => throw new InvalidOperationException("A default label has no condition"),
        };

        /// <summary>An arm's condition: its pattern and its <c>when</c> clause.</summary>
        public BodyExpression Of(SwitchExpressionArmSyntax arm, SwitchSubject subject) =>
            arm.WhenClause is { } when
                ? new BinaryExpression(BinaryOperator.And, Of(arm.Pattern, subject), _expressions.Parse(when.Condition), BodyType.Bool)
                : Of(arm.Pattern, subject);

        private static readonly BodyExpression True = new LiteralExpression("true", BodyType.Bool);

        /// <summary>
        /// <c>subject == constant</c>; a constant pattern of NaN matches NaN (C# compares by <c>Equals</c> there), which
        /// <c>==</c> never does, so it is <c>double.IsNaN</c>.
        /// </summary>
        private BodyExpression Equals(ExpressionSyntax constant, SwitchSubject subject)
        {
            if (Constant(constant, subject) is not { } literal)
            {
                return _scope.Unsupported(constant, "pattern '" + constant + "' (not a number, enum member or bool constant)");
            }

            return literal.Value is double.NaN or float.NaN
                ? new CallExpression(MathFunction.IsNaN, subject.Type == BodyType.Float, new[] { subject.Value }.ToEquatableArray(), BodyType.Bool)
                : new BinaryExpression(BinaryOperator.Equal, subject.Value, literal.Expression, BodyType.Bool);
        }

        private BodyExpression Compare(RelationalPatternSyntax relational, SwitchSubject subject)
        {
            var comparison = relational.OperatorToken.Kind() switch
            {
                SyntaxKind.LessThanToken => BinaryOperator.Less,
                SyntaxKind.LessThanEqualsToken => BinaryOperator.LessOrEqual,
                SyntaxKind.GreaterThanToken => BinaryOperator.Greater,
                _ => BinaryOperator.GreaterOrEqual,
            };
            return Constant(relational.Expression, subject) is { } literal
                ? new BinaryExpression(comparison, subject.Value, literal.Expression, BodyType.Bool)
                : _scope.Unsupported(relational, "pattern '" + relational + "' (not a number constant)");
        }

        /// <summary>The constant, converted to the subject's type as the pattern compares it, written as a literal of that type.</summary>
        private (object Value, BodyExpression Expression)? Constant(ExpressionSyntax syntax, SwitchSubject subject)
        {
            var constant = Semantics.GetConstantValue(syntax);
            if (!constant.HasValue || constant.Value is not IConvertible convertible || constant.Value is string)
            {
                return null;
            }

            var target = subject.Type switch
            {
                BodyType.Double => typeof(double),
                BodyType.Float => typeof(float),
                BodyType.Int => typeof(int),
                BodyType.Long => typeof(long),
                _ => typeof(bool),
            };
            object converted;
            try
            {
                converted = convertible.ToType(target, CultureInfo.InvariantCulture);
            }
            catch (Exception exception) when (exception is InvalidCastException or OverflowException)
            {
                return null;
            }

            return BodyTypes.Literal(converted) is { } text ? (converted, new LiteralExpression(text, subject.Type)) : null;
        }

        /// <summary>How generated code reads an enum parameter, field or property that the body cannot write: <c>mode</c>, <c>this._mode</c>, <c>global::N.T.Mode</c>.</summary>
        private string? EnumRead(ExpressionSyntax syntax)
        {
            var symbol = Semantics.GetSymbolInfo(syntax).Symbol;
            return symbol switch
            {
                IParameterSymbol { RefKind: RefKind.None or RefKind.In } parameter when syntax is IdentifierNameSyntax identifier
                    && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _scope.Method) => identifier.Identifier.Text,
                IFieldSymbol or IPropertySymbol when symbol.IsStatic && syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax => TypeNames.ForCode(symbol.ContainingType) + "." + symbol.Name,
                IFieldSymbol or IPropertySymbol when syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } => "this." + symbol.Name,
                _ => null,
            };
        }
    }

    /// <summary>The value a switch compares, and the type of the constants it compares it with.</summary>
    internal readonly record struct SwitchSubject(BodyExpression Value, BodyType Type);
}
