using System.Collections.Generic;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// What parsing one body shares: the method, the semantic model, the variables met so far (each local under a
    /// name of its own, since the generated code declares them all in one scope) and the GG0100 warnings.
    /// </summary>
    internal sealed class BodyScope
    {
        private readonly Dictionary<ISymbol, string> _names = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, (BodyVariable Array, BodyExpression Index)> _rows = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, (BodyVariable Span, BodyExpression Start, BodyExpression Length)> _slices = new(SymbolEqualityComparer.Default);
        private readonly HashSet<string> _used = new();
        private readonly List<BodyVariable> _variables = new();
        private readonly DiagnosticList _warnings;
        private readonly SemanticModel _methodModel;
        private readonly Stack<SemanticModel> _inlinedModels = new();
        private HashSet<string>? _assignedParameters;
        private readonly bool _isHelper;
        private readonly Dictionary<ISymbol, StructVariable> _structs = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<ITypeSymbol, Structs.StructLayout?> _layouts = new(SymbolEqualityComparer.Default);
        private IReadOnlyList<Structs.StructParameterPlan?>? _structParameters;

        /// <summary>For each leaf of a struct parameter, the parameter's name.</summary>
        private readonly Dictionary<string, string> _leafOwners = new();

        /// <param name="helpers">Parses the helpers the body calls.</param>
        /// <param name="chain">For a helper's body, the calls that lead to it from the [Differentiable] method (<c>Loss -&gt; Sigmoid</c>); null for that method's own body.</param>
        public BodyScope(IMethodSymbol method, SemanticModel semanticModel, DiagnosticList warnings, HelperParser helpers, string? chain = null)
        {
            Method = method;
            _methodModel = semanticModel;
            _warnings = warnings;
            Helpers = helpers;
            _isHelper = chain is not null;
            Chain = chain ?? method.Name;
            foreach (var parameter in method.Parameters)
            {
                _used.Add(parameter.Name);
            }
        }

        public IMethodSymbol Method { get; }

        /// <summary>The helpers of the [Differentiable] method whose body, or whose helper's body, this is.</summary>
        public HelperParser Helpers { get; }

        /// <summary>The calls from the [Differentiable] method to this body: its name, or <c>Loss -&gt; Sigmoid</c> for a helper.</summary>
        public string Chain { get; }


        /// <summary>The semantic model of the code being parsed: the method's, or that of a member inlined from another file.</summary>
        public SemanticModel SemanticModel => _inlinedModels.Count > 0 ? _inlinedModels.Peek() : _methodModel;

        /// <summary>Parses code of another syntax tree (a struct member inlined from another file) with that tree's semantic model.</summary>
        public T InTree<T>(SyntaxTree tree, System.Func<T> parse)
        {
            if (tree == SemanticModel.SyntaxTree)
            {
                return parse();
            }

            _inlinedModels.Push(_methodModel.Compilation.GetSemanticModel(tree));
            try
            {
                return parse();
            }
            finally
            {
                _inlinedModels.Pop();
            }
        }

        public bool Failed { get; private set; }

        public EquatableArray<BodyVariable> Variables => _variables.ToEquatableArray();

        /// <summary>Reports GG0100 at <paramref name="node"/> and returns a placeholder so that parsing goes on. In a helper's body, the construct is named with the call chain.</summary>
        public BodyExpression Unsupported(SyntaxNode node, string? construct = null)
        {
            var text = construct ?? UnsupportedConstruct.Describe(node);
            return Report(node, _isHelper ? text + " in '" + Method.Name + "', called as " + Chain : text);
        }

        /// <summary>Reports GG0100 at <paramref name="node"/> naming <paramref name="construct"/> as it is (a helper's problem, already named with its chain).</summary>
        public BodyExpression Report(SyntaxNode node, string construct)
        {
            Failed = true;
            _warnings.Add(DiagnosticDescriptors.NotExactlyDifferentiable, node.GetLocation(), Method.Name, construct, FallbackOf(Method));
            return new LiteralExpression("0", BodyType.Double);
        }

        /// <summary>
        /// Whether a helper's body reads a member that its hidden copy, written into the [Differentiable] method's
        /// type, could not: a private field of a utility class, for example.
        /// </summary>
        public bool IsInaccessible(ISymbol symbol) =>
            _isHelper && !SemanticModel.Compilation.IsSymbolAccessibleWithin(symbol, Helpers.Host);

        /// <summary>GG0100 for a member <see cref="IsInaccessible"/>.</summary>
        public BodyExpression Inaccessible(SyntaxNode node, ISymbol symbol) => Unsupported(
            node,
            "'" + symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "', which is not accessible from '" + Helpers.Host.Name
                + "', where GradGen writes the helper's derivatives (make it internal or public)");

        /// <summary>What GG0100 says the method's derivatives become: a vector-valued method's Jacobian is the centered difference.</summary>
        private static string FallbackOf(IMethodSymbol method) => OutputParser.IsVectorValued(method)
            ? "Jacobian members fall back to the centered-difference Jacobian (MCenteredDiff)"
            : "gradient falls back to a numeric estimate (Richardson extrapolation of centered differences)";

        /// <summary>The variable a parameter or an already declared local stands for, or null.</summary>
        public BodyVariable? Find(ISymbol? symbol)
        {
            if (symbol is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, Method))
            {
                // An [Output] parameter is read and written through the local array that stands for it.
                return _names.TryGetValue(parameter, out var local) ? _variables.Find(v => v.Name == local) : FindOrAddParameter(parameter);
            }

            return symbol is ILocalSymbol && _names.TryGetValue(symbol, out var name) ? _variables.Find(v => v.Name == name) : null;
        }

        /// <summary>
        /// Makes the span local <paramref name="symbol"/> stand for <c>span.Slice(start, length)</c>: its elements are
        /// <paramref name="span"/>'s from <paramref name="start"/>, its length <paramref name="length"/> (issue 14).
        /// </summary>
        public void DeclareSlice(ISymbol symbol, BodyVariable span, BodyExpression start, BodyExpression length) => _slices[symbol] = (span, start, length);

        /// <summary>The slice a span local stands for, or null.</summary>
        public (BodyVariable Span, BodyExpression Start, BodyExpression Length)? FindSlice(ISymbol? symbol) =>
            symbol is not null && _slices.TryGetValue(symbol, out var slice) ? slice : null;

        /// <summary>Makes <paramref name="symbol"/> (the variable of a <c>foreach</c> over the rows of an array of arrays) stand for the row <c>array[index]</c>.</summary>
        public void DeclareRow(ISymbol symbol, BodyVariable array, BodyExpression index) => _rows[symbol] = (array, index);

        /// <summary>The row of an array of arrays that a <c>foreach</c> variable stands for, or null.</summary>
        public (BodyVariable Array, BodyExpression Index)? FindRow(ISymbol? symbol) =>
            symbol is not null && _rows.TryGetValue(symbol, out var row) ? row : null;

        /// <summary>
        /// The layout of a differentiable struct type (issue 19), or null for any other type and for a struct GradGen
        /// cannot flatten (<paramref name="problem"/> then says why, where the type is a struct of numbers).
        /// </summary>
        public Structs.StructLayout? LayoutOf(ITypeSymbol? type, out string? problem)
        {
            problem = null;
            if (type is not INamedTypeSymbol named || !Structs.StructLayouts.IsCandidate(named))
            {
                return null;
            }

            if (!_layouts.TryGetValue(named, out var layout))
            {
                layout = Structs.StructLayouts.Of(named, Method.ContainingType, out var found);
                _layouts[named] = layout;
                problem = found is null ? null : "struct '" + named.Name + "' (its field '" + found.Member + "': " + found.Detail + ")";
            }
            else if (layout is null)
            {
                problem = "struct '" + named.Name + "', which GradGen cannot flatten";
            }

            return layout;
        }

        /// <summary>The struct (or array of structs) a parameter or local stands for, flattened into leaf variables; null for any other.</summary>
        public StructVariable? FindStruct(ISymbol? symbol)
        {
            if (symbol is null)
            {
                return null;
            }

            if (_structs.TryGetValue(symbol, out var known))
            {
                return known;
            }

            if (symbol is not IParameterSymbol parameter || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, Method))
            {
                return null;
            }

            _structParameters ??= Structs.StructMethods.PlanParameters(Method);
            if (_structParameters[parameter.Ordinal] is not { } plan)
            {
                return null;
            }

            foreach (var name in plan.LeafNames)
            {
                _leafOwners[name] = parameter.Name;
            }

            var leaves = plan.Layout.Leaves.Select((leaf, i) => new BodyVariable(
                plan.LeafNames[i],
                leaf.Type,
                plan.Rank,
                leaf.IsConstant || !leaf.Type.IsReal() ? VariableKind.ConstantParameter : VariableKind.DifferentiableParameter)).ToList();
            _variables.AddRange(leaves);
            foreach (var name in plan.LeafNames)
            {
                _used.Add(name);
            }

            return _structs[symbol] = new StructVariable(plan.Layout, leaves, plan.Rank, IsParameter: true);
        }

        /// <summary>
        /// In the hidden flattened copy of a struct's instance member (<see cref="StructCalls"/>): the struct it is
        /// called on, as parameters of the copy, one per leaf; its fields read by name or through <c>this</c> read
        /// them. Null in every other body, where <c>this</c>'s fields are constants.
        /// </summary>
        public StructVariable? Receiver { get; private set; }

        /// <summary>Makes the struct the member is called on the parameters <paramref name="names"/> of the copy (see <see cref="Receiver"/>).</summary>
        public void DeclareReceiver(Structs.StructLayout layout, IReadOnlyList<string> names)
        {
            var leaves = layout.Leaves.Select((leaf, i) => new BodyVariable(
                names[i],
                leaf.Type,
                0,
                leaf.IsConstant || !leaf.Type.IsReal() ? VariableKind.ConstantParameter : VariableKind.DifferentiableParameter)).ToList();
            _variables.AddRange(leaves);
            foreach (var name in names)
            {
                _used.Add(name);
            }

            Receiver = new StructVariable(layout, leaves, 0, IsParameter: true);
        }

        /// <summary>Declares a struct local (or local array of structs): one local per leaf, named after it.</summary>
        public StructVariable DeclareStructLocal(ISymbol symbol, Structs.StructLayout layout, int rank)
        {
            var leaves = layout.Leaves.Select(leaf => DeclareLocal(null, symbol.Name + "_" + leaf.NamePart, leaf.Type, rank)).ToList();
            return _structs[symbol] = new StructVariable(layout, leaves, rank, IsParameter: false);
        }

        /// <summary>Declares a local under a name no other local or parameter of the body has.</summary>
        public BodyVariable DeclareLocal(ISymbol? symbol, string preferredName, BodyType type, int rank, ArrayLayout layout = ArrayLayout.Rectangular)
        {
            var name = preferredName;
            for (var suffix = 1; !_used.Add(name); suffix++)
            {
                name = preferredName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (symbol is not null)
            {
                _names[symbol] = name;
            }

            var variable = new BodyVariable(name, type, rank, VariableKind.Local) { Layout = layout };
            _variables.Add(variable);
            return variable;
        }

        /// <summary>
        /// Whether the body may carry a derivative in <paramref name="variable"/>: a real local, a differentiable
        /// parameter, or a [NoDerivative] parameter that the body assigns (<c>c = c * x</c> makes <c>c</c> depend on <c>x</c>).
        /// </summary>
        /// <remarks>
        /// A constant leaf of a struct parameter (a [NoDerivative] field) carries one once the body assigns any field of
        /// that parameter (<c>b.Mass = 2 * x</c>): the leaf's own name is not in the syntax.
        /// </remarks>
        public bool MayCarryDerivative(BodyVariable variable) =>
            variable.Type.IsReal()
            && (variable.Kind != VariableKind.ConstantParameter || AssignedParameters.Contains(variable.Name)
                || (_leafOwners.TryGetValue(variable.Name, out var owner) && AssignedParameters.Contains(owner)));

        /// <summary>Whether the body assigns, increments or passes by reference the parameter of this name (found from syntax alone).</summary>
        public bool IsAssigned(string parameterName) => AssignedParameters.Contains(parameterName);

        /// <summary>The parameters the body assigns, increments or passes by reference, found from syntax alone.</summary>
        private HashSet<string> AssignedParameters => _assignedParameters ??= FindAssignedParameters();

        /// <summary>What <paramref name="node"/> writes: the left of an assignment, the operand of <c>++</c> or <c>--</c>, a <c>ref</c> or <c>out</c> argument; null for any other node.</summary>
        public static ExpressionSyntax? WrittenBy(SyntaxNode node) => node switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left,
            PostfixUnaryExpressionSyntax postfix => postfix.Operand,
            PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) => prefix.Operand,
            ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => argument.Expression,
            _ => null,
        };

        private HashSet<string> FindAssignedParameters()
        {
            var names = new HashSet<string>();
            foreach (var reference in Method.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax().DescendantNodes())
                {
                    var target = WrittenBy(node);
                    if (target is IdentifierNameSyntax name)
                    {
                        names.Add(name.Identifier.ValueText);
                    }

                    // A field of a struct parameter (b.Pos.X = ..., ps[i].X = ...): the parameter is assigned in part.
                    while (target is MemberAccessExpressionSyntax { Expression: var inner })
                    {
                        target = inner;
                        while (target is ElementAccessExpressionSyntax element)
                        {
                            target = element.Expression;
                        }

                        if (target is IdentifierNameSyntax root)
                        {
                            names.Add(root.Identifier.ValueText);
                        }
                    }
                }
            }

            return names;
        }

        /// <summary>The type, array rank and array layout of a local or parameter, if the body may use it.</summary>
        public static (BodyType Type, int Rank, ArrayLayout Layout)? ShapeOf(ITypeSymbol type) => ArrayShapes.Of(type) is { } array
            ? BodyTypes.Of(array.Element) is { } element ? (element, array.Rank, array.Layout) : null
            : BodyTypes.Of(type) is { } scalar ? (scalar, 0, ArrayLayout.Rectangular) : null;

        private BodyVariable? FindOrAddParameter(IParameterSymbol parameter)
        {
            var existing = _variables.Find(v => v.Name == parameter.Name);
            if (existing is not null)
            {
                return existing;
            }

            if (ShapeOf(parameter.Type) is not { } shape)
            {
                return null;
            }

            var kind = ParameterParser.IsDifferentiable(parameter) ? VariableKind.DifferentiableParameter : VariableKind.ConstantParameter;
            var variable = new BodyVariable(parameter.Name, shape.Type, shape.Rank, kind) { Layout = shape.Layout };
            _variables.Add(variable);
            return variable;
        }
    }

    /// <summary>A struct parameter or local (or an array of them, <see cref="Rank"/> > 0) as the variables of its leaves, in layout order.</summary>
    internal sealed record StructVariable(Structs.StructLayout Layout, IReadOnlyList<BodyVariable> Leaves, int Rank, bool IsParameter);
}
