using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Parsing.Structs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Lowers struct-valued expressions of a body (issue 19) into one scalar expression per leaf, so that the
    /// differentiated program never holds a struct: a struct variable is its leaf variables, <c>ps[i]</c> the
    /// elements of its leaf arrays, <c>new Vec2(a, b)</c> and <c>v with { X = a }</c> the leaves they assign, and the
    /// <c>System.Numerics</c> vector operators their component arithmetic. Field reads, <c>Dot</c>, <c>Length</c> and
    /// the like give scalars.
    /// </summary>
    internal sealed class StructExpressions
    {
        private readonly BodyScope _scope;
        private readonly BodyExpressionParser _parser;

        /// <summary>While a struct member is inlined: each of its struct parameters, the leaves of the argument.</summary>
        private readonly Dictionary<IParameterSymbol, IReadOnlyList<BodyExpression>> _structArguments = new(SymbolEqualityComparer.Default);

        /// <summary>While an instance member of a struct is inlined: the leaves of the struct it is called on, innermost last.</summary>
        private readonly Stack<(INamedTypeSymbol Type, IReadOnlyList<BodyExpression> Leaves)> _receivers = new();

        public StructExpressions(BodyScope scope, BodyExpressionParser parser)
        {
            _scope = scope;
            _parser = parser;
            if (scope.Receiver is { } receiver)
            {
                // The hidden flattened copy of a struct's member: 'this' is the copy's receiver parameters.
                _receivers.Push((receiver.Layout.Type, receiver.Leaves.Select(leaf => (BodyExpression)new VariableExpression(leaf.Name, leaf.Type)).ToList()));
            }
        }

        private SemanticModel Semantics => _scope.SemanticModel;

        /// <summary>The layout of the expression's type where it is a differentiable struct; null otherwise.</summary>
        public StructLayout? LayoutOf(ExpressionSyntax syntax) => _scope.LayoutOf(Semantics.GetTypeInfo(syntax).Type, out _);

        /// <summary>Whether the expression's type is a struct of numbers (flattenable or not).</summary>
        public bool IsStruct(ExpressionSyntax syntax) => StructLayouts.IsCandidate(Semantics.GetTypeInfo(syntax).Type);

        /// <summary>The struct array variable an expression names, for <c>ps[i]</c>, <c>ps.Length</c> and <c>foreach</c>.</summary>
        public StructVariable? ArrayVariable(ExpressionSyntax syntax) =>
            syntax is IdentifierNameSyntax && _scope.FindStruct(Semantics.GetSymbolInfo(syntax).Symbol) is { Rank: > 0 } variable ? variable : null;

        /// <summary>The value of each leaf of a struct-valued expression, in layout order.</summary>
        public IReadOnlyList<BodyExpression> Leaves(ExpressionSyntax syntax, StructLayout layout)
        {
            switch (syntax)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return Leaves(parenthesized.Expression, layout);
                case IdentifierNameSyntax identifier when _scope.FindStruct(Semantics.GetSymbolInfo(identifier).Symbol) is { Rank: 0 } variable:
                    return variable.Leaves.Select(leaf => (BodyExpression)new VariableExpression(leaf.Name, leaf.Type)).ToList();
                case IdentifierNameSyntax identifier when Semantics.GetSymbolInfo(identifier).Symbol is IParameterSymbol parameter && _structArguments.TryGetValue(parameter, out var argument):
                    return argument;
                case IdentifierNameSyntax identifier when Semantics.GetSymbolInfo(identifier).Symbol is IParameterSymbol { RefKind: not RefKind.Out } constant
                    && SymbolEqualityComparer.Default.Equals(constant.ContainingSymbol, _scope.Method) && !StructMethods.IsFlattened(constant) && !_scope.IsAssigned(constant.Name):
                    // A [NoDerivative] struct parameter the body never assigns: its fields are constants, read where they are.
                    return layout.Leaves.Select(leaf => (BodyExpression)new ConstantReadExpression(identifier.Identifier.Text + leaf.Path, leaf.Type)).ToList();
                case IdentifierNameSyntax identifier when ReceiverMember(Semantics.GetSymbolInfo(identifier).Symbol) is { Member.Nested: not null } found:
                    return found.Leaves.Skip(found.Member.FirstLeaf).Take(found.Member.LeafCount).ToList();
                case ThisExpressionSyntax:
                    return ThisLeaves(layout);
                case ElementAccessExpressionSyntax element when ArrayVariable(element.Expression) is { } array:
                    var indices = element.ArgumentList.Arguments.Select(a => _parser.Parse(a.Expression)).ToEquatableArray();
                    return array.Leaves.Select(leaf => (BodyExpression)new ElementExpression(leaf.Name, indices, leaf.Type)).ToList();
                case MemberAccessExpressionSyntax member when Member(member) is { Nested: not null } field:
                    return Leaves(member.Expression, LayoutOf(member.Expression)!).Skip(field.FirstLeaf).Take(field.LeafCount).ToList();
                case MemberAccessExpressionSyntax member when ComputedProperty(member) is { } property:
                    return _parser.StructCalls.ParsePropertyLeaves(property, member, layout);
                case MemberAccessExpressionSyntax member when layout.IsNumerics && Semantics.GetSymbolInfo(member).Symbol is IPropertySymbol { IsStatic: true } constant:
                    return NumericsConstant(member, constant.Name, layout);
                case BaseObjectCreationExpressionSyntax creation:
                    return Construct(creation, layout);
                case DefaultExpressionSyntax:
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                    return Zeros(layout);
                case WithExpressionSyntax with:
                    return Initialize(Leaves(with.Expression, layout).ToList(), with.Initializer, layout);
                case ConditionalExpressionSyntax conditional:
                    var condition = _parser.Parse(conditional.Condition);
                    var whenTrue = Leaves(conditional.WhenTrue, layout);
                    var whenFalse = Leaves(conditional.WhenFalse, layout);
                    return whenTrue.Select((value, i) => (BodyExpression)new ConditionalExpression(condition, value, whenFalse[i], value.Type)).ToList();
                case BinaryExpressionSyntax binary when layout.IsNumerics:
                    return NumericsBinary(binary, layout);
                case BinaryExpressionSyntax binary when Semantics.GetSymbolInfo(binary).Symbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } userOperator
                    && Inline(userOperator, new[] { binary.Left, binary.Right }, null, e => Leaves(e, layout)) is { } inlined:
                    return inlined;
                case PrefixUnaryExpressionSyntax unary when Semantics.GetSymbolInfo(unary).Symbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } userOperator
                    && Inline(userOperator, new[] { unary.Operand }, null, e => Leaves(e, layout)) is { } inlined:
                    return inlined;
                case PrefixUnaryExpressionSyntax unary when layout.IsNumerics && unary.IsKind(SyntaxKind.UnaryMinusExpression):
                    return Leaves(unary.Operand, layout).Select(Negate).ToList();
                case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryPlusExpression):
                    return Leaves(unary.Operand, layout);
                case InvocationExpressionSyntax invocation when layout.IsNumerics && Semantics.GetSymbolInfo(invocation).Symbol is IMethodSymbol { IsStatic: true } method
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType, layout.Type):
                    return NumericsCall(invocation, method, layout);
                case InvocationExpressionSyntax invocation when Semantics.GetSymbolInfo(invocation).Symbol is IMethodSymbol { ReducedFrom: null } method
                    && invocation.ArgumentList.Arguments.All(a => a.NameColon is null && a.RefKindKeyword.RawKind == 0)
                    && Inline(method, invocation.ArgumentList.Arguments.Select(a => a.Expression).ToList(), Receiver(invocation, method), e => Leaves(e, layout)) is { } inlined:
                    return inlined;
                case InvocationExpressionSyntax invocation when Semantics.GetSymbolInfo(invocation).Symbol is IMethodSymbol method && StructCalls.Handles(method):
                    // A [Differentiable] method of several statements that returns a struct: one hidden copy per leaf.
                    return _parser.StructCalls.ParseLeaves(method, invocation, layout);
                default:
                    return Unsupported(syntax, layout, Describe(syntax));
            }
        }

        /// <summary>
        /// A scalar read from a struct: <c>p.X</c>, <c>ps[i].Pos.Y</c>; null where the member access reads no struct
        /// field (the caller goes on as before).
        /// </summary>
        public BodyExpression? Field(MemberAccessExpressionSyntax member) =>
            Member(member) is { Nested: null } field ? Leaves(member.Expression, LayoutOf(member.Expression)!)[field.FirstLeaf] : null;

        /// <summary>
        /// The property a member access reads on a struct value GradGen flattens where it is computed, not one of the
        /// struct's fields (<c>p.Length</c> with <c>double Length =&gt; Math.Sqrt(X * X + Y * Y)</c>), declared in source;
        /// null for anything else.
        /// </summary>
        public IPropertySymbol? ComputedProperty(MemberAccessExpressionSyntax member) =>
            member.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            && Semantics.GetSymbolInfo(member).Symbol is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: { DeclaringSyntaxReferences.IsEmpty: false } } property
            && LayoutOf(member.Expression) is { } layout
            && layout.Member(property.Name) is null
                ? property
                : null;

        /// <summary>The field a member access names on a struct value GradGen flattens; null for anything else.</summary>
        public StructMember? Member(MemberAccessExpressionSyntax member) =>
            member.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            && Semantics.GetSymbolInfo(member).Symbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }
            && LayoutOf(member.Expression) is { } layout
                ? layout.Member(member.Name.Identifier.ValueText)
                : null;

        /// <summary>
        /// <c>Vector3.Dot(a, b)</c>, <c>a.Length()</c>, <c>a.LengthSquared()</c>, <c>Vector3.Distance(a, b)</c> and
        /// <c>Vector3.DistanceSquared(a, b)</c> of <c>System.Numerics</c> vectors, as their component arithmetic in
        /// float (the square root taken in double and rounded to float, which is the correctly rounded float root);
        /// null for any other call.
        /// </summary>
        public BodyExpression? ScalarCall(InvocationExpressionSyntax invocation, IMethodSymbol method)
        {
            if (method.ContainingType is not { } type || _scope.LayoutOf(type, out _) is not { IsNumerics: true } layout)
            {
                return null;
            }

            var operands = Operands(invocation, method);
            switch (method.Name)
            {
                case "Dot" when operands.Count == 2:
                    return Dot(Leaves(operands[0], layout), Leaves(operands[1], layout));
                case "LengthSquared" when operands.Count == 1:
                    return SquaredNorm(Leaves(operands[0], layout));
                case "Length" when operands.Count == 1:
                    return Root(SquaredNorm(Leaves(operands[0], layout)));
                case "DistanceSquared" when operands.Count == 2:
                    return SquaredNorm(Combine(BinaryOperator.Subtract, Leaves(operands[0], layout), Leaves(operands[1], layout)));
                case "Distance" when operands.Count == 2:
                    return Root(SquaredNorm(Combine(BinaryOperator.Subtract, Leaves(operands[0], layout), Leaves(operands[1], layout))));
                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether a call to <paramref name="method"/> is one GradGen inlines when it can (issue 19): it takes or returns a
        /// differentiable struct, or is an instance member of one.
        /// </summary>
        public bool Involves(IMethodSymbol method) =>
            method.Parameters.Any(p => _scope.LayoutOf(p.Type, out _) is not null)
            || _scope.LayoutOf(method.ReturnType, out _) is not null
            || (!method.IsStatic && _scope.LayoutOf(method.ContainingType, out _) is not null);

        /// <summary>The receiver written before an instance call (<c>a</c> in <c>a.Dot(b)</c>); null for <c>this</c> or a static call.</summary>
        public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation, IMethodSymbol method) =>
            !method.IsStatic && invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && receiver is not ThisExpressionSyntax ? receiver : null;

        /// <summary>
        /// A struct's [Differentiable] operator or member, or a [Differentiable] method that takes or returns structs,
        /// whose body is one expression (<c>=&gt; e</c> or <c>{ return e; }</c>), inlined at the call as local functions
        /// are: its struct parameters read as the leaves of their arguments, its scalar ones as their arguments, the
        /// fields of the struct it is called on as that struct's leaves. Null (the caller reports) for any other member.
        /// </summary>
        public T? Inline<T>(IMethodSymbol method, IReadOnlyList<ExpressionSyntax> arguments, ExpressionSyntax? receiver, System.Func<ExpressionSyntax, T> parse)
            where T : class
        {
            if (InlinableBody(method) is not { } body || arguments.Count != method.Parameters.Length)
            {
                return null;
            }

            var layouts = method.Parameters.Select(p => _scope.LayoutOf(p.Type, out _)).ToList();
            if (method.Parameters.Where((p, i) => layouts[i] is null && BodyTypes.Of(p.Type) is null).Any())
            {
                return null;
            }

            var scalars = new Dictionary<IParameterSymbol, BodyExpression>(SymbolEqualityComparer.Default);
            var structs = new List<(IParameterSymbol Parameter, IReadOnlyList<BodyExpression> Leaves)>();
            for (var i = 0; i < arguments.Count; i++)
            {
                var parameter = method.Parameters[i];
                if (layouts[i] is { } layout)
                {
                    structs.Add((parameter, Leaves(arguments[i], layout)));
                }
                else
                {
                    scalars[parameter] = Converted(_parser.Parse(arguments[i]), BodyTypes.Of(parameter.Type)!.Value);
                }
            }

            var self = method.IsStatic || _scope.LayoutOf(method.ContainingType, out _) is not { } own ? null : receiver is null ? ThisLeaves(own) : Leaves(receiver, own);
            var previous = structs.Select(s => (s.Parameter, Outer: _structArguments.TryGetValue(s.Parameter, out var outer) ? outer : null)).ToList();
            foreach (var (parameter, leaves) in structs)
            {
                _structArguments[parameter] = leaves;
            }

            if (self is not null)
            {
                _receivers.Push((method.ContainingType, self));
            }

            try
            {
                return _scope.InTree(body.SyntaxTree, () => _parser.WithArguments(method, scalars, () => parse(body)));
            }
            finally
            {
                if (self is not null)
                {
                    _receivers.Pop();
                }

                foreach (var (parameter, outer) in previous)
                {
                    if (outer is null)
                    {
                        _structArguments.Remove(parameter);
                    }
                    else
                    {
                        _structArguments[parameter] = outer;
                    }
                }
            }
        }

        /// <summary>A scalar field of the struct whose member is being inlined, read by its name alone (<c>X</c> in <c>=&gt; X * X</c>); else null.</summary>
        public BodyExpression? ReceiverField(IdentifierNameSyntax identifier) =>
            ReceiverMember(Semantics.GetSymbolInfo(identifier).Symbol) is { Member.Nested: null } found ? found.Leaves[found.Member.FirstLeaf] : null;

        private (StructMember Member, IReadOnlyList<BodyExpression> Leaves)? ReceiverMember(ISymbol? symbol)
        {
            if (_receivers.Count == 0 || symbol is not (IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false })
                || !SymbolEqualityComparer.Default.Equals(symbol.ContainingType, _receivers.Peek().Type)
                || _scope.LayoutOf(_receivers.Peek().Type, out _)?.Member(symbol.Name) is not { } member)
            {
                return null;
            }

            return (member, _receivers.Peek().Leaves);
        }

        /// <summary>
        /// <c>this</c>: the struct an inlined member is called on, or, in a [Differentiable] method of the struct itself,
        /// its fields read as constants (<c>this.X</c>), as GradGen reads every field of the containing type.
        /// </summary>
        public IReadOnlyList<BodyExpression> ThisLeaves(StructLayout layout) =>
            _receivers.Count > 0 && SymbolEqualityComparer.Default.Equals(_receivers.Peek().Type, layout.Type)
                ? _receivers.Peek().Leaves
                : layout.Leaves.Select(leaf => (BodyExpression)new ConstantReadExpression("this" + leaf.Path, leaf.Type)).ToList();

        /// <summary>The one expression of a [Differentiable] method or operator, where it can be inlined: not generic, parameters by value or 'in'.</summary>
        private static ExpressionSyntax? InlinableBody(IMethodSymbol method)
        {
            if (!CalleeParser.IsDifferentiable(method) || method.IsGenericMethod || method.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In) || p.IsParams))
            {
                return null;
            }

            return method.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()).OfType<BaseMethodDeclarationSyntax>().FirstOrDefault() switch
            {
                { ExpressionBody: { } arrow } => arrow.Expression,
                { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: { } value } => value,
                _ => null,
            };
        }

        /// <summary>Leaf by leaf <c>left op right</c>, for <c>+</c> and <c>-</c> of two structs (and the compound assignments).</summary>
        public static IReadOnlyList<BodyExpression> Combine(BinaryOperator op, IReadOnlyList<BodyExpression> left, IReadOnlyList<BodyExpression> right) =>
            left.Select((value, i) => (BodyExpression)new BinaryExpression(op, value, right[i], value.Type)).ToList();

        /// <summary>Each leaf <c>op</c> one scalar: <c>v * s</c>, <c>v / s</c>.</summary>
        public static IReadOnlyList<BodyExpression> Scale(BinaryOperator op, IReadOnlyList<BodyExpression> leaves, BodyExpression scalar) =>
            leaves.Select(value => (BodyExpression)new BinaryExpression(op, value, Converted(scalar, value.Type), value.Type)).ToList();

        /// <summary>Reports GG0100 and gives zero leaves, so that parsing goes on.</summary>
        public IReadOnlyList<BodyExpression> Unsupported(SyntaxNode syntax, StructLayout layout, string construct)
        {
            _scope.Unsupported(syntax, construct);
            return Zeros(layout);
        }

        public static IReadOnlyList<BodyExpression> Zeros(StructLayout layout) =>
            layout.Leaves.Select(leaf => (BodyExpression)new LiteralExpression(leaf.Type == BodyType.Bool ? "false" : "0", leaf.Type)).ToList();

        private static BodyExpression Converted(BodyExpression expression, BodyType type) =>
            expression.Type == type ? expression : new CastExpression(expression, type);

        private static BodyExpression Negate(BodyExpression value) => new UnaryExpression(UnaryOperator.Negate, value, value.Type);

        private static BodyExpression Dot(IReadOnlyList<BodyExpression> left, IReadOnlyList<BodyExpression> right) =>
            Combine(BinaryOperator.Multiply, left, right).Aggregate((sum, term) => new BinaryExpression(BinaryOperator.Add, sum, term, sum.Type));

        private static BodyExpression SquaredNorm(IReadOnlyList<BodyExpression> leaves) => Dot(leaves, leaves);

        private static BodyExpression Root(BodyExpression squared) =>
            new CastExpression(new CallExpression(MathFunction.Sqrt, false, new BodyExpression[] { Converted(squared, BodyType.Double) }.ToEquatableArray(), BodyType.Double), squared.Type);

        /// <summary>The struct operands of a call: the receiver of an instance call first, then the arguments.</summary>
        private static List<ExpressionSyntax> Operands(InvocationExpressionSyntax invocation, IMethodSymbol method)
        {
            var operands = invocation.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            if (!method.IsStatic && invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver })
            {
                operands.Insert(0, receiver);
            }

            return operands;
        }

        /// <summary>
        /// <c>new T(a, b)</c> by its constructor's map from parameters to fields (see
        /// <see cref="StructLayouts.ConstructorMap"/>), then its object initializer; fields it does not assign are 0.
        /// A <c>System.Numerics</c> vector's one-value constructor sets every component.
        /// </summary>
        private IReadOnlyList<BodyExpression> Construct(BaseObjectCreationExpressionSyntax creation, StructLayout layout)
        {
            var leaves = Zeros(layout).ToList();
            var arguments = creation.ArgumentList?.Arguments ?? default;
            if (Semantics.GetSymbolInfo(creation).Symbol is not IMethodSymbol constructor)
            {
                return Unsupported(creation, layout, "'" + creation + "'");
            }

            if (arguments.Count > 0)
            {
                if (arguments.Any(a => a.NameColon is not null || a.RefKindKeyword.RawKind != 0) || arguments.Count != constructor.Parameters.Length)
                {
                    return Unsupported(creation, layout, "'" + creation + "' with named, by-reference or left-out arguments");
                }

                if (layout.IsNumerics && arguments.Count == 1 && constructor.Parameters[0].Type.SpecialType == SpecialType.System_Single)
                {
                    var value = _parser.Parse(arguments[0].Expression);
                    leaves = leaves.Select(_ => Converted(value, BodyType.Float)).ToList();
                }
                else if (StructLayouts.ConstructorMap(constructor, layout) is { } map)
                {
                    for (var i = 0; i < arguments.Count; i++)
                    {
                        if (map[i] is { } member)
                        {
                            Assign(leaves, member, arguments[i].Expression);
                        }
                    }
                }
                else
                {
                    return Unsupported(creation, layout, "constructor of '" + layout.Type.Name + "' that does more than assign its parameters to fields (use a record struct's primary constructor, a constructor of plain field assignments, or an object initializer)");
                }
            }
            else if (!constructor.IsImplicitlyDeclared && !layout.IsNumerics && constructor.DeclaringSyntaxReferences.Length > 0)
            {
                return Unsupported(creation, layout, "parameterless constructor of '" + layout.Type.Name + "' declared in source");
            }

            return creation.Initializer is { } initializer ? Initialize(leaves, initializer, layout) : leaves;
        }

        /// <summary>The assignments of an object initializer or a <c>with</c> expression, over the leaves given.</summary>
        private IReadOnlyList<BodyExpression> Initialize(List<BodyExpression> leaves, InitializerExpressionSyntax initializer, StructLayout layout)
        {
            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Right: var value } assignment
                    && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    && layout.Member(name.Identifier.ValueText) is { } member)
                {
                    Assign(leaves, member, value);
                }
                else
                {
                    return Unsupported(expression, layout, "initializer '" + expression + "'");
                }
            }

            return leaves;
        }

        private void Assign(List<BodyExpression> leaves, StructMember member, ExpressionSyntax value)
        {
            if (member.Nested is { } nested)
            {
                var values = Leaves(value, nested);
                for (var i = 0; i < values.Count; i++)
                {
                    leaves[member.FirstLeaf + i] = values[i];
                }
            }
            else
            {
                leaves[member.FirstLeaf] = Converted(_parser.Parse(value), member.Scalar!.Value);
            }
        }

        /// <summary><c>a + b</c>, <c>a - b</c>, <c>a * b</c>, <c>a / b</c> of vectors, and <c>v * s</c>, <c>s * v</c>, <c>v / s</c> with a scalar.</summary>
        private IReadOnlyList<BodyExpression> NumericsBinary(BinaryExpressionSyntax binary, StructLayout layout)
        {
            BinaryOperator? op = binary.Kind() switch
            {
                SyntaxKind.AddExpression => BinaryOperator.Add,
                SyntaxKind.SubtractExpression => BinaryOperator.Subtract,
                SyntaxKind.MultiplyExpression => BinaryOperator.Multiply,
                SyntaxKind.DivideExpression => BinaryOperator.Divide,
                _ => null,
            };
            var leftIsVector = LayoutOf(binary.Left) is not null;
            var rightIsVector = LayoutOf(binary.Right) is not null;
            if (op is not { } found)
            {
                return Unsupported(binary, layout, "operator '" + binary.OperatorToken.ValueText + "' on '" + layout.Type.Name + "'");
            }

            if (leftIsVector && rightIsVector)
            {
                return Combine(found, Leaves(binary.Left, layout), Leaves(binary.Right, layout));
            }

            if (leftIsVector && found is BinaryOperator.Multiply or BinaryOperator.Divide)
            {
                return Scale(found, Leaves(binary.Left, layout), _parser.Parse(binary.Right));
            }

            if (rightIsVector && found == BinaryOperator.Multiply)
            {
                var scalar = _parser.Parse(binary.Left);
                return Leaves(binary.Right, layout).Select(value => (BodyExpression)new BinaryExpression(found, Converted(scalar, value.Type), value, value.Type)).ToList();
            }

            return Unsupported(binary, layout, "operator '" + binary.OperatorToken.ValueText + "' on '" + layout.Type.Name + "' and a scalar");
        }

        /// <summary><c>Vector3.Add</c> and its kin, <c>Cross</c>, <c>Normalize</c> and <c>Lerp</c>, by their component formulas.</summary>
        private IReadOnlyList<BodyExpression> NumericsCall(InvocationExpressionSyntax invocation, IMethodSymbol method, StructLayout layout)
        {
            var arguments = invocation.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            bool IsVector(int i) => i < arguments.Count && LayoutOf(arguments[i]) is not null;
            switch (method.Name)
            {
                case "Add" or "Subtract" or "Multiply" or "Divide" when arguments.Count == 2 && IsVector(0) && IsVector(1):
                    var op = method.Name switch { "Add" => BinaryOperator.Add, "Subtract" => BinaryOperator.Subtract, "Multiply" => BinaryOperator.Multiply, _ => BinaryOperator.Divide };
                    return Combine(op, Leaves(arguments[0], layout), Leaves(arguments[1], layout));
                case "Multiply" or "Divide" when arguments.Count == 2 && IsVector(0):
                    return Scale(method.Name == "Multiply" ? BinaryOperator.Multiply : BinaryOperator.Divide, Leaves(arguments[0], layout), _parser.Parse(arguments[1]));
                case "Negate" when arguments.Count == 1:
                    return Leaves(arguments[0], layout).Select(Negate).ToList();
                case "Normalize" when arguments.Count == 1:
                    var leaves = Leaves(arguments[0], layout);
                    return Scale(BinaryOperator.Divide, leaves, Root(SquaredNorm(leaves)));
                case "Lerp" when arguments.Count == 3 && IsVector(0) && IsVector(1) && !IsVector(2):
                    var from = Leaves(arguments[0], layout);
                    var difference = Scale(BinaryOperator.Multiply, Combine(BinaryOperator.Subtract, Leaves(arguments[1], layout), from), _parser.Parse(arguments[2]));
                    return Combine(BinaryOperator.Add, from, difference);
                case "Cross" when arguments.Count == 2 && layout.Members.Count == 3:
                    var a = Leaves(arguments[0], layout);
                    var b = Leaves(arguments[1], layout);
                    BodyExpression Term(int i, int j) => new BinaryExpression(
                        BinaryOperator.Subtract,
                        new BinaryExpression(BinaryOperator.Multiply, a[i], b[j], BodyType.Float),
                        new BinaryExpression(BinaryOperator.Multiply, a[j], b[i], BodyType.Float),
                        BodyType.Float);
                    return new[] { Term(1, 2), Term(2, 0), Term(0, 1) };
                default:
                    return Unsupported(invocation, layout, "'" + layout.Type.Name + "." + method.Name + "' (GradGen knows +, -, *, /, Dot, Length, LengthSquared, Distance, DistanceSquared, Cross, Normalize and Lerp of System.Numerics vectors)");
            }
        }

        /// <summary><c>Vector3.Zero</c>, <c>One</c>, <c>UnitX</c> ... as constants.</summary>
        private IReadOnlyList<BodyExpression> NumericsConstant(MemberAccessExpressionSyntax member, string name, StructLayout layout)
        {
            var one = new LiteralExpression("1", BodyType.Float);
            var leaves = Zeros(layout).ToList();
            switch (name)
            {
                case "Zero":
                    return leaves;
                case "One":
                    return leaves.Select(_ => (BodyExpression)one).ToList();
                case "UnitX" or "UnitY" or "UnitZ" or "UnitW" when layout.Member(name.Substring(4)) is { } axis:
                    leaves[axis.FirstLeaf] = one;
                    return leaves;
                default:
                    return Unsupported(member, layout, "'" + member + "'");
            }
        }

        private string Describe(ExpressionSyntax syntax) => syntax switch
        {
            InvocationExpressionSyntax => "call '" + syntax + "' that returns a struct (GradGen knows System.Numerics vector functions, and inlines [Differentiable] methods of one expression)",
            BinaryExpressionSyntax binary => "operator '" + binary.OperatorToken.ValueText + "' declared by struct '" + LayoutOf(syntax)?.Type.Name + "' (GradGen inlines a struct's operators marked [Differentiable] whose body is one expression)",
            _ => "struct value '" + syntax + "'",
        };
    }
}
