using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GradGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Emitting
{
    /// <summary>
    /// Lifts the members written for a generic-math method (issue 14, item 6) from double to its type parameter
    /// <c>T</c>. The method was parsed and differentiated as its double instance, so the members are the double
    /// method's, derivative for derivative; this rewrites their text so that they compile for every
    /// <c>T : IFloatingPointIeee754&lt;T&gt;</c>:
    /// <list type="bullet">
    /// <item>every member gets <c>&lt;T&gt;</c> and the method's <c>where</c> clause;</item>
    /// <item><c>double</c> becomes <c>T</c>, except in the method's own parameters (already written with their declared
    /// types) and in the finite-difference step, which stays a <c>double</c> with its default value (a C# default
    /// value must be a constant, and <c>T</c> has none) and is read as <c>T.CreateTruncating(step)</c>;</item>
    /// <item><c>Math.F(...)</c> and <c>double.F</c> become <c>T.F(...)</c>, <c>Math.PI</c> / <c>Math.E</c> <c>T.Pi</c> / <c>T.E</c>;</item>
    /// <item>double literals become <c>T.Zero</c>, <c>T.One</c>, <c>T.Pi</c>, <c>T.E</c>, T's machine epsilon for
    /// double's (the Richardson noise estimate), or else <c>T.CreateTruncating(literal)</c>;</item>
    /// <item><c>(double)e</c> becomes <c>T.CreateTruncating(e)</c>; <c>[ThreadStatic]</c> tape fields of <c>T</c>, which
    /// a non-generic type cannot declare, move into a nested generic class;</item>
    /// <item>documentation references to the members name them generic, <c>F{T}(T, T)</c>.</item>
    /// </list>
    /// Each rule maps a double operation to the same operation of T, so with T = double the members compute what the
    /// double members compute (the runtime tests compare them bit for bit with a double twin); a construct the rules
    /// miss fails to compile in the tests, which compile every member for double and float.
    /// </summary>
    internal static class GenericMathLifting
    {
        private const double DoubleEpsilon = 2.220446049250313E-16;

        public static string Lift(string source, MethodModel method, string stepName)
        {
            var generic = method.GenericMath!;
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
            var userParameters = new HashSet<string>(method.Parameters.Select(p => p.Name));
            var tapeFields = tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(field => field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Declaration.Type.DescendantNodesAndSelf().OfType<PredefinedTypeSyntax>().Any(p => p.Keyword.IsKind(SyntaxKind.DoubleKeyword)))
                .SelectMany(field => field.Declaration.Variables.Select(v => v.Identifier.ValueText));
            var methodKinds = GenericMathTypes.MethodsOf(tree.GetRoot(), generic.TypeParameter);
            var rewriter = new Rewriter(generic, userParameters, stepName, TapeHolderName(method), new HashSet<string>(tapeFields), methodKinds);
            var lifted = rewriter.Visit(tree.GetRoot()).ToFullString();
            var methods = new HashSet<string>(tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText)) { method.Name };
            return Regex.Replace(
                lifted,
                "cref=\"(?<name>[A-Za-z_][A-Za-z0-9_]*)\\(",
                match => methods.Contains(match.Groups["name"].Value)
                    ? "cref=\"" + match.Groups["name"].Value + "{" + generic.TypeParameter + "}("
                    : match.Value);
        }

        /// <summary>
        /// Whether a generic-math method gets members of <paramref name="kind"/>: first-order ones only. The second-order
        /// and Jacobian members are refused (GG0030); the hidden <c>MAccumulateHessianVectorProduct</c> serves only
        /// callers' Hessians, which no generic caller has, and no caller over double can call a generic method.
        /// </summary>
        public static bool Writes(GeneratedMethodKind kind) => kind.SecondOrder == SecondOrder.None && kind.Vector == VectorFamily.None;

        /// <summary>The nested class that holds the tape fields of <c>T</c>: one per method and overload, as the fields are.</summary>
        private static string TapeHolderName(MethodModel method) => "GradGenGenericTapes_" + method.Name + "_" + Hash(method.HintName);

        private static string Hash(string text)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var c in text)
                {
                    hash = (hash ^ c) * 16777619u;
                }

                return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        private sealed class Rewriter : CSharpSyntaxRewriter
        {
            private readonly GenericMathModel _generic;
            private readonly HashSet<string> _userParameters;
            private readonly string _stepName;
            private readonly string _tapeHolder;
            private readonly HashSet<string> _tapeFields;

            private readonly Dictionary<string, GenericMathTypes.Kind> _methodKinds;
            private GenericMathTypes? _types;

            /// <summary>Whether the member being lifted takes the double step (the finite differences): only there is <c>step</c> that parameter, not a local of the body's.</summary>
            private bool _readsStep;

            public Rewriter(GenericMathModel generic, HashSet<string> userParameters, string stepName, string tapeHolder, HashSet<string> tapeFields, Dictionary<string, GenericMathTypes.Kind> methodKinds)
            {
                _methodKinds = methodKinds;
                _tapeFields = tapeFields;
                _generic = generic;
                _userParameters = userParameters;
                _stepName = stepName;
                _tapeHolder = tapeHolder;
            }

            private string T => _generic.TypeParameter;

            public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => WithTapeHolder(node, base.VisitClassDeclaration(node));

            public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => WithTapeHolder(node, base.VisitStructDeclaration(node));

            public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => WithTapeHolder(node, base.VisitRecordDeclaration(node));

            public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) => WithTapeHolder(node, base.VisitInterfaceDeclaration(node));

            /// <summary>
            /// The innermost type holds the members: its static fields of T (the tapes) move into a nested
            /// <c>static class Holder&lt;T&gt;</c>, read as <c>Holder&lt;T&gt;.field</c>.
            /// </summary>
            private SyntaxNode? WithTapeHolder(TypeDeclarationSyntax original, SyntaxNode? visited)
            {
                if (visited is not TypeDeclarationSyntax type || original.Members.Any(m => m is TypeDeclarationSyntax))
                {
                    return visited;
                }

                var fields = type.Members.OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.StaticKeyword) && MentionsT(f.Declaration.Type)).ToList();
                if (fields.Count == 0)
                {
                    return visited;
                }

                var indent = new string(' ', fields[0].GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.Span.Length).LastOrDefault());
                var body = string.Concat(fields.Select(f => f.WithModifiers(SyntaxFactory.TokenList(f.Modifiers.Select(m => m.IsKind(SyntaxKind.PrivateKeyword) ? SyntaxFactory.Token(SyntaxKind.InternalKeyword).WithTriviaFrom(m) : m))).ToFullString()))
                    .Split('\n').Select(line => line.Length == 0 ? line : "    " + line);
                var holder = SyntaxFactory.ParseMemberDeclaration(
                    "\n" + indent + "/// <summary>The [ThreadStatic] tapes of the generic members, one set per type argument: a non-generic type cannot declare fields of " + T + ".</summary>\n"
                    + indent + MemberWriter.GeneratedCodeAttribute + "\n"
                    + indent + "private static class " + _tapeHolder + "<" + T + ">\n"
                    + indent + "    where " + T + " : " + _generic.Constraints + "\n"
                    + indent + "{" + string.Join("\n", body).TrimEnd() + "\n"
                    + indent + "}\n")!;
                return type.WithMembers(SyntaxFactory.List(type.Members.Where(m => !fields.Contains(m)).Append(holder)));
            }

            private bool MentionsT(TypeSyntax type) => type.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == T);

            public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
            {
                _types = GenericMathTypes.Of(node, _methodKinds, T);
                _readsStep = node.ParameterList.Parameters.Any(p => p.Identifier.ValueText == _stepName && p.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.DoubleKeyword });
                var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
                _types = null;
                _readsStep = false;
                var typeParameters = SyntaxFactory.TypeParameterList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.TypeParameter(T)));
                var constraint = ((MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration("void M<" + T + ">() where " + T + " : " + _generic.Constraints + " { }")!).ConstraintClauses[0].WithLeadingTrivia(SyntaxFactory.Space);
                return visited
                    .WithTypeParameterList(typeParameters)
                    .WithParameterList(visited.ParameterList.WithTrailingTrivia())
                    .WithConstraintClauses(SyntaxFactory.SingletonList(constraint.WithTrailingTrivia(visited.ParameterList.GetTrailingTrivia())));
            }

            public override SyntaxNode? VisitParameter(ParameterSyntax node) =>
                _userParameters.Contains(node.Identifier.ValueText) || node.Identifier.ValueText == _stepName
                    ? node
                    : base.VisitParameter(node);

            public override SyntaxNode? VisitPredefinedType(PredefinedTypeSyntax node) =>
                node.Keyword.IsKind(SyntaxKind.DoubleKeyword)
                    ? SyntaxFactory.IdentifierName(T).WithTriviaFrom(node)
                    : base.VisitPredefinedType(node);

            public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
            {
                var name = node.Identifier.ValueText;
                if (_readsStep && name == _stepName && node.Parent is not ArgumentSyntax && node.Parent is not NameColonSyntax)
                {
                    return Parse(T + ".CreateTruncating(" + name + ")", node);
                }

                if (_tapeFields.Contains(name) && !(node.Parent is MemberAccessExpressionSyntax access && access.Name == node) && node.Parent is not VariableDeclaratorSyntax)
                {
                    return Parse(_tapeHolder + "<" + T + ">." + name, node);
                }

                return base.VisitIdentifierName(node);
            }

            public override SyntaxNode? VisitCastExpression(CastExpressionSyntax node)
            {
                if (node.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.DoubleKeyword })
                {
                    var operand = (ExpressionSyntax)Visit(node.Expression)!;
                    return Parse(T + ".CreateTruncating(" + operand.WithoutTrivia().ToFullString() + ")", node);
                }

                return base.VisitCastExpression(node);
            }

            /// <summary><c>Math.Max(i, n)</c> of integers (an index bound in the body) stays Math's: T.Max takes T.</summary>
            public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node) =>
                node.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && receiver.ToString() is "global::System.Math"
                    && node.ArgumentList.Arguments.Count > 0
                    && node.ArgumentList.Arguments.All(argument => Kind(argument.Expression) == GenericMathTypes.Kind.Integer)
                    ? node
                    : base.VisitInvocationExpression(node);

            public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
            {
                var receiver = node.Expression.ToString();
                if (receiver is "global::System.Math" or "global::System.MathF" or "global::System.Double")
                {
                    var name = node.Name.Identifier.ValueText switch
                    {
                        "PI" => "Pi",
                        var other => other,
                    };
                    return Parse(T + "." + name, node);
                }

                return base.VisitMemberAccessExpression(node);
            }

            public override SyntaxNode? VisitLiteralExpression(LiteralExpressionSyntax node)
            {
                if (!node.IsKind(SyntaxKind.NumericLiteralExpression) || node.Token.Value is not double value)
                {
                    return base.VisitLiteralExpression(node);
                }

                // Double's machine epsilon is the Richardson tableau's rounding-noise factor, T's own for T; the
                // same number times a 53-bit integer is the gradient check's pseudo-random direction, which stays.
                var scalesAnInteger = node.Parent is BinaryExpressionSyntax binary && Kind(binary.Left == node ? binary.Right : binary.Left) == GenericMathTypes.Kind.Integer;
                return value == DoubleEpsilon && !scalesAnInteger
                    ? Parse("(" + T + ".BitIncrement(" + T + ".One) - " + T + ".One)", node)
                    : Parse(Constant(value, node.Token.Text), node);
            }

            private string Constant(double value, string text) => value switch
            {
                0.0 => T + ".Zero",
                1.0 => T + ".One",
                System.Math.PI => T + ".Pi",
                System.Math.E => T + ".E",
                _ => T + ".CreateTruncating(" + text + ")",
            };

            private GenericMathTypes.Kind Kind(ExpressionSyntax expression) => _types?.Of(expression) ?? GenericMathTypes.Kind.Unknown;

            /// <summary>
            /// The lifted <paramref name="visited"/> as a <c>T</c> where its double text is an integer that C# converted
            /// to double implicitly: an integer literal as T's constant, anything else through <c>T.CreateTruncating</c>.
            /// </summary>
            private ExpressionSyntax Converted(ExpressionSyntax original, ExpressionSyntax visited) =>
                original is LiteralExpressionSyntax { Token.Value: int or uint or long or ulong } literal
                    ? Parse(Constant(System.Convert.ToDouble(literal.Token.Value, System.Globalization.CultureInfo.InvariantCulture), literal.Token.Text), visited)
                    : Parse(T + ".CreateTruncating(" + (visited is ParenthesizedExpressionSyntax inner ? inner.Expression : visited).WithoutTrivia().ToFullString() + ")", visited);

            private bool IsIntegerInReal(ExpressionSyntax value, GenericMathTypes.Kind target) =>
                target == GenericMathTypes.Kind.Real && Kind(value) == GenericMathTypes.Kind.Integer;

            public override SyntaxNode? VisitBinaryExpression(BinaryExpressionSyntax node)
            {
                var visited = (BinaryExpressionSyntax)base.VisitBinaryExpression(node)!;
                if (node.IsKind(SyntaxKind.LeftShiftExpression) || node.IsKind(SyntaxKind.RightShiftExpression) || node.IsKind(SyntaxKind.LogicalAndExpression) || node.IsKind(SyntaxKind.LogicalOrExpression))
                {
                    return visited;
                }

                if (IsIntegerInReal(node.Right, Kind(node.Left)))
                {
                    return visited.WithRight(Converted(node.Right, visited.Right));
                }

                return IsIntegerInReal(node.Left, Kind(node.Right)) ? visited.WithLeft(Converted(node.Left, visited.Left)) : visited;
            }

            public override SyntaxNode? VisitConditionalExpression(ConditionalExpressionSyntax node)
            {
                var visited = (ConditionalExpressionSyntax)base.VisitConditionalExpression(node)!;
                if (IsIntegerInReal(node.WhenTrue, Kind(node.WhenFalse)))
                {
                    return visited.WithWhenTrue(Converted(node.WhenTrue, visited.WhenTrue));
                }

                return IsIntegerInReal(node.WhenFalse, Kind(node.WhenTrue)) ? visited.WithWhenFalse(Converted(node.WhenFalse, visited.WhenFalse)) : visited;
            }

            public override SyntaxNode? VisitVariableDeclarator(VariableDeclaratorSyntax node)
            {
                var visited = (VariableDeclaratorSyntax)base.VisitVariableDeclarator(node)!;
                return node.Parent is VariableDeclarationSyntax declaration && node.Initializer is { } initializer
                    && IsIntegerInReal(initializer.Value, GenericMathTypes.Declared(declaration.Type, T))
                        ? visited.WithInitializer(visited.Initializer!.WithValue(Converted(initializer.Value, visited.Initializer.Value)))
                        : visited;
            }

            public override SyntaxNode? VisitAssignmentExpression(AssignmentExpressionSyntax node)
            {
                var visited = (AssignmentExpressionSyntax)base.VisitAssignmentExpression(node)!;
                return IsIntegerInReal(node.Right, Kind(node.Left)) ? visited.WithRight(Converted(node.Right, visited.Right)) : visited;
            }

            public override SyntaxNode? VisitReturnStatement(ReturnStatementSyntax node)
            {
                var visited = (ReturnStatementSyntax)base.VisitReturnStatement(node)!;
                var returns = node.Ancestors().Select(a => a switch
                {
                    LocalFunctionStatementSyntax function => function.ReturnType,
                    MethodDeclarationSyntax method => method.ReturnType,
                    _ => null,
                }).FirstOrDefault(type => type is not null);
                return node.Expression is { } value && returns is not null && IsIntegerInReal(value, GenericMathTypes.Declared(returns, T))
                    ? visited.WithExpression(Converted(value, visited.Expression!))
                    : visited;
            }

            private static ExpressionSyntax Parse(string text, SyntaxNode original) =>
                SyntaxFactory.ParseExpression(text).WithTriviaFrom(original);
        }
    }
}
