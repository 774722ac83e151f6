using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Parsing.Structs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Differentiates the methods a [Differentiable] method calls without the attribute (issue 14): a static method
    /// of any type in the compilation, an instance method of the method's own type called on <c>this</c>, or a local
    /// function of several statements. Like Clad, which differentiates the callees it has the source of, GradGen
    /// parses each such helper's body (transitively: helpers calling helpers) and writes a hidden copy of it, with
    /// the hidden entry points a [Differentiable] callee gets, into the [Differentiable] method's own partial type:
    /// a helper's type need not be partial. One parser per [Differentiable] method; its helpers become part of that
    /// method's model.
    /// </summary>
    internal sealed class HelperParser
    {
        private const string HiddenPrefix = "GradGenHelper_";

        private readonly IMethodSymbol _root;
        private readonly string _namespace;
        private readonly EquatableArray<ContainingTypeModel> _containingTypes;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, MethodModel> _parsed = new();
        private readonly Dictionary<string, List<string>> _failed = new();
        private readonly List<IMethodSymbol> _parsing = new();

        private readonly SemanticModel _rootModel;

        public HelperParser(IMethodSymbol root, SemanticModel rootModel, string @namespace, EquatableArray<ContainingTypeModel> containingTypes, CancellationToken cancellationToken)
        {
            _root = root;
            _rootModel = rootModel;
            _namespace = @namespace;
            _containingTypes = containingTypes;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The type the hidden copies go into: the [Differentiable] method's own.</summary>
        public INamedTypeSymbol Host => _root.ContainingType;

        /// <summary>The helpers parsed so far, in the order first met.</summary>
        public EquatableArray<MethodModel> Helpers => _parsed.Values.ToEquatableArray();

        /// <summary>
        /// Whether a call to <paramref name="method"/> is a helper call: an ordinary method or a local function
        /// declared in this compilation, neither [Differentiable] nor with a custom derivative, and not one of the
        /// framework's functions GradGen knows (Math, LINQ). A method of another assembly is no helper: GG0100 says
        /// what to do about it (<see cref="UnsupportedCall"/>), with the chain where a helper calls it. Whether GradGen can differentiate it is for <see cref="Call"/> to say.
        /// </summary>
        public static bool IsHelperCall(IMethodSymbol method) =>
            method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction
            && !method.DeclaringSyntaxReferences.IsEmpty
            && !CalleeParser.IsDifferentiableCallee(method)
            && !MathFunctions.IsMathType(method.ContainingType)
            && method.ContainingType?.ToDisplayString() != "System.Linq.Enumerable";

        /// <summary>
        /// The call to <paramref name="helper"/> as a call to its hidden copy, or null after reporting GG0100 in
        /// <paramref name="scope"/> (the call's scope) with the call chain: why the helper is refused, or each
        /// construct of its body (or of the helpers it calls) GradGen cannot differentiate.
        /// </summary>
        public CalleeModel? Call(IMethodSymbol helper, InvocationExpressionSyntax invocation, int argumentCount, BodyScope scope)
        {
            var chain = scope.Chain + " -> " + helper.Name;
            if (Problem(helper, invocation, argumentCount, scope) is { } problem)
            {
                scope.Report(invocation, problem + "; called as " + chain);
                return null;
            }

            var hidden = HiddenName(helper);
            if (_failed.TryGetValue(hidden, out var failures) || (!_parsed.ContainsKey(hidden) && (failures = Parse(helper, hidden, chain)) is not null))
            {
                foreach (var failure in failures)
                {
                    scope.Report(invocation, failure);
                }

                return null;
            }

            var parameters = helper.Parameters
                .Select(p => new CalleeParameter(p.Name, BodyScope.ShapeOf(p.Type)!.Value.Type, BodyScope.ShapeOf(p.Type)!.Value.Rank, ParameterParser.IsDifferentiable(p)))
                .ToEquatableArray();
            return new CalleeModel(IsStatic(helper) ? TypeNames.ForCode(Host) : "this", hidden, null, parameters);
        }

        /// <summary>
        /// The hidden flattened copy of a [Differentiable] method that takes, returns or is a member of structs (issue
        /// 19, <see cref="StructCalls"/>), written into this type like a helper's: its name, or null after reporting
        /// GG0100 in <paramref name="scope"/> with the chain. A static method, with <paramref name="flat"/>'s
        /// parameters; for a method that returns a struct, one copy per leaf of the result (<paramref name="resultLeaf"/>).
        /// </summary>
        public string? CallFlattened(IMethodSymbol method, FlatSignature flat, Structs.StructLayout? result, int? resultLeaf, SyntaxNode invocation, BodyScope scope)
        {
            var chain = scope.Chain + " -> " + method.Name;
            if (_parsing.Contains(method.OriginalDefinition, SymbolEqualityComparer.Default))
            {
                scope.Report(invocation, CalleeParser.Recursive("call to '" + method.Name + "'") + "; called as " + chain);
                return null;
            }

            var hidden = HiddenName(method) + (result is not null && resultLeaf is { } k ? "_" + result.Leaves.ElementAt(k).NamePart : string.Empty);
            if (_failed.TryGetValue(hidden, out var failures)
                || (!_parsed.ContainsKey(hidden) && (failures = Parse(method, hidden, chain, flat, result, resultLeaf)) is not null))
            {
                foreach (var failure in failures)
                {
                    scope.Report(invocation, failure);
                }

                return null;
            }

            return hidden;
        }

        /// <summary>The layout of the struct a method returns as its own body sees it, which its flattened copy returns leaf by leaf; null for any other result.</summary>
        public static Structs.StructLayout? ResultLayoutOf(IMethodSymbol method) =>
            method.ReturnType is INamedTypeSymbol type && StructLayouts.IsCandidate(type) ? StructLayouts.Of(type, method.ContainingType, out _) : null;

        /// <summary>
        /// Why GradGen cannot write a copy of the method's body into this type, as the words after "call to 'M'":
        /// a body chosen at run time or not in source, or a generic method; null where it can.
        /// </summary>
        public string? CopyProblem(IMethodSymbol method)
        {
            if (method.ContainingType?.TypeKind == TypeKind.Interface || method.IsVirtual || method.IsAbstract || method.IsOverride)
            {
                return ", a virtual, abstract or interface method, whose body is chosen at run time (GradGen differentiates a helper whose body it knows: make it static or non-virtual, mark it [Differentiable], or give it a [DerivativeOf] custom derivative)";
            }

            if (!method.DeclaringSyntaxReferences.Any(reference => HasBody(reference.GetSyntax(_cancellationToken))))
            {
                return ", whose body GradGen cannot see (a partial or extern method without a body): give it a [DerivativeOf] custom derivative, or call it from a method of yours that has one";
            }

            if (method.IsGenericMethod || (method.ContainingType is { IsGenericType: true } type && !SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, Host.OriginalDefinition)))
            {
                return ", a generic method or a method of a generic type, which GradGen does not differentiate as a helper (mark it [Differentiable] where it can be)";
            }

            return null;
        }

        /// <summary>Parses the helper's body into its hidden copy; returns the GG0100 texts where it cannot be differentiated.</summary>
        private List<string>? Parse(IMethodSymbol helper, string hidden, string chain, FlatSignature? flat = null, Structs.StructLayout? result = null, int? resultLeaf = null)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var declaration = helper.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax(_cancellationToken)).First(HasBody);
            var semanticModel = SemanticModelOf(declaration);
            var warnings = new DiagnosticList();
            _parsing.Add(helper.OriginalDefinition);
            var body = BodyParser.ParseHelper(helper, declaration, semanticModel, warnings, this, chain, _cancellationToken, flat, resultLeaf);
            _parsing.RemoveAt(_parsing.Count - 1);
            if (body is not null && flat?.Receiver is { } receiver && BodyCalls.ReadsThrough(body, "this").FirstOrDefault() is { } read)
            {
                // The copy is static: the struct it is called on is its parameters, and only its fields are.
                _failed[hidden] = new List<string>
                {
                    "'" + read + "' in '" + helper.Name + "', a member of struct '" + receiver.Type.Name + "' that is not one of its fields (a computed property, or a method called on it), which its flattened copy cannot read; called as " + chain,
                };
                return _failed[hidden];
            }

            if (body is null)
            {
                var failures = warnings.ArgumentsOf(Diagnostics.DiagnosticDescriptors.NotExactlyDifferentiable.Id, 1).ToList();
                if (failures.Count == 0)
                {
                    failures.Add("the body of '" + helper.Name + "', which does not compile yet, called as " + chain);
                }

                _failed[hidden] = failures;
                return failures;
            }

            _parsed[hidden] = new MethodModel(
                _namespace,
                _containingTypes,
                hidden,
                "private",
                flat is not null ? helper.IsStatic || flat.Receiver is not null : IsStatic(helper),
                result is not null && resultLeaf is { } leaf
                    ? (result.Leaves.ElementAt(leaf).Type == BodyType.Float ? ScalarKind.Float : ScalarKind.Double)
                    : ParameterParser.ScalarKindOf(helper.ReturnType)!.Value,
                flat is not null ? flat.Parameters.Select(p => p.ToModel()).ToEquatableArray() : helper.Parameters.Select(ParameterOf).ToEquatableArray(),
                null,
                HelperHintName(hidden),
                body,
                IsHelper: true,
                GenericMath: Parsing.GenericMath.OfHelper(helper));
            return null;
        }

        /// <summary>The [Differentiable] method's semantic model serves the helpers declared in its file.</summary>
        private SemanticModel SemanticModelOf(SyntaxNode node) =>
            _rootModel.SyntaxTree == node.SyntaxTree ? _rootModel : Compilation.GetSemanticModel(node.SyntaxTree);

        private Compilation Compilation => _rootModel.Compilation;

        private static ParameterModel ParameterOf(IParameterSymbol parameter) => new(
            parameter.Name,
            TypeNames.ForCode(parameter.Type),
            TypeNames.ForCref(parameter.Type),
            string.Empty,
            string.Empty,
            ParameterParser.IsDifferentiable(parameter) ? ParameterParser.ShapeOf(parameter.Type) : null);

        private string HelperHintName(string hidden) =>
            (_namespace.Length > 0 ? _namespace + "." : string.Empty) + string.Join(string.Empty, _containingTypes.Select(type => type.FileNamePart + ".")) + hidden + ".g.cs";

        /// <summary>
        /// A name no user member has: the helper's name and a hash of where it is declared (its documentation id,
        /// which tells overloads and types apart; for a local function, its enclosing method's, its own name and
        /// how many of that name come before it).
        /// </summary>
        public static string HiddenName(IMethodSymbol helper)
        {
            var identity = helper.MethodKind == MethodKind.LocalFunction
                ? OwnerOf(helper).GetDocumentationCommentId() + "." + helper.Name + "#" + SameNamedBefore(helper).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : helper.OriginalDefinition.GetDocumentationCommentId();
            var hash = 2166136261u;
            foreach (var character in identity ?? helper.ToDisplayString())
            {
                hash = unchecked((hash ^ character) * 16777619u);
            }

            return HiddenPrefix + helper.Name + "_" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// How many local functions of the same name come before this one in the method that declares them: sibling
        /// blocks may each declare their own <c>F</c>. A count, not a position, so that an edit elsewhere in the
        /// method keeps the name.
        /// </summary>
        private static int SameNamedBefore(IMethodSymbol function)
        {
            var declaration = function.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            var owner = OwnerOf(function).DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            return declaration is null || owner is null || owner.SyntaxTree != declaration.SyntaxTree
                ? 0
                : owner.DescendantNodes().OfType<LocalFunctionStatementSyntax>().Count(other => other.Identifier.ValueText == function.Name && other.SpanStart < declaration.SpanStart);
        }

        /// <summary>The method a local function is declared in, through any local functions around it.</summary>
        private static IMethodSymbol OwnerOf(IMethodSymbol method)
        {
            while (method.MethodKind == MethodKind.LocalFunction && method.ContainingSymbol is IMethodSymbol outer)
            {
                method = outer;
            }

            return method;
        }

        /// <summary>A local function of a static method is static, as its hidden copy must be.</summary>
        private static bool IsStatic(IMethodSymbol helper) => helper.IsStatic || OwnerOf(helper).IsStatic;

        private string? Problem(IMethodSymbol helper, InvocationExpressionSyntax invocation, int argumentCount, BodyScope scope)
        {
            var call = "call to '" + helper.Name + "'";
            if (_parsing.Contains(helper.OriginalDefinition, SymbolEqualityComparer.Default)
                || SymbolEqualityComparer.Default.Equals(helper.OriginalDefinition, _root.OriginalDefinition))
            {
                return CalleeParser.Recursive(call);
            }

            if (CopyProblem(helper) is { } refused)
            {
                return call + refused;
            }

            if (ParameterParser.ScalarKindOf(helper.ReturnType) is null)
            {
                return call + ", which returns '" + TypeNames.ForSignature(helper.ReturnType) + "' (GradGen differentiates helpers that return one double or float; mark a vector-valued method [Differentiable])";
            }

            if (!IsStatic(helper) && (!SymbolEqualityComparer.Default.Equals(helper.ContainingType?.OriginalDefinition, Host.OriginalDefinition)
                || invocation.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })))
            {
                return call + ", an instance method called on another object or of another type than '" + Host.Name + "' (GradGen writes a helper's derivatives into '" + Host.Name
                    + "': it differentiates static helpers, and instance helpers of '" + Host.Name + "' called on 'this'; make it static, or mark it [Differentiable])";
            }

            // What GradGen asks of a [Differentiable] callee: not generic, every argument given, by-value scalars and
            // arrays that it only reads, and no recursion through [Differentiable] methods.
            if (CalleeParser.Problem(helper, null, invocation, argumentCount, scope) is { } problem)
            {
                return problem;
            }

            if (!helper.Parameters.Any(ParameterParser.IsDifferentiable))
            {
                return call + ", which has no double or float parameter to differentiate with respect to";
            }

            return helper.MethodKind == MethodKind.LocalFunction ? Captures(helper, scope) : null;
        }

        /// <summary>
        /// A local function of several statements becomes a method of its own, which cannot see the locals and
        /// parameters of the method around it: GradGen refuses one that reads them (it names them) rather than
        /// guess which of them carry a derivative.
        /// </summary>
        private string? Captures(IMethodSymbol function, BodyScope scope)
        {
            var declaration = function.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax(_cancellationToken)).OfType<LocalFunctionStatementSyntax>().FirstOrDefault();
            if (declaration is null)
            {
                return null;
            }

            var semanticModel = SemanticModelOf(declaration);
            var captured = declaration.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Select(name => semanticModel.GetSymbolInfo(name, _cancellationToken).Symbol)
                .Where(symbol => symbol is ILocalSymbol or IParameterSymbol
                    && !symbol.DeclaringSyntaxReferences.Any(reference => declaration.Span.Contains(reference.Span)))
                .Select(symbol => "'" + symbol!.Name + "'")
                .Distinct()
                .ToList();
            return captured.Count == 0
                ? null
                : "call to '" + function.Name + "', a local function that captures " + string.Join(", ", captured) + " of '" + scope.Method.Name
                    + "' (GradGen differentiates a local function of several statements as a method of its own: pass them as arguments, or write the function as one expression, which GradGen inlines)";
        }

        private static bool HasBody(SyntaxNode node) => node switch
        {
            MethodDeclarationSyntax method => method.Body is not null || method.ExpressionBody is not null,
            LocalFunctionStatementSyntax function => function.Body is not null || function.ExpressionBody is not null,
            AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
            ArrowExpressionClauseSyntax => true,
            _ => false,
        };
    }
}
