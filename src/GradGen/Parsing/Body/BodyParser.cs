using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Turns the body of a [Differentiable] method into an <see cref="ExactBody"/>, or reports GG0100 at each
    /// construct outside the supported set and gives null, so that the gradient falls back to the centered difference.
    /// </summary>
    internal sealed class BodyParser
    {
        private const string GradientPropertyName = "Gradient";
        private const int NumericGradient = 1;
        private const int CenteredDifferenceGradient = 2;

        private readonly BodyScope _scope;
        private readonly BodyExpressionParser _expressions;
        private readonly CancellationToken _cancellationToken;
        private readonly bool _vectorValued;
        private int _loopDepth;

        /// <summary>The local array a vector-valued method returns, once a <c>return</c> has named one.</summary>
        private string? _returnedArray;

        /// <summary>Whether a <c>return</c> of the vector-valued method lists its elements.</summary>
        private bool _returnsElements;

        /// <summary>The struct the method returns, whose leaves are its outputs (issue 19); null for any other result.</summary>
        private Structs.StructLayout? _structResult;

        /// <summary>In the copy of a struct-returning method that returns one leaf of its result, that leaf; else null.</summary>
        private int? _resultLeaf;

        private BodyParser(BodyScope scope, bool vectorValued, CancellationToken cancellationToken)
        {
            _scope = scope;
            _vectorValued = vectorValued;
            _expressions = new BodyExpressionParser(scope);
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Whether <c>[Differentiable(Gradient = GradientMethod.Numeric)]</c> or <c>GradientMethod.CenteredDifference</c>
        /// asks for a numeric gradient.
        /// </summary>
        public static bool WantsNumericGradient(AttributeData attribute) =>
            attribute.NamedArguments.Any(argument => argument.Key == GradientPropertyName && argument.Value.Value is int value && value is NumericGradient or CenteredDifferenceGradient);

        /// <summary>How a numeric gradient is estimated: the centered difference where the attribute asks for it.</summary>
        public static NumericGradientScheme NumericSchemeOf(AttributeData attribute) =>
            attribute.NamedArguments.Any(argument => argument.Key == GradientPropertyName && argument.Value.Value is int value && value == CenteredDifferenceGradient)
                ? NumericGradientScheme.CenteredDifference
                : NumericGradientScheme.Richardson;

        /// <param name="helpers">Parses the helpers the body calls (issue 14), whose models go into the method's.</param>
        public static ExactBody? Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel semanticModel, DiagnosticList warnings, HelperParser helpers, CancellationToken cancellationToken) =>
            Parse(method, syntax, syntax.Body, syntax.ExpressionBody, new BodyScope(method, semanticModel, warnings, helpers), cancellationToken);

        /// <summary>The body of a helper, a method or local function without [Differentiable] that <paramref name="chain"/> leads to.</summary>
        /// <param name="flat">
        /// For the hidden flattened copy of a method that takes, returns or is a member of structs (issue 19): its
        /// signature, whose receiver leaves stand for <c>this</c>.
        /// </param>
        /// <param name="resultLeaf">
        /// For a method that returns a struct, the one leaf of the result this copy returns: every <c>return e;</c>
        /// becomes <c>return</c> that leaf of <c>e</c>.
        /// </param>
        public static ExactBody? ParseHelper(IMethodSymbol helper, SyntaxNode declaration, SemanticModel semanticModel, DiagnosticList warnings, HelperParser helpers, string chain, CancellationToken cancellationToken, Structs.FlatSignature? flat = null, int? resultLeaf = null)
        {
            var scope = new BodyScope(helper, semanticModel, warnings, helpers, chain);
            if (flat?.Receiver is { } receiver)
            {
                scope.DeclareReceiver(receiver, flat.ReceiverNames);
            }

            return declaration switch
            {
                MethodDeclarationSyntax method => Parse(helper, method, method.Body, method.ExpressionBody, scope, cancellationToken, resultLeaf),
                LocalFunctionStatementSyntax function => Parse(helper, function, function.Body, function.ExpressionBody, scope, cancellationToken),
                AccessorDeclarationSyntax getter => Parse(helper, getter, getter.Body, getter.ExpressionBody, scope, cancellationToken, resultLeaf),
                ArrowExpressionClauseSyntax property => Parse(helper, property, null, property, scope, cancellationToken, resultLeaf),
                _ => null,
            };
        }

        private static ExactBody? Parse(IMethodSymbol method, SyntaxNode syntax, BlockSyntax? body, ArrowExpressionClauseSyntax? expressionBody, BodyScope scope, CancellationToken cancellationToken, int? resultLeaf = null)
        {
            SyntaxNode? code = (SyntaxNode?)expressionBody ?? body;
            if (code is not null && BodyErrors.Any(method, code, scope.SemanticModel, cancellationToken))
            {
                // Half-typed code: the compiler reports the errors; the exact gradient waits until the body compiles.
                return null;
            }

            var outputParameter = method.ReturnsVoid ? method.Parameters.FirstOrDefault(ParameterParser.IsOutput) : null;
            var vectorValued = resultLeaf is null && OutputParser.IsVectorValued(method);
            var parser = new BodyParser(scope, vectorValued, cancellationToken);
            parser._structResult = scope.LayoutOf(method.ReturnType, out _);
            parser._resultLeaf = resultLeaf;
            var statements = new List<BodyStatement>();
            if (outputParameter is not null)
            {
                parser.DeclareOutput(outputParameter, statements);
            }

            if (expressionBody is { } written && outputParameter is not null)
            {
                parser.ParseStatementExpression(written.Expression, statements);
            }
            else if (expressionBody is { } arrow)
            {
                statements.Add(parser.ParseReturn(arrow.Expression));
            }
            else if (body is { } block)
            {
                parser.ParseBlock(block.Statements, statements);
            }
            else
            {
                scope.Unsupported(syntax, "method without a body");
            }

            if (parser._returnedArray is { } output && outputParameter is not null && statements[statements.Count - 1] is not ReturnVectorStatement)
            {
                statements.Add(new ReturnVectorStatement(EquatableArray<BodyExpression>.Empty, output));
            }

            return scope.Failed ? null : new ExactBody(scope.Variables, statements.ToEquatableArray());
        }

        /// <summary>
        /// An [Output] array (issue 13): a local array of its length stands for it in the body, created first, and
        /// every <c>return;</c> (and the end of the body) returns that local, as if the method returned it.
        /// </summary>
        private void DeclareOutput(IParameterSymbol parameter, List<BodyStatement> output)
        {
            var array = _scope.Find(parameter)!;
            var local = _scope.DeclareLocal(parameter, parameter.Name, array.Type, 1);
            output.Add(Assign(local.Name, EquatableArray<BodyExpression>.Empty, new NewArrayExpression(new BodyExpression[] { new LengthExpression(array.Name, null) }.ToEquatableArray(), array.Type)));
            _returnedArray = local.Name;
        }

        private EquatableArray<BodyStatement> ParseNested(StatementSyntax? statement)
        {
            var statements = new List<BodyStatement>();
            if (statement is BlockSyntax block)
            {
                ParseBlock(block.Statements, statements);
            }
            else if (statement is not null)
            {
                ParseStatement(statement, statements);
            }

            return statements.ToEquatableArray();
        }

        private EquatableArray<BodyStatement> ParseLoopBody(StatementSyntax statement)
        {
            _loopDepth++;
            var body = ParseNested(statement);
            _loopDepth--;
            return body;
        }

        private void ParseBlock(IEnumerable<StatementSyntax> block, List<BodyStatement> output)
        {
            foreach (var statement in block)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                ParseStatement(statement, output);
            }
        }

        private void ParseStatement(StatementSyntax statement, List<BodyStatement> output)
        {
            switch (statement)
            {
                case BlockSyntax block:
                    ParseBlock(block.Statements, output);
                    break;
                case EmptyStatementSyntax:
                    break;
                case LocalDeclarationStatementSyntax declaration:
                    ParseDeclaration(declaration, output);
                    break;
                case ExpressionStatementSyntax expression:
                    ParseStatementExpression(expression.Expression, output);
                    break;
                case IfStatementSyntax @if:
                    output.Add(new IfStatement(_expressions.Parse(@if.Condition), ParseNested(@if.Statement), ParseNested(@if.Else?.Statement)));
                    break;
                case WhileStatementSyntax @while:
                    output.Add(new LoopStatement(_expressions.Parse(@while.Condition), ParseLoopBody(@while.Statement), EquatableArray<BodyStatement>.Empty, TestsAfterBody: false));
                    break;
                case DoStatementSyntax @do:
                    output.Add(new LoopStatement(_expressions.Parse(@do.Condition), ParseLoopBody(@do.Statement), EquatableArray<BodyStatement>.Empty, TestsAfterBody: true));
                    break;
                case ForStatementSyntax @for:
                    ParseFor(@for, output);
                    break;
                case ForEachStatementSyntax @foreach:
                    ParseForEach(@foreach, output);
                    break;
                case BreakStatementSyntax:
                    output.Add(new BreakStatement());
                    break;
                case ContinueStatementSyntax:
                    output.Add(new ContinueStatement());
                    break;
                case ReturnStatementSyntax { Expression: { } value }:
                    output.Add(ParseReturn(value));
                    break;
                case ReturnStatementSyntax when _returnedArray is { } written && _vectorValued:
                    // 'return;' in a method with an [Output] array.
                    output.Add(new ReturnVectorStatement(EquatableArray<BodyExpression>.Empty, written));
                    break;
                case SwitchStatementSyntax @switch:
                    ParseSwitch(@switch, output);
                    break;
                case LocalFunctionStatementSyntax:
                    // Its calls are inlined where they are (or reported there); the declaration itself does nothing.
                    break;
                default:
                    _scope.Unsupported(statement);
                    break;
            }
        }

        /// <summary>
        /// A <c>switch</c> statement as <c>if</c> / <c>else if</c> in the order of its sections (C#'s order of matching),
        /// the default section last (also reached, at its place, through the other labels it carries). The
        /// <c>break</c> that ends a section ends the <c>if</c> branch; a <c>break</c> earlier in a section would need a
        /// flag and is GG0100.
        /// </summary>
        private void ParseSwitch(SwitchStatementSyntax @switch, List<BodyStatement> output)
        {
            var subject = _expressions.Patterns.Subject(@switch.Expression);
            var branches = new List<(BodyExpression Condition, EquatableArray<BodyStatement> Body)>();
            var otherwise = EquatableArray<BodyStatement>.Empty;
            foreach (var section in @switch.Sections)
            {
                var body = ParseSection(@switch, section);
                var cases = section.Labels.Where(label => label is not DefaultSwitchLabelSyntax).Select(label => _expressions.Patterns.Of(label, subject)).ToList();
                if (cases.Count > 0)
                {
                    branches.Add((cases.Aggregate((a, b) => new BinaryExpression(BinaryOperator.Or, a, b, BodyType.Bool)), body));
                }

                if (section.Labels.Any(label => label is DefaultSwitchLabelSyntax))
                {
                    otherwise = body;
                }
            }

            var lowered = otherwise;
            for (var i = branches.Count - 1; i >= 0; i--)
            {
                lowered = new BodyStatement[] { new IfStatement(branches[i].Condition, branches[i].Body, lowered) }.ToEquatableArray();
            }

            output.AddRange(lowered);
        }

        private EquatableArray<BodyStatement> ParseSection(SwitchStatementSyntax @switch, SwitchSectionSyntax section)
        {
            var body = new List<BodyStatement>();
            ParseBlock(section.Statements, body);
            var last = LastStatement(section.Statements);
            if (last is BreakStatementSyntax && body.Count > 0 && body[body.Count - 1] is BreakStatement)
            {
                body.RemoveAt(body.Count - 1);
            }

            foreach (var early in section.DescendantNodes().OfType<BreakStatementSyntax>().Where(b => b != last && BreaksOutOf(b) == @switch))
            {
                _scope.Unsupported(early, "'break' before the end of a 'switch' section");
            }

            return body.ToEquatableArray();
        }

        /// <summary>The statement a section ends with, looking into a block it ends with (<c>case 1: { ...; break; }</c>).</summary>
        private static StatementSyntax? LastStatement(SyntaxList<StatementSyntax> statements) =>
            statements.Count == 0 ? null
            : statements[statements.Count - 1] is BlockSyntax block ? LastStatement(block.Statements)
            : statements[statements.Count - 1];

        /// <summary>The loop or switch a <c>break</c> leaves.</summary>
        private static SyntaxNode? BreaksOutOf(BreakStatementSyntax statement) =>
            statement.Ancestors().FirstOrDefault(node => node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or ForEachStatementSyntax or SwitchStatementSyntax);

        private BodyStatement ParseReturn(ExpressionSyntax value) =>
            _vectorValued ? ParseVectorReturn(value)
            : _resultLeaf is { } leaf && _structResult is { } layout ? new ReturnStatement(_expressions.Structs.Leaves(value, layout)[leaf])
            : new ReturnStatement(_expressions.Parse(value));

        /// <summary>
        /// The return of a vector-valued method (issue 13): a tuple written out, <c>(a, b)</c>; an array created with
        /// its elements, <c>new double[] { a, b }</c>; or a local array. Every <c>return</c> of one local array must
        /// name the same one, and the method must not also list elements elsewhere, so that one array is the output.
        /// </summary>
        private BodyStatement ParseVectorReturn(ExpressionSyntax value)
        {
            if (_structResult is { } layout)
            {
                return new ReturnVectorStatement(_expressions.Structs.Leaves(value, layout).ToEquatableArray(), null);
            }

            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            var elements = value switch
            {
                TupleExpressionSyntax tuple => tuple.Arguments.Select(a => a.Expression).ToList(),
                ArrayCreationExpressionSyntax { Initializer: { } initializer } creation when creation.Type.RankSpecifiers.Count == 1 && creation.Type.RankSpecifiers[0].Rank == 1 => initializer.Expressions.ToList(),
                ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } implicitCreation => implicitCreation.Initializer.Expressions.ToList(),
                _ => null,
            };
            var dummy = new ReturnStatement(new LiteralExpression("0", BodyType.Double));
            if (elements is not null)
            {
                _returnsElements = true;
                if (_returnedArray is not null)
                {
                    _scope.Unsupported(value, "a return of listed elements beside a return of the local array '" + _returnedArray + "' (return the one array everywhere, or list the elements everywhere)");
                    return dummy;
                }

                return new ReturnVectorStatement(elements.Select(_expressions.Parse).ToEquatableArray(), null);
            }

            var array = value is IdentifierNameSyntax ? _expressions.ArrayVariable(value) : null;
            if (array is not { Kind: VariableKind.Local, Rank: 1 })
            {
                _scope.Unsupported(value, "the return of '" + value + "' (a vector-valued method returns a tuple written out, 'new double[] { ... }', or a local array created by 'new double[n]')");
                return dummy;
            }

            if (_returnsElements || (_returnedArray is not null && _returnedArray != array.Name))
            {
                _scope.Unsupported(value, "a return of the local array '" + array.Name + "' beside another return (return the one array everywhere, or list the elements everywhere)");
                return dummy;
            }

            _returnedArray = array.Name;
            return new ReturnVectorStatement(EquatableArray<BodyExpression>.Empty, array.Name);
        }

        private void ParseDeclaration(LocalDeclarationStatementSyntax declaration, List<BodyStatement> output)
        {
            if (declaration.IsConst)
            {
                return;
            }

            if (declaration.UsingKeyword.RawKind != 0)
            {
                _scope.Unsupported(declaration, "'using' declaration");
                return;
            }

            ParseVariables(declaration.Declaration, output);
        }

        /// <summary>Declares each local and turns its initializer into an assignment; local arrays must be created by <c>new T[...]</c>.</summary>
        private void ParseVariables(VariableDeclarationSyntax declaration, List<BodyStatement> output)
        {
            if (declaration.Type is RefTypeSyntax)
            {
                _scope.Unsupported(declaration, "'ref' local");
                return;
            }

            foreach (var declarator in declaration.Variables)
            {
                var symbol = _scope.SemanticModel.GetDeclaredSymbol(declarator) as ILocalSymbol;
                var structType = symbol?.Type is IArrayTypeSymbol structArray ? structArray.ElementType : symbol?.Type;
                string? problem = null;
                if (symbol is not null && _scope.LayoutOf(structType, out problem) is { } layout)
                {
                    ParseStructLocal(declarator, symbol, layout, output);
                    continue;
                }

                if (problem is not null)
                {
                    _scope.Unsupported(declarator, "local '" + declarator.Identifier.ValueText + "' of " + problem);
                    continue;
                }

                if (symbol is null || BodyScope.ShapeOf(symbol.Type) is not { } shape || (shape.Rank > 0 && !shape.Type.IsReal()))
                {
                    _scope.Unsupported(declarator, "local '" + declarator.Identifier.ValueText + "' of type '" + symbol?.Type.ToDisplayString() + "'");
                    continue;
                }

                if (shape.Layout.IsSpan())
                {
                    ParseSliceDeclaration(declarator, symbol, output);
                    continue;
                }

                var local = _scope.DeclareLocal(symbol, symbol.Name, shape.Type, shape.Rank, shape.Layout);
                if (declarator.Initializer is not { Value: var value })
                {
                    continue;
                }

                if (shape.Rank == 0)
                {
                    output.Add(new AssignStatement(local.Name, EquatableArray<BodyExpression>.Empty, _expressions.Parse(value), IsDeclaration: true));
                }
                else if (_loopDepth > 0)
                {
                    _scope.Unsupported(declarator, "local array '" + local.Name + "' created inside a loop (create it before the loop)");
                }
                else if (shape.Layout == ArrayLayout.Jagged)
                {
                    ParseJaggedCreation(local, value, output);
                }
                else if (value is ArrayCreationExpressionSyntax { Initializer: null } creation && creation.Type.RankSpecifiers.Count == 1)
                {
                    var lengths = creation.Type.RankSpecifiers[0].Sizes.Select(_expressions.Parse).ToEquatableArray();
                    output.Add(Assign(local.Name, EquatableArray<BodyExpression>.Empty, new NewArrayExpression(lengths, shape.Type)));
                }
                else if (shape.Rank == 1 && value is InvocationExpressionSyntax invocation && _expressions.ParseVectorCall(invocation) is { } call)
                {
                    // var p = Softmax(z): the outputs of a vector-valued callee (issue 13).
                    output.Add(Assign(local.Name, EquatableArray<BodyExpression>.Empty, call));
                }
                else
                {
                    _scope.Unsupported(value, "local array '" + local.Name + "' not created by 'new " + shape.Type.Keyword() + "[...]'");
                }
            }
        }

        /// <summary>
        /// <c>var s = x.Slice(a, n);</c> (or <c>x[a..b]</c>) of a span parameter or of another slice (issue 14): <c>s</c> is
        /// no variable of its own but stands for <c>x</c> from a start, both kept in hidden locals set here, so that
        /// <c>s[i]</c> is <c>x[start + i]</c> and <c>s.Length</c> the length.
        /// </summary>
        private void ParseSliceDeclaration(VariableDeclaratorSyntax declarator, ILocalSymbol symbol, List<BodyStatement> output)
        {
            if (declarator.Initializer is not { Value: var value } || _expressions.ParseSliceOf(value) is not { } slice)
            {
                _scope.Unsupported(declarator, "local span '" + symbol.Name + "' not created by 'x.Slice(a, n)' or 'x[a..b]' of a span parameter");
                return;
            }

            var start = _scope.DeclareLocal(null, symbol.Name + "Start", BodyType.Int, 0);
            var length = _scope.DeclareLocal(null, symbol.Name + "Length", BodyType.Int, 0);
            output.Add(new AssignStatement(start.Name, EquatableArray<BodyExpression>.Empty, slice.Start, IsDeclaration: true));
            output.Add(new AssignStatement(length.Name, EquatableArray<BodyExpression>.Empty, slice.Length, IsDeclaration: true));
            _scope.DeclareSlice(symbol, slice.Span, new VariableExpression(start.Name, BodyType.Int), new VariableExpression(length.Name, BodyType.Int));
        }

        /// <summary><c>var a = new double[n][];</c>: an array of arrays whose rows the body then creates one by one (issue 14).</summary>
        private void ParseJaggedCreation(BodyVariable local, ExpressionSyntax value, List<BodyStatement> output)
        {
            if (value is ArrayCreationExpressionSyntax { Initializer: null, Type.RankSpecifiers: { Count: 2 } specifiers }
                && specifiers[0].Sizes.Count == 1 && specifiers[1].Sizes.All(size => size is OmittedArraySizeExpressionSyntax))
            {
                var length = _expressions.Parse(specifiers[0].Sizes[0]);
                output.Add(Assign(local.Name, EquatableArray<BodyExpression>.Empty, new NewArrayExpression(new[] { length }.ToEquatableArray(), local.Type, Jagged: true)));
            }
            else
            {
                _scope.Unsupported(value, "local array of arrays '" + local.Name + "' not created by 'new " + local.Type.Keyword() + "[n][]'");
            }
        }

        /// <summary>
        /// A struct local (issue 19): one local per leaf, assigned the leaves of its initializer; a local array of
        /// structs, one local array per leaf, created by <c>new Vec2[n]</c> outside loops as other local arrays are.
        /// </summary>
        private void ParseStructLocal(VariableDeclaratorSyntax declarator, ILocalSymbol symbol, Structs.StructLayout layout, List<BodyStatement> output)
        {
            var rank = symbol.Type is IArrayTypeSymbol array ? array.Rank : 0;
            var local = _scope.DeclareStructLocal(symbol, layout, rank);
            if (declarator.Initializer is not { Value: var value })
            {
                return;
            }

            if (rank == 0)
            {
                var leaves = _expressions.Structs.Leaves(value, layout);
                output.AddRange(local.Leaves.Select((leaf, i) => new AssignStatement(leaf.Name, EquatableArray<BodyExpression>.Empty, leaves[i], IsDeclaration: true)));
            }
            else if (_loopDepth > 0)
            {
                _scope.Unsupported(declarator, "local array '" + symbol.Name + "' created inside a loop (create it before the loop)");
            }
            else if (value is ArrayCreationExpressionSyntax { Initializer: null } creation && creation.Type.RankSpecifiers.Count == 1)
            {
                var lengths = creation.Type.RankSpecifiers[0].Sizes.Select(_expressions.Parse).ToEquatableArray();
                output.AddRange(local.Leaves.Select(leaf => Assign(leaf.Name, EquatableArray<BodyExpression>.Empty, new NewArrayExpression(lengths, leaf.Type))));
            }
            else
            {
                _scope.Unsupported(value, "local array '" + symbol.Name + "' not created by 'new " + layout.Type.Name + "[...]'");
            }
        }

        /// <summary>
        /// <c>q = value</c>, <c>ps[i] = value</c>, <c>q.Pos = value</c> of a struct (issue 19), and for
        /// <c>System.Numerics</c> vectors <c>q += v</c>, <c>q -= v</c>, <c>q *= s</c>, <c>q /= s</c>: one assignment per leaf.
        /// The value is whole before any leaf changes, so where it reads a leaf assigned, every leaf goes through a local of its own first.
        /// </summary>
        private void ParseStructAssignment(AssignmentExpressionSyntax assignment, Structs.StructLayout layout, List<BodyStatement> output)
        {
            if (StructTargets(assignment.Left, layout) is not { } targets)
            {
                return;
            }

            var structs = _expressions.Structs;
            var reads = targets.Select(t => t.Read).ToList();
            var rightIsStruct = structs.LayoutOf(assignment.Right) is not null;
            IReadOnlyList<BodyExpression> values;
            switch (assignment.Kind())
            {
                case SyntaxKind.SimpleAssignmentExpression:
                    values = structs.Leaves(assignment.Right, layout);
                    break;
                case SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression when layout.IsNumerics && rightIsStruct:
                    values = StructExpressions.Combine(assignment.IsKind(SyntaxKind.AddAssignmentExpression) ? BinaryOperator.Add : BinaryOperator.Subtract, reads, structs.Leaves(assignment.Right, layout));
                    break;
                case SyntaxKind.MultiplyAssignmentExpression or SyntaxKind.DivideAssignmentExpression when layout.IsNumerics:
                    var op = assignment.IsKind(SyntaxKind.MultiplyAssignmentExpression) ? BinaryOperator.Multiply : BinaryOperator.Divide;
                    values = rightIsStruct ? StructExpressions.Combine(op, reads, structs.Leaves(assignment.Right, layout)) : StructExpressions.Scale(op, reads, _expressions.Parse(assignment.Right));
                    break;
                default:
                    _scope.Unsupported(assignment, "operator '" + assignment.OperatorToken.ValueText + "' on struct '" + layout.Type.Name + "'");
                    return;
            }

            var assigned = new HashSet<string>(targets.Select(t => t.Name));
            if (!values.Any(value => BodyExpressions.VariablesIn(value).Any(assigned.Contains)))
            {
                output.AddRange(targets.Select((t, i) => Assign(t.Name, t.Indices, values[i])));
                return;
            }

            var temporaries = targets.Select((t, i) => _scope.DeclareLocal(null, t.Name + "Value", values[i].Type, 0)).ToList();
            output.AddRange(values.Select((value, i) => new AssignStatement(temporaries[i].Name, EquatableArray<BodyExpression>.Empty, value, IsDeclaration: true)));
            output.AddRange(targets.Select((t, i) => Assign(t.Name, t.Indices, new VariableExpression(temporaries[i].Name, values[i].Type))));
        }

        /// <summary>
        /// What an assignment to a struct writes, leaf by leaf: a struct local or by-value parameter, an element of a
        /// local array of structs, or a struct field of one of these; null (reported) for anything else.
        /// </summary>
        private List<(string Name, EquatableArray<BodyExpression> Indices, BodyExpression Read)>? StructTargets(ExpressionSyntax target, Structs.StructLayout layout)
        {
            var structs = _expressions.Structs;
            switch (target)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return StructTargets(parenthesized.Expression, layout);
                case IdentifierNameSyntax identifier when _scope.FindStruct(_scope.SemanticModel.GetSymbolInfo(identifier).Symbol) is { Rank: 0 } variable:
                    return variable.Leaves.Select(leaf => (leaf.Name, EquatableArray<BodyExpression>.Empty, (BodyExpression)new VariableExpression(leaf.Name, leaf.Type))).ToList();
                case ElementAccessExpressionSyntax element when structs.ArrayVariable(element.Expression) is { IsParameter: false } array:
                    var indices = element.ArgumentList.Arguments.Select(a => _expressions.Parse(a.Expression)).ToEquatableArray();
                    return array.Leaves.Select(leaf => (leaf.Name, indices, (BodyExpression)new ElementExpression(leaf.Name, indices, leaf.Type))).ToList();
                case ElementAccessExpressionSyntax element when structs.ArrayVariable(element.Expression) is not null:
                    _scope.Unsupported(target, "write to parameter array '" + element.Expression + "' (the gradient never writes to its inputs; copy it into a local array first)");
                    return null;
                case MemberAccessExpressionSyntax member when structs.Member(member) is { Nested: not null } field
                    && StructTargets(member.Expression, structs.LayoutOf(member.Expression)!) is { } owner:
                    return owner.Skip(field.FirstLeaf).Take(field.LeafCount).ToList();
                case MemberAccessExpressionSyntax member when structs.Member(member) is { Nested: not null }:
                    return null;
                default:
                    _scope.Unsupported(target, "assignment to '" + target + "'");
                    return null;
            }
        }

        private void ParseFor(ForStatementSyntax @for, List<BodyStatement> output)
        {
            if (@for.Declaration is { } declaration)
            {
                ParseVariables(declaration, output);
            }

            foreach (var initializer in @for.Initializers)
            {
                ParseStatementExpression(initializer, output);
            }

            var increment = new List<BodyStatement>();
            foreach (var incrementor in @for.Incrementors)
            {
                ParseStatementExpression(incrementor, increment);
            }

            var condition = @for.Condition is null ? new LiteralExpression("true", BodyType.Bool) : _expressions.Parse(@for.Condition);
            output.Add(new LoopStatement(condition, ParseLoopBody(@for.Statement), increment.ToEquatableArray(), TestsAfterBody: false));
        }

        /// <summary>
        /// <c>foreach (var v in a)</c> over an array: a loop over a hidden index <c>k</c> from 0 to <c>a.Length</c>. For
        /// an array of rank 2 or more, the element's indices come from <c>k</c> in row-major order, as <c>foreach</c>
        /// visits them (<c>a[k / n1, k % n1]</c> with <c>n1 = a.GetLength(1)</c>), so that <c>break</c> and
        /// <c>continue</c> keep their meaning in one loop.
        /// </summary>
        private void ParseForEach(ForEachStatementSyntax @foreach, List<BodyStatement> output)
        {
            var array = _expressions.ArrayVariable(@foreach.Expression);
            var symbol = _scope.SemanticModel.GetDeclaredSymbol(@foreach);
            var structs = _expressions.Structs.ArrayVariable(@foreach.Expression);
            if (structs is not null && symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.Type, structs.Layout.Type))
            {
                // Over an array of structs (issue 19): the loop variable's leaves are the elements of the leaf arrays.
                var leaves = _scope.DeclareStructLocal(symbol, structs.Layout, 0).Leaves;
                WriteForEach(@foreach, symbol, structs.Leaves[0], output, indices => leaves.Select((leaf, i) => Assign(leaf.Name, EquatableArray<BodyExpression>.Empty, new ElementExpression(structs.Leaves[i].Name, indices, leaf.Type))));
                return;
            }

            if (array is { Layout: ArrayLayout.Jagged } && symbol is { Type: IArrayTypeSymbol })
            {
                ParseForEachRow(@foreach, array, symbol, output);
                return;
            }

            if (array is null && symbol is not null && _expressions.Slice(@foreach.Expression) is { } slice && BodyTypes.Of(symbol.Type) is { } sliceItem)
            {
                ParseForEachOver(@foreach, slice.Span, k => new BodyExpression[] { new BinaryExpression(BinaryOperator.Add, slice.Start, k, BodyType.Int) }, slice.Length, symbol, sliceItem, output);
                return;
            }

            if (array is null && symbol is not null && _expressions.Row(@foreach.Expression) is { } row && BodyTypes.Of(symbol.Type) is { } itemType)
            {
                ParseForEachInRow(@foreach, row.Array, row.Index, symbol, itemType, output);
                return;
            }

            if (array is null || symbol is null || BodyTypes.Of(symbol.Type) is not { } type)
            {
                _scope.Unsupported(@foreach.Expression, "'foreach' over something other than an array");
                return;
            }

            var item = _scope.DeclareLocal(symbol, symbol.Name, type, 0);
            // foreach converts each element to the loop variable's type, explicitly: (float)x[i] or (int)x[i] over a double[].
            WriteForEach(@foreach, symbol, array, output, indices =>
            {
                BodyExpression element = new ElementExpression(array.Name, indices, array.Type);
                return new[] { Assign(item.Name, EquatableArray<BodyExpression>.Empty, type != array.Type ? new CastExpression(element, type) : element) };
            });
        }

        /// <summary>The loop of a <c>foreach</c> over <paramref name="array"/>: the hidden index, the loop variable's assignments from the element's indices, then the body.</summary>
        private void WriteForEach(ForEachStatementSyntax @foreach, ILocalSymbol symbol, BodyVariable array, List<BodyStatement> output, System.Func<EquatableArray<BodyExpression>, IEnumerable<BodyStatement>> item)
        {
            var index = _scope.DeclareLocal(null, symbol.Name + "Index", BodyType.Int, 0);
            var indexRead = new VariableExpression(index.Name, BodyType.Int);
            var one = new LiteralExpression("1", BodyType.Int);
            var body = new List<BodyStatement>(item(ElementIndices(array, indexRead)));
            body.AddRange(ParseLoopBody(@foreach.Statement));

            output.Add(new AssignStatement(index.Name, EquatableArray<BodyExpression>.Empty, new LiteralExpression("0", BodyType.Int), IsDeclaration: true));
            output.Add(new LoopStatement(
                new BinaryExpression(BinaryOperator.Less, indexRead, new LengthExpression(array.Name, null), BodyType.Bool),
                body.ToEquatableArray(),
                new BodyStatement[] { Assign(index.Name, EquatableArray<BodyExpression>.Empty, new BinaryExpression(BinaryOperator.Add, indexRead, one, BodyType.Int)) }.ToEquatableArray(),
                TestsAfterBody: false));
        }

        /// <summary>
        /// <c>foreach (var row in a)</c> over the rows of an array of arrays (issue 14): a loop over a hidden index
        /// <c>k</c>, in which <c>row</c> stands for <c>a[k]</c> (its elements, its <c>Length</c>, a <c>foreach</c> over it).
        /// </summary>
        private void ParseForEachRow(ForEachStatementSyntax @foreach, BodyVariable array, ILocalSymbol symbol, List<BodyStatement> output)
        {
            var index = _scope.DeclareLocal(null, symbol.Name + "Index", BodyType.Int, 0);
            var indexRead = new VariableExpression(index.Name, BodyType.Int);
            _scope.DeclareRow(symbol, array, indexRead);
            output.Add(new AssignStatement(index.Name, EquatableArray<BodyExpression>.Empty, new LiteralExpression("0", BodyType.Int), IsDeclaration: true));
            output.Add(new LoopStatement(
                new BinaryExpression(BinaryOperator.Less, indexRead, new LengthExpression(array.Name, null), BodyType.Bool),
                ParseLoopBody(@foreach.Statement),
                new BodyStatement[] { Assign(index.Name, EquatableArray<BodyExpression>.Empty, new BinaryExpression(BinaryOperator.Add, indexRead, new LiteralExpression("1", BodyType.Int), BodyType.Int)) }.ToEquatableArray(),
                TestsAfterBody: false));
        }

        /// <summary>
        /// <c>foreach (var v in a[i])</c> (or over the variable of a <c>foreach</c> over rows): a loop over a hidden
        /// index <c>k</c> reading <c>a[i][k]</c>. The loop reads <c>a[i]</c> again each time, so the body must not
        /// assign what <c>i</c> reads, as C#'s <c>foreach</c> reads the row once.
        /// </summary>
        private void ParseForEachInRow(ForEachStatementSyntax @foreach, BodyVariable array, BodyExpression row, ILocalSymbol symbol, BodyType type, List<BodyStatement> output)
        {
            var assigned = AssignedNames(@foreach.Statement);
            if (BodyExpressions.VariablesIn(row).Any(assigned.Contains))
            {
                _scope.Unsupported(@foreach.Expression, "'foreach' over the row '" + @foreach.Expression + "' whose index the loop assigns");
                return;
            }

            ParseForEachOver(@foreach, array, k => new[] { new RowIndexExpression(row), k }, new RowLengthExpression(array.Name, row), symbol, type, output);
        }

        /// <summary>
        /// A <c>foreach</c> over <paramref name="length"/> elements of <paramref name="array"/>, the k-th at
        /// <paramref name="indices"/>(k): a loop over a hidden index, the loop variable assigned the element first.
        /// </summary>
        private void ParseForEachOver(ForEachStatementSyntax @foreach, BodyVariable array, System.Func<BodyExpression, BodyExpression[]> indices, BodyExpression length, ILocalSymbol symbol, BodyType type, List<BodyStatement> output)
        {
            var item = _scope.DeclareLocal(symbol, symbol.Name, type, 0);
            var index = _scope.DeclareLocal(null, symbol.Name + "Index", BodyType.Int, 0);
            var indexRead = new VariableExpression(index.Name, BodyType.Int);
            BodyExpression element = new ElementExpression(array.Name, indices(indexRead).ToEquatableArray(), array.Type);
            if (type != array.Type)
            {
                element = new CastExpression(element, type);
            }

            var body = new List<BodyStatement> { Assign(item.Name, EquatableArray<BodyExpression>.Empty, element) };
            body.AddRange(ParseLoopBody(@foreach.Statement));
            output.Add(new AssignStatement(index.Name, EquatableArray<BodyExpression>.Empty, new LiteralExpression("0", BodyType.Int), IsDeclaration: true));
            output.Add(new LoopStatement(
                new BinaryExpression(BinaryOperator.Less, indexRead, length, BodyType.Bool),
                body.ToEquatableArray(),
                new BodyStatement[] { Assign(index.Name, EquatableArray<BodyExpression>.Empty, new BinaryExpression(BinaryOperator.Add, indexRead, new LiteralExpression("1", BodyType.Int), BodyType.Int)) }.ToEquatableArray(),
                TestsAfterBody: false));
        }

        /// <summary>The names of the locals a statement assigns or increments, by their body names.</summary>
        private HashSet<string> AssignedNames(StatementSyntax statement)
        {
            var names = new HashSet<string>();
            foreach (var node in statement.DescendantNodesAndSelf())
            {
                var target = node switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left,
                    PostfixUnaryExpressionSyntax postfix => postfix.Operand,
                    PrefixUnaryExpressionSyntax prefix => prefix.Operand,
                    _ => null,
                };
                if (target is IdentifierNameSyntax && _scope.Find(_scope.SemanticModel.GetSymbolInfo(target).Symbol) is { } variable)
                {
                    names.Add(variable.Name);
                }
            }

            return names;
        }

        /// <summary>The indices of the element at row-major position <paramref name="flat"/>: <c>(k / (n1 n2)), (k / n2) % n1, k % n2</c>.</summary>
        private static EquatableArray<BodyExpression> ElementIndices(BodyVariable array, BodyExpression flat)
        {
            var indices = new BodyExpression[array.Rank];
            BodyExpression? stride = null;
            for (var d = array.Rank - 1; d >= 0; d--)
            {
                var quotient = stride is null ? flat : new BinaryExpression(BinaryOperator.Divide, flat, stride, BodyType.Int);
                var length = new LengthExpression(array.Name, new LiteralExpression(d.ToString(System.Globalization.CultureInfo.InvariantCulture), BodyType.Int));
                indices[d] = d == 0 ? quotient : new BinaryExpression(BinaryOperator.Remainder, quotient, length, BodyType.Int);
                stride = stride is null ? length : new BinaryExpression(BinaryOperator.Multiply, stride, length, BodyType.Int);
            }

            return indices.ToEquatableArray();
        }

        /// <summary>Assignments, compound assignments and increments, each spelled out as <c>target = value</c>.</summary>
        private void ParseStatementExpression(ExpressionSyntax expression, List<BodyStatement> output)
        {
            if (expression is AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax or TupleExpressionSyntax } deconstruction
                && deconstruction.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                ParseDeconstruction(deconstruction, output);
                return;
            }

            if (expression is AssignmentExpressionSyntax structAssignment && _expressions.Structs.LayoutOf(structAssignment.Left) is { } assignedStruct)
            {
                ParseStructAssignment(structAssignment, assignedStruct, output);
                return;
            }

            if (expression is AssignmentExpressionSyntax { Left: var rowTarget } rowAssignment && _expressions.Row(rowTarget) is { } row)
            {
                ParseRowAssignment(rowAssignment, row.Array, row.Index, output);
                return;
            }

            BinaryOperator? op;
            ExpressionSyntax target;
            BodyExpression? value;
            switch (expression)
            {
                case AssignmentExpressionSyntax assignment:
                    target = assignment.Left;
                    if (!TryCompoundOperator(assignment.Kind(), out op))
                    {
                        _scope.Unsupported(assignment, "operator '" + assignment.OperatorToken.ValueText + "'");
                        return;
                    }

                    value = _expressions.Parse(assignment.Right);
                    break;
                case PostfixUnaryExpressionSyntax { Operand: var operand } postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression):
                    target = operand;
                    op = postfix.IsKind(SyntaxKind.PostIncrementExpression) ? BinaryOperator.Add : BinaryOperator.Subtract;
                    value = new LiteralExpression("1", BodyType.Int);
                    break;
                case PrefixUnaryExpressionSyntax { Operand: var operand } prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
                    target = operand;
                    op = prefix.IsKind(SyntaxKind.PreIncrementExpression) ? BinaryOperator.Add : BinaryOperator.Subtract;
                    value = new LiteralExpression("1", BodyType.Int);
                    break;
                default:
                    _scope.Unsupported(expression);
                    return;
            }

            if (ParseTarget(target) is not { } written)
            {
                return;
            }

            if (op is { } compound)
            {
                if (compound == BinaryOperator.Remainder && written.Read.Type.IsReal())
                {
                    _scope.Unsupported(expression, "operator '%=' on floating-point values");
                    return;
                }

                var type = BodyTypeExtensions.Promote(written.Read.Type, value.Type);
                value = new BinaryExpression(compound, written.Read, value, type);
                if (type != written.Read.Type)
                {
                    value = new CastExpression(value, written.Read.Type);
                }
            }

            output.Add(Assign(written.Name, written.Indices, value));
        }

        /// <summary>
        /// <c>var (a, b) = (x * y, x + y);</c>, <c>(double a, var b) = ...</c> and <c>(a, b) = (b, a);</c>: one assignment
        /// per element. The tuple is evaluated whole before any element is assigned, so where an existing variable is
        /// assigned, every value goes through a local of its own first.
        /// </summary>
        private void ParseDeconstruction(AssignmentExpressionSyntax assignment, List<BodyStatement> output)
        {
            var targets = DeconstructionTargets(assignment.Left);
            if (targets is null || assignment.Right is not TupleExpressionSyntax tuple || tuple.Arguments.Count != targets.Count)
            {
                _scope.Unsupported(assignment, "deconstruction other than of a tuple written out, '(a, b) = (x * y, x + y)', into single variables");
                return;
            }

            var values = tuple.Arguments.Select(argument => _expressions.Parse(argument.Expression)).ToList();
            var assignsExisting = targets.Any(target => target is ExpressionSyntax);
            var assignments = new List<(string Name, EquatableArray<BodyExpression> Indices, BodyExpression Value, bool IsDeclaration)>();
            for (var i = 0; i < targets.Count; i++)
            {
                switch (targets[i])
                {
                    case SingleVariableDesignationSyntax designation:
                        if (_scope.SemanticModel.GetDeclaredSymbol(designation) is not ILocalSymbol symbol || BodyScope.ShapeOf(symbol.Type) is not { Rank: 0 } shape)
                        {
                            _scope.Unsupported(designation, "local '" + designation.Identifier.ValueText + "' of a type GradGen does not differentiate through");
                            continue;
                        }

                        var local = _scope.DeclareLocal(symbol, symbol.Name, shape.Type, 0);
                        assignments.Add((local.Name, EquatableArray<BodyExpression>.Empty, values[i], true));
                        break;
                    case ExpressionSyntax target when ParseTarget(target) is { } written:
                        assignments.Add((written.Name, written.Indices, values[i], false));
                        break;
                }
            }

            if (!assignsExisting)
            {
                output.AddRange(assignments.Select(a => new AssignStatement(a.Name, a.Indices, a.Value, a.IsDeclaration)));
                return;
            }

            var temporaries = assignments.Select(a => _scope.DeclareLocal(null, a.Name + "Value", a.Value.Type, 0)).ToList();
            output.AddRange(assignments.Select((a, i) => new AssignStatement(temporaries[i].Name, EquatableArray<BodyExpression>.Empty, a.Value, IsDeclaration: true)));
            output.AddRange(assignments.Select((a, i) => new AssignStatement(a.Name, a.Indices, new VariableExpression(temporaries[i].Name, a.Value.Type), a.IsDeclaration)));
        }

        /// <summary>
        /// What each element of a deconstruction's left side is: a new local (its designation), an existing variable
        /// or element (an expression), or a discard (null); null for nested tuples.
        /// </summary>
        private List<SyntaxNode?>? DeconstructionTargets(ExpressionSyntax left)
        {
            var targets = new List<SyntaxNode?>();
            if (left is DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax declared })
            {
                foreach (var variable in declared.Variables)
                {
                    switch (variable)
                    {
                        case SingleVariableDesignationSyntax single:
                            targets.Add(single);
                            break;
                        case DiscardDesignationSyntax:
                            targets.Add(null);
                            break;
                        default:
                            return null;
                    }
                }

                return targets;
            }

            if (left is not TupleExpressionSyntax tuple)
            {
                return null;
            }

            foreach (var argument in tuple.Arguments)
            {
                switch (argument.Expression)
                {
                    case DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax single }:
                        targets.Add(single);
                        break;
                    case DeclarationExpressionSyntax { Designation: DiscardDesignationSyntax }:
                        targets.Add(null);
                        break;
                    case IdentifierNameSyntax discard when _scope.SemanticModel.GetSymbolInfo(discard).Symbol is IDiscardSymbol:
                        targets.Add(null);
                        break;
                    case TupleExpressionSyntax or DeclarationExpressionSyntax:
                        return null;
                    case var expression:
                        targets.Add(expression);
                        break;
                }
            }

            return targets;
        }

        /// <summary>
        /// <c>a[i] = new double[m];</c>: a row of a local array of arrays created (issue 14). Any other write of a whole
        /// row (<c>a[i] = b</c>, <c>a[i] = a[j]</c>) would make two rows one array, which the model cannot follow.
        /// </summary>
        private void ParseRowAssignment(AssignmentExpressionSyntax assignment, BodyVariable array, BodyExpression index, List<BodyStatement> output)
        {
            if (array.Kind != VariableKind.Local)
            {
                _scope.Unsupported(assignment.Left, "write to a row of the parameter array '" + array.Name + "' (the gradient never writes to its inputs; copy it into a local array first)");
            }
            else if (assignment.Left is not ElementAccessExpressionSyntax || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                || assignment.Right is not ArrayCreationExpressionSyntax { Initializer: null, Type.RankSpecifiers: { Count: 1 } specifiers } || specifiers[0].Sizes.Count != 1)
            {
                _scope.Unsupported(assignment, "assignment to a row of '" + array.Name + "' other than 'a[i] = new " + array.Type.Keyword() + "[n]' (a row must be an array of its own)");
            }
            else
            {
                var length = _expressions.Parse(specifiers[0].Sizes[0]);
                output.Add(Assign(array.Name, new[] { index }.ToEquatableArray(), new NewArrayExpression(new[] { length }.ToEquatableArray(), array.Type)));
            }
        }

        /// <summary>
        /// What an assignment writes: a scalar local, a by-value scalar parameter, or an element of a local array.
        /// Writes to parameter arrays, by-reference parameters, fields and the like are reported.
        /// </summary>
        private (string Name, EquatableArray<BodyExpression> Indices, BodyExpression Read)? ParseTarget(ExpressionSyntax target)
        {
            if (target is ParenthesizedExpressionSyntax parenthesized)
            {
                return ParseTarget(parenthesized.Expression);
            }

            if (target is MemberAccessExpressionSyntax fieldAccess && _expressions.Structs.Member(fieldAccess) is { Nested: null } field)
            {
                // q.X = ..., ps[i].X += ...: one leaf of a struct (issue 19).
                return StructTargets(fieldAccess.Expression, _expressions.Structs.LayoutOf(fieldAccess.Expression)!) is { } owner ? owner[field.FirstLeaf] : null;
            }

            // a[i][j] = v writes an element of the array of arrays a (issue 14); row[j] = v one of the row a foreach visits.
            var root = target is ElementAccessExpressionSyntax element ? element.Expression : target;
            var row = _expressions.Row(root);
            while (root is ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax)
            {
                root = root is ElementAccessExpressionSyntax inner ? inner.Expression : ((ParenthesizedExpressionSyntax)root).Expression;
            }

            var symbol = _scope.SemanticModel.GetSymbolInfo(root).Symbol;
            var variable = row is { } found ? found.Array : _scope.Find(symbol);
            string? problem = null;
            if (symbol is IParameterSymbol { RefKind: not RefKind.None } byReference)
            {
                problem = "write to by-reference parameter '" + byReference.Name + "'";
            }
            else if (variable is null)
            {
                problem = symbol is IFieldSymbol or IPropertySymbol ? "write to field or property '" + symbol.Name + "'" : "assignment to '" + target + "'";
            }
            else if (target is ElementAccessExpressionSyntax && variable.Kind != VariableKind.Local)
            {
                problem = "write to parameter array '" + variable.Name + "' (the gradient never writes to its inputs; copy it into a local array first)";
            }
            else if (target is not ElementAccessExpressionSyntax && variable.IsArray)
            {
                problem = "assignment to array variable '" + variable.Name + "'";
            }

            if (problem is not null)
            {
                _scope.Unsupported(target, problem);
                return null;
            }

            var read = _expressions.Parse(target);
            var indices = read is ElementExpression { Indices: var list } ? list : EquatableArray<BodyExpression>.Empty;
            return (variable!.Name, indices, read);
        }

        /// <summary>The operator a compound assignment applies; null for plain <c>=</c>; false for operators the body may not use.</summary>
        private static bool TryCompoundOperator(SyntaxKind kind, out BinaryOperator? op)
        {
            op = kind switch
            {
                SyntaxKind.AddAssignmentExpression => BinaryOperator.Add,
                SyntaxKind.SubtractAssignmentExpression => BinaryOperator.Subtract,
                SyntaxKind.MultiplyAssignmentExpression => BinaryOperator.Multiply,
                SyntaxKind.DivideAssignmentExpression => BinaryOperator.Divide,
                SyntaxKind.ModuloAssignmentExpression => BinaryOperator.Remainder,
                _ => null,
            };
            return op is not null || kind == SyntaxKind.SimpleAssignmentExpression;
        }

        private static AssignStatement Assign(string target, EquatableArray<BodyExpression> indices, BodyExpression value) => new(target, indices, value);
    }
}
