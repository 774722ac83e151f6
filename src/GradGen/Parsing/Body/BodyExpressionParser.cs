using System;
using System.Collections.Generic;
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

        /// <summary>While a local function's body is inlined: each of its parameters, the argument of the call.</summary>
        private readonly Dictionary<IParameterSymbol, BodyExpression> _inlinedArguments = new(SymbolEqualityComparer.Default);

        /// <summary>The local functions being inlined, innermost last: one that calls itself cannot be.</summary>
        private readonly HashSet<IMethodSymbol> _inlining = new(SymbolEqualityComparer.Default);

        private readonly StructCalls _structCalls;

        /// <summary>Calls to [Differentiable] methods of several statements that take, return or are members of structs.</summary>
        public StructCalls StructCalls => _structCalls;

        public BodyExpressionParser(BodyScope scope)
        {
            _scope = scope;
            Patterns = new PatternConditions(scope, this);
            Structs = new StructExpressions(scope, this);
            _structCalls = new StructCalls(scope, this);
        }

        /// <summary>Struct-valued expressions, lowered into their leaves (issue 19).</summary>
        public StructExpressions Structs { get; }

        /// <summary>The conditions of <c>switch</c> patterns, for switch statements and expressions.</summary>
        public PatternConditions Patterns { get; }

        private SemanticModel Semantics => _scope.SemanticModel;

        /// <summary>While above zero, a double or float value in a generic-math body is read for a conversion to T.</summary>
        private int _readingConverted;

        /// <summary>
        /// The argument of <c>T.CreateChecked(v)</c> in a generic-math body where <c>v</c> is a double or float: a
        /// parameter, field or property read, the one place such a value may be (GG0100 for arithmetic in double).
        /// </summary>
        public BodyExpression ParseConverted(ExpressionSyntax syntax)
        {
            if (syntax is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
            {
                return _scope.Unsupported(syntax, "'" + syntax + "' computed in " + Semantics.GetTypeInfo(syntax).Type?.ToDisplayString() + " in a generic method (its members compute in T: convert each value, T.CreateChecked(a) * T.CreateChecked(b))");
            }

            _readingConverted++;
            try
            {
                return Parse(syntax);
            }
            finally
            {
                _readingConverted--;
            }
        }

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

            if (_readingConverted == 0 && GenericMathExpressions.IsPlainReal(_scope.Method, Semantics.GetTypeInfo(syntax).Type))
            {
                return _scope.Unsupported(syntax, "'" + syntax + "' of type '" + Semantics.GetTypeInfo(syntax).Type!.ToDisplayString() + "' in a generic method (its members compute in T: read a double or float value through T.CreateChecked)");
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
                SwitchExpressionSyntax @switch => ParseSwitch(@switch, type.Value),
                _ => _scope.Unsupported(syntax),
            };
        }

        /// <summary>
        /// <c>v switch { p1 =&gt; a, p2 =&gt; b, _ =&gt; c }</c> as <c>p1(v) ? a : p2(v) ? b : c</c>. The last arm must be
        /// <c>_</c>: where no arm matches, the switch throws, which a conditional cannot.
        /// </summary>
        private BodyExpression ParseSwitch(SwitchExpressionSyntax @switch, BodyType type)
        {
            var arms = @switch.Arms;
            if (arms.Count == 0 || arms[arms.Count - 1] is not { Pattern: DiscardPatternSyntax, WhenClause: null })
            {
                return _scope.Unsupported(@switch, "'switch' expression without a final '_' arm (where no arm matches it throws, which GradGen cannot follow)");
            }

            var subject = Patterns.Subject(@switch.GoverningExpression);
            var value = Parse(arms[arms.Count - 1].Expression);
            for (var i = arms.Count - 2; i >= 0; i--)
            {
                value = new ConditionalExpression(Patterns.Of(arms[i], subject), Parse(arms[i].Expression), value, type);
            }

            return value;
        }

        /// <summary>The array variable an expression names, for element access, <c>Length</c> and <c>GetLength</c>.</summary>
        public BodyVariable? ArrayVariable(ExpressionSyntax syntax) =>
            syntax is IdentifierNameSyntax && _scope.Find(Semantics.GetSymbolInfo(syntax).Symbol) is { IsArray: true } variable ? variable : null;

        /// <summary>
        /// A row of an array of arrays (issue 14): <c>a[i]</c>, or the variable of a <c>foreach</c> over the rows of
        /// <c>a</c>; null for anything else. A row is never a value of its own: its elements, its <c>Length</c> and a
        /// <c>foreach</c> over it are read through the array.
        /// </summary>
        public (BodyVariable Array, BodyExpression Index)? Row(ExpressionSyntax syntax)
        {
            while (syntax is ParenthesizedExpressionSyntax parenthesized)
            {
                syntax = parenthesized.Expression;
            }

            if (syntax is ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element && ArrayVariable(element.Expression) is { Layout: ArrayLayout.Jagged } array)
            {
                return (array, Parse(element.ArgumentList.Arguments[0].Expression));
            }

            return syntax is IdentifierNameSyntax ? _scope.FindRow(Semantics.GetSymbolInfo(syntax).Symbol) : null;
        }

        /// <summary>The slice a span local stands for (<c>var s = x.Slice(a, n);</c>), or null.</summary>
        public (BodyVariable Span, BodyExpression Start, BodyExpression Length)? Slice(ExpressionSyntax syntax)
        {
            while (syntax is ParenthesizedExpressionSyntax parenthesized)
            {
                syntax = parenthesized.Expression;
            }

            return syntax is IdentifierNameSyntax ? _scope.FindSlice(Semantics.GetSymbolInfo(syntax).Symbol) : null;
        }

        /// <summary>
        /// <c>x.Slice(a, n)</c>, <c>x.Slice(a)</c>, <c>x[a..b]</c> (either end left out, <c>^k</c> from the end) of a span
        /// parameter or of a slice: the span it views, where it starts and how long it is; null for anything else.
        /// </summary>
        public (BodyVariable Span, BodyExpression Start, BodyExpression Length)? ParseSliceOf(ExpressionSyntax value)
        {
            var (receiver, start, length, end) = value switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Slice", Expression: var of }, ArgumentList.Arguments: { Count: 1 or 2 } arguments }
                    when Semantics.GetSymbolInfo(value).Symbol is IMethodSymbol { ContainingType.IsRefLikeType: true }
                    => (of, (ExpressionSyntax?)arguments[0].Expression, arguments.Count == 2 ? arguments[1].Expression : null, (ExpressionSyntax?)null),
                ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments, Expression: var of } when arguments[0].Expression is RangeExpressionSyntax range
                    => (of, range.LeftOperand, null, range.RightOperand),
                _ => default,
            };
            if (receiver is null)
            {
                return null;
            }

            (BodyVariable Span, BodyExpression Start, BodyExpression Length)? viewed = Slice(receiver)
                ?? (ArrayVariable(receiver) is { Layout: ArrayLayout.Span or ArrayLayout.ReadOnlySpan } span ? (span, Int(0), new LengthExpression(span.Name, null)) : null);
            if (viewed is not { } outer)
            {
                return null;
            }

            BodyExpression FromStart(ExpressionSyntax? index, BodyExpression whenLeftOut) => index switch
            {
                null => whenLeftOut,
                PrefixUnaryExpressionSyntax hat when hat.IsKind(SyntaxKind.IndexExpression) => Minus(outer.Length, Parse(hat.Operand)),
                _ => Parse(index),
            };

            var first = FromStart(start, Int(0));
            var count = length is not null ? Parse(length) : Minus(FromStart(end, outer.Length), first);
            return (outer.Span, outer.Start is LiteralExpression { Text: "0" } ? first : new BinaryExpression(BinaryOperator.Add, outer.Start, first, BodyType.Int), count);
        }

        private static BodyExpression Int(int value) => new LiteralExpression(value.ToString(System.Globalization.CultureInfo.InvariantCulture), BodyType.Int);

        private static BodyExpression Minus(BodyExpression left, BodyExpression right) =>
            right is LiteralExpression { Text: "0" } ? left : new BinaryExpression(BinaryOperator.Subtract, left, right, BodyType.Int);

        private BodyExpression ParseName(IdentifierNameSyntax identifier, BodyType type)
        {
            var symbol = Semantics.GetSymbolInfo(identifier).Symbol;
            if (symbol is IParameterSymbol parameter && _inlinedArguments.TryGetValue(parameter, out var argument))
            {
                return argument;
            }

            if (_scope.Find(symbol) is { IsArray: false } variable)
            {
                return new VariableExpression(variable.Name, type);
            }

            if (Structs.ReceiverField(identifier) is { } field)
            {
                return field;
            }

            if (symbol is IFieldSymbol or IPropertySymbol && _scope.IsInaccessible(symbol))
            {
                return _scope.Inaccessible(identifier, symbol);
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
            if (Structs.Field(member) is { } leaf)
            {
                return leaf;
            }

            var symbol = Semantics.GetSymbolInfo(member).Symbol;
            if (GenericMathExpressions.Constant(symbol) is { } genericConstant)
            {
                return genericConstant;
            }

            if (symbol is IPropertySymbol { Name: "Length", ContainingType.SpecialType: SpecialType.System_Array } && Structs.ArrayVariable(member.Expression) is { } structs)
            {
                return new LengthExpression(structs.Leaves[0].Name, null);
            }

            if (ConstantFieldChain(member) is { } constant)
            {
                return new ConstantReadExpression(constant, type);
            }

            if (Structs.ComputedProperty(member) is { } property)
            {
                // Issue 19: a computed property of a struct (p.Length), through a flattened copy of its getter.
                return _structCalls.ParseProperty(property, member, type);
            }
            if (symbol is IPropertySymbol { Name: "Length", ContainingType.SpecialType: SpecialType.System_Array } && ArrayVariable(member.Expression) is { } array)
            {
                return new LengthExpression(array.Name, null);
            }

            if (symbol is IPropertySymbol { Name: "Length", ContainingType.IsRefLikeType: true } && Slice(member.Expression) is { } slice)
            {
                return slice.Length;
            }

            if (symbol is IPropertySymbol { Name: "Length" } && ArrayVariable(member.Expression) is { Layout: ArrayLayout.Span or ArrayLayout.ReadOnlySpan } span)
            {
                return new LengthExpression(span.Name, null);
            }

            if (symbol is IPropertySymbol { Name: "Length", ContainingType.SpecialType: SpecialType.System_Array } && Row(member.Expression) is { } row)
            {
                return new RowLengthExpression(row.Array.Name, row.Index);
            }

            if (symbol is IPropertySymbol { Name: "Length", ContainingType.SpecialType: SpecialType.System_Array } && ConstantArray(member.Expression) is { } constantArray)
            {
                if (Semantics.GetSymbolInfo(member.Expression).Symbol is { } arraySymbol && _scope.IsInaccessible(arraySymbol))
                {
                    return _scope.Inaccessible(member.Expression, arraySymbol);
                }

                return new ConstantReadExpression(constantArray + ".Length", type);
            }

            if (symbol is IFieldSymbol or IPropertySymbol)
            {
                if (_scope.IsInaccessible(symbol))
                {
                    return _scope.Inaccessible(member, symbol);
                }

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

        /// <summary>
        /// A field of a struct GradGen does not differentiate, read as a constant through code: <c>k.X</c> of a
        /// [NoDerivative] struct parameter <c>k</c>, <c>this.Origin.X</c>; null for anything else.
        /// </summary>
        private string? ConstantFieldChain(MemberAccessExpressionSyntax member)
        {
            if (Semantics.GetSymbolInfo(member).Symbol is not (IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }))
            {
                return null;
            }

            var root = member.Expression;
            switch (root)
            {
                case MemberAccessExpressionSyntax inner when ConstantFieldChain(inner) is { } code:
                    return code + "." + member.Name.Identifier.Text;
                case ThisExpressionSyntax:
                    return "this." + member.Name.Identifier.Text;
                case IdentifierNameSyntax identifier:
                    var symbol = Semantics.GetSymbolInfo(identifier).Symbol;
                    var owner = symbol switch
                    {
                        IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _scope.Method)
                            && _scope.FindStruct(parameter) is null && _scope.Find(parameter) is null && parameter.RefKind != RefKind.Out => identifier.Identifier.Text,
                        IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } => "this." + identifier.Identifier.Text,
                        _ => null,
                    };
                    return owner is null || !StructLayouts(symbol) ? null : owner + "." + member.Name.Identifier.Text;
                default:
                    return null;
            }
        }

        private static bool StructLayouts(ISymbol? symbol) => Parsing.Structs.StructLayouts.IsCandidate((symbol as IParameterSymbol)?.Type ?? (symbol as IFieldSymbol)?.Type ?? (symbol as IPropertySymbol)?.Type);

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

            if (method is { Name: "GetLength", ContainingType.SpecialType: SpecialType.System_Array }
                && invocation.Expression is MemberAccessExpressionSyntax { Expression: var structReceiver }
                && Structs.ArrayVariable(structReceiver) is { } structs)
            {
                return new LengthExpression(structs.Leaves[0].Name, Parse(arguments[0].Expression));
            }

            if (Structs.ScalarCall(invocation, method) is { } numerics)
            {
                return numerics;
            }

            if (GenericMathExpressions.Conversion(method, invocation, _scope, Parse, ParseConverted) is { } conversion)
            {
                return conversion;
            }

            if (MathFunctions.Find(method) is { } found)
            {
                return new CallExpression(found.Function, found.IsMathF, arguments.Select(a => Parse(a.Expression)).ToEquatableArray(), type);
            }

            if (method.MethodKind == MethodKind.LocalFunction && InlinableBody(method, arguments.Count) is { } body)
            {
                return Inline(method, body, invocation, type);
            }

            if (method.ReducedFrom is null && Structs.Involves(method)
                && Structs.Inline(method, arguments.Select(a => a.Expression).ToList(), StructExpressions.Receiver(invocation, method), Parse) is { } inlined)
            {
                // Issue 19: a [Differentiable] member of one expression that takes, returns or is a member of a struct.
                return Converted(inlined, type);
            }

            if (StructCalls.Handles(method))
            {
                // Issue 19: a [Differentiable] method of several statements that takes structs, through its flattened form.
                return _structCalls.Parse(method, invocation, type);
            }

            if (CalleeParser.IsDifferentiableCallee(method.ReducedFrom ?? method))
            {
                return ParseMethodCall(method, invocation, type);
            }

            return HelperParser.IsHelperCall(method.ReducedFrom ?? method)
                ? ParseMethodCall(method, invocation, type)
                : _scope.Unsupported(invocation, UnsupportedCall.Describe(method.ReducedFrom ?? method, invocation));
        }

        /// <summary>
        /// The one expression a local function computes (<c>=&gt; e</c> or <c>{ return e; }</c>), where it can be inlined:
        /// not generic, its parameters by value and all given, its parameters and result of the body's types.
        /// </summary>
        private static ExpressionSyntax? InlinableBody(IMethodSymbol function, int argumentCount)
        {
            if (function.IsGenericMethod || function.Parameters.Length != argumentCount
                || function.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams || BodyTypes.Of(p.Type) is null)
                || BodyTypes.Of(function.ReturnType) is null)
            {
                return null;
            }

            return function.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()).OfType<LocalFunctionStatementSyntax>().FirstOrDefault() switch
            {
                { ExpressionBody: { } arrow } => arrow.Expression,
                { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: { } value } => value,
                _ => null,
            };
        }

        /// <summary>
        /// A local function's body in place of the call, each parameter read as its argument converted to the
        /// parameter's type (so that <c>Half(k)</c> of <c>double Half(double v) =&gt; v / 2</c> divides in double).
        /// Arguments have no side effects in the supported subset, so reading one twice is only its cost. The inlined
        /// expression is differentiated as the body's own, in every mode.
        /// </summary>
        private BodyExpression Inline(IMethodSymbol function, ExpressionSyntax body, InvocationExpressionSyntax invocation, BodyType type)
        {
            if (!_inlining.Add(function))
            {
                return _scope.Unsupported(invocation, "recursive local function '" + function.Name + "'");
            }

            var parameters = function.Parameters;
            var previous = parameters.Select(p => _inlinedArguments.TryGetValue(p, out var outer) ? outer : null).ToList();
            var arguments = invocation.ArgumentList.Arguments.Select((argument, i) => Converted(Parse(argument.Expression), BodyTypes.Of(parameters[i].Type)!.Value)).ToList();
            for (var i = 0; i < parameters.Length; i++)
            {
                _inlinedArguments[parameters[i]] = arguments[i];
            }

            var value = Parse(body);
            for (var i = 0; i < parameters.Length; i++)
            {
                if (previous[i] is { } outer)
                {
                    _inlinedArguments[parameters[i]] = outer;
                }
                else
                {
                    _inlinedArguments.Remove(parameters[i]);
                }
            }

            _inlining.Remove(function);
            return Converted(value, type);
        }

        /// <summary>
        /// Parses an inlined member's body (issue 19: a struct's [Differentiable] operators and members) with each
        /// parameter in <paramref name="scalars"/> read as its argument; null where the member is already being inlined.
        /// </summary>
        public T? WithArguments<T>(IMethodSymbol member, IReadOnlyDictionary<IParameterSymbol, BodyExpression> scalars, Func<T> parse)
            where T : class
        {
            if (!_inlining.Add(member))
            {
                return null;
            }

            var previous = scalars.Keys.ToDictionary(p => p, p => _inlinedArguments.TryGetValue(p, out var outer) ? outer : null, (IEqualityComparer<IParameterSymbol>)SymbolEqualityComparer.Default);
            foreach (var pair in scalars)
            {
                _inlinedArguments[pair.Key] = pair.Value;
            }

            try
            {
                return parse();
            }
            finally
            {
                foreach (var pair in previous)
                {
                    if (pair.Value is { } outer)
                    {
                        _inlinedArguments[pair.Key] = outer;
                    }
                    else
                    {
                        _inlinedArguments.Remove(pair.Key);
                    }
                }

                _inlining.Remove(member);
            }
        }

        private static BodyExpression Converted(BodyExpression expression, BodyType type) =>
            expression.Type == type ? expression : new CastExpression(expression, type);

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

            CalleeModel? callee;
            if (CalleeParser.IsDifferentiableCallee(method))
            {
                if (_scope.IsInaccessible(method) || (CustomDerivatives.Find(method) is { } custom && _scope.IsInaccessible(custom)))
                {
                    return _scope.Inaccessible(invocation, method);
                }

                callee = CalleeParser.Parse(method, invocation, argumentSyntax.Count, _scope, out var problem);
                if (callee is null)
                {
                    return _scope.Unsupported(invocation, problem);
                }
            }
            else if ((callee = _scope.Helpers.Call(method, invocation, argumentSyntax.Count, _scope)) is null)
            {
                // The helper parser reported why, with the chain of calls.
                return new LiteralExpression("0", BodyType.Double);
            }

            var arguments = argumentSyntax
                .Select((a, i) => callee.Parameters[i].IsArray ? ParseArrayArgument(a, callee.Parameters[i], method) : Parse(a))
                .ToList();
            return Checked(callee, arguments, argumentSyntax, method, type);
        }

        /// <summary>
        /// The call, or GG0100 where an argument that may carry a derivative goes to a parameter the callee does not
        /// differentiate: its derivative would be lost. <paramref name="sources"/> are the arguments as written, one per argument.
        /// </summary>
        internal BodyExpression Checked(CalleeModel callee, IReadOnlyList<BodyExpression> arguments, IReadOnlyList<ExpressionSyntax> sources, IMethodSymbol method, BodyType type)
        {
            var variables = _scope.Variables;
            for (var i = 0; i < arguments.Count; i++)
            {
                var mayCarryDerivative = BodyExpressions.VariablesIn(arguments[i])
                    .Any(name => variables.Any(v => v.Name == name && _scope.MayCarryDerivative(v)));
                if (callee.Parameters[i].Type.IsReal() && !callee.Parameters[i].IsDifferentiable && mayCarryDerivative)
                {
                    return _scope.Unsupported(sources[i], "an argument that may carry a derivative for parameter '" + callee.Parameters[i].Name + "' of '" + method.Name + "', which is [NoDerivative]");
                }
            }

            return new MethodCallExpression(callee, arguments.ToEquatableArray(), type);
        }

        /// <summary>
        /// A whole array passed to a call: a parameter or local array of the body. Its derivative is kept in an array
        /// of the callee's element type, except for a local float array, whose tangent and adjoint are double arrays.
        /// </summary>
        internal BodyExpression ParseArrayArgument(ExpressionSyntax syntax, CalleeParameter parameter, IMethodSymbol method)
        {
            if ((Slice(syntax) ?? (parameter.Layout.IsSpan() ? ParseSliceOf(syntax is ParenthesizedExpressionSyntax inner ? inner.Expression : syntax) : null)) is { } slice)
            {
                return new SliceArgumentExpression(slice.Span.Name, slice.Start, slice.Length, slice.Span.Type);
            }

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
            if (element.ArgumentList.Arguments.Count == 1 && Slice(element.Expression) is { } slice)
            {
                var index = new BinaryExpression(BinaryOperator.Add, slice.Start, Parse(element.ArgumentList.Arguments[0].Expression), BodyType.Int);
                return new ElementExpression(slice.Span.Name, new BodyExpression[] { index }.ToEquatableArray(), type);
            }

            if (element.ArgumentList.Arguments.Count == 1 && Row(element.Expression) is { } row)
            {
                var indices = new[] { new RowIndexExpression(row.Index), Parse(element.ArgumentList.Arguments[0].Expression) };
                return new ElementExpression(row.Array.Name, indices.ToEquatableArray(), type);
            }

            if (ArrayVariable(element.Expression) is { } array)
            {
                return new ElementExpression(array.Name, element.ArgumentList.Arguments.Select(a => Parse(a.Expression)).ToEquatableArray(), type);
            }

            if (Semantics.GetSymbolInfo(element.Expression).Symbol is { Kind: SymbolKind.Field or SymbolKind.Property } field && _scope.IsInaccessible(field))
            {
                return _scope.Inaccessible(element.Expression, field);
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
            if (Semantics.GetSymbolInfo(binary).Symbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } userOperator && !GenericMath.IsScalarMember(userOperator))
            {
                return Structs.Inline(userOperator, new[] { binary.Left, binary.Right }, null, Parse) is { } inlined
                    ? Converted(inlined, type)
                    : _scope.Unsupported(binary, "operator '" + binary.OperatorToken.ValueText + "' declared by '" + userOperator.ContainingType.Name + "' (GradGen inlines a struct's operators marked [Differentiable] whose body is one expression)");
            }

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
