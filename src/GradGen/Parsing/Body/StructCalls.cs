using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Parsing.Structs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// A call to a [Differentiable] method that takes differentiable structs and whose body is longer than one
    /// expression (issue 19): the caller goes through the derivatives of the method's flattened form,
    /// <c>__MLeaves</c>, as through any other callee's, passing the leaves of its struct arguments (<c>v_X</c>,
    /// <c>v_Y</c>) and, for an array of structs, its leaf arrays. Methods of one expression are inlined instead
    /// (<see cref="StructExpressions.Inline"/>).
    /// </summary>
    internal sealed class StructCalls
    {
        private readonly BodyScope _scope;
        private readonly BodyExpressionParser _parser;

        public StructCalls(BodyScope scope, BodyExpressionParser parser)
        {
            _scope = scope;
            _parser = parser;
        }

        /// <summary>
        /// Whether the call goes this way: a [Differentiable] method, or a method without the attribute in source (a
        /// helper), without a custom derivative, that takes structs or arrays of them, returns a struct, or is a member of one.
        /// </summary>
        public static bool Handles(IMethodSymbol method) =>
            method.ReducedFrom is null && (CalleeParser.IsDifferentiable(method) || IsStructHelper(method)) && CustomDerivatives.Find(method) is null
            && (method.Parameters.Any(p => StructLayouts.StructOf(p.Type) is not null) || StructLayouts.IsCandidate(method.ReturnType)
                || (!method.IsStatic && StructLayouts.IsCandidate(method.ContainingType)));

        /// <summary>
        /// A method without [Differentiable] in source that takes, returns or is a member of structs (<c>p.Length()</c>
        /// with <c>Length</c> a plain member of the struct): a helper, copied flattened like the others.
        /// </summary>
        private static bool IsStructHelper(IMethodSymbol method) => method.MethodKind == MethodKind.Ordinary && HelperParser.IsHelperCall(method);

        /// <summary>The call as a <see cref="MethodCallExpression"/> of the flattened method, or GG0100 saying why it cannot be.</summary>
        public BodyExpression Parse(IMethodSymbol method, InvocationExpressionSyntax invocation, BodyType type)
        {
            var argumentSyntax = invocation.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            var site = CallSite.Of(invocation, method);
            if (Problem(method, site, out var copy) is { } problem)
            {
                return _scope.Unsupported(invocation, problem);
            }

            if (_scope.LayoutOf(method.ReturnType, out _) is not null)
            {
                return _scope.Unsupported(invocation, "call to '" + method.Name + "', which returns a struct, where a number is read (read one of its fields, or assign it to a struct local)");
            }

            if (copy is not null)
            {
                return ThroughCopy(method, site, copy, type);
            }

            var definition = method.OriginalDefinition;
            var declaration = CalleeParser.DeclarationOf(definition)!;
            var adapter = declaration.Structs!;
            var parameters = new List<CalleeParameter>();
            var arguments = new List<BodyExpression>();
            var sources = new List<ExpressionSyntax>();
            for (var i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                var map = adapter.Maps[i];
                var flat = declaration.Parameters.Skip(map.First).Take(map.Count).ToList();
                if (map.Layout is null)
                {
                    var shape = BodyScope.ShapeOf(parameter.Type)!.Value;
                    var plain = new CalleeParameter(flat[0].Name, shape.Type, shape.Rank, flat[0].IsDifferentiable, shape.Layout);
                    parameters.Add(plain);
                    arguments.Add(plain.IsArray ? _parser.ParseArrayArgument(argumentSyntax[i], plain, method) : _parser.Parse(argumentSyntax[i]));
                    sources.Add(argumentSyntax[i]);
                    continue;
                }

                var leaves = Leaves(argumentSyntax[i], parameter, map.Rank, method);
                for (var k = 0; k < flat.Count; k++)
                {
                    parameters.Add(new CalleeParameter(flat[k].Name, map.Layout.Leaves[k].Type, map.Rank, flat[k].IsDifferentiable));
                    arguments.Add(leaves[k]);
                    sources.Add(argumentSyntax[i]);
                }
            }

            var receiver = method.IsStatic ? TypeNames.ForCode(method.ContainingType) : CalleeParser.InstanceReceiver(invocation, _scope)!;
            var callee = new CalleeModel(receiver, StructAdapterModel.FlatName(method.Name, declaration.HintName), null, parameters.ToEquatableArray());
            return _parser.Checked(callee, arguments, sources, method, type);
        }

        /// <summary>
        /// The leaves of the struct a call of several statements returns (<c>Rotate(v, t)</c>), each a call to the
        /// hidden copy that returns that leaf; zeros after GG0100.
        /// </summary>
        public IReadOnlyList<BodyExpression> ParseLeaves(IMethodSymbol method, InvocationExpressionSyntax invocation, StructLayout layout) =>
            LeavesThroughCopy(method, CallSite.Of(invocation, method), layout);

        /// <summary>
        /// A computed property of a struct read on a struct value (<c>p.Length</c>, with <c>Length =&gt; Math.Sqrt(X * X + Y * Y)</c>):
        /// its getter, called through a hidden flattened copy as a member is; GG0100 where it cannot be.
        /// </summary>
        public BodyExpression ParseProperty(IPropertySymbol property, MemberAccessExpressionSyntax access, BodyType type)
        {
            var site = CallSite.Of(access);
            var getter = property.GetMethod!;
            if (Problem(getter, site, out var copy) is { } problem)
            {
                return _scope.Unsupported(access, problem);
            }

            return copy is null ? _scope.Unsupported(access, "property '" + property.Name + "'") : ThroughCopy(getter, site, copy, type);
        }

        /// <summary>The leaves of a computed property of a struct whose value is a struct (<c>p.Perp</c>), one copy of its getter per leaf.</summary>
        public IReadOnlyList<BodyExpression> ParsePropertyLeaves(IPropertySymbol property, MemberAccessExpressionSyntax access, StructLayout layout) =>
            LeavesThroughCopy(property.GetMethod!, CallSite.Of(access), layout);

        private BodyExpression ThroughCopy(IMethodSymbol method, CallSite site, FlatSignature copy, BodyType type)
        {
            var (arguments, sources) = CopyArguments(method, site, copy);
            return CopyCall(method, site, copy, null, null, type, arguments, sources) ?? new LiteralExpression("0", BodyType.Double);
        }

        private IReadOnlyList<BodyExpression> LeavesThroughCopy(IMethodSymbol method, CallSite site, StructLayout layout)
        {
            var invocation = site.Node;
            if (Problem(method, site, out var copy) is { } problem)
            {
                return _parser.Structs.Unsupported(invocation, layout, problem);
            }

            var result = HelperParser.ResultLayoutOf(method);
            if (copy is null || result is null || result.LeafCount != layout.LeafCount)
            {
                return _parser.Structs.Unsupported(invocation, layout, "call to '" + method.Name + "', whose struct result GradGen cannot flatten from '" + _scope.Helpers.Host.Name + "'");
            }

            if (result.Leaves.FirstOrDefault(leaf => leaf.IsConstant || !leaf.Type.IsReal()) is { } constant)
            {
                return _parser.Structs.Unsupported(invocation, layout, "call to '" + method.Name + "', whose struct result has the field '" + constant.Path.TrimStart('.')
                    + "', which is not differentiated (return a struct of double and float fields, or make the method one expression, which GradGen inlines)");
            }

            var (arguments, sources) = CopyArguments(method, site, copy);
            var leaves = new List<BodyExpression>();
            var types = layout.Leaves.Select(leaf => leaf.Type).ToList();
            for (var k = 0; k < types.Count; k++)
            {
                if (CopyCall(method, site, copy, result, k, types[k], arguments, sources) is not MethodCallExpression leaf)
                {
                    // GG0100 is reported once, for the first leaf.
                    return StructExpressions.Zeros(layout);
                }

                leaves.Add(leaf);
            }

            return leaves;
        }

        /// <summary>
        /// The call through the hidden flattened copy of <paramref name="method"/> in this type (for a struct result,
        /// the copy of leaf <paramref name="resultLeaf"/>); null after GG0100.
        /// </summary>
        private BodyExpression? CopyCall(
            IMethodSymbol method, CallSite site, FlatSignature flat, StructLayout? result, int? resultLeaf, BodyType type,
            IReadOnlyList<BodyExpression> arguments, IReadOnlyList<ExpressionSyntax> sources)
        {
            if (_scope.Helpers.CallFlattened(method, flat, result, resultLeaf, site.Node, _scope) is not { } hidden)
            {
                return null;
            }

            var receiver = method.IsStatic || flat.Receiver is not null ? TypeNames.ForCode(_scope.Helpers.Host) : "this";
            var callee = new CalleeModel(receiver, hidden, null, flat.Parameters.Select(p => p.ToCallee()).ToEquatableArray());
            return _parser.Checked(callee, arguments, sources, method, type);
        }

        /// <summary>The arguments of the flattened copy: the leaves of the struct the member is called on, then each argument's leaves, or the argument itself.</summary>
        private (List<BodyExpression> Arguments, List<ExpressionSyntax> Sources) CopyArguments(IMethodSymbol method, CallSite site, FlatSignature flat)
        {
            var arguments = new List<BodyExpression>();
            var sources = new List<ExpressionSyntax>();
            var argumentSyntax = site.Arguments.Select(a => a.Expression).ToList();
            if (flat.Receiver is { } receiverLayout)
            {
                var written = site.Receiver;
                var leaves = written is null ? _parser.Structs.ThisLeaves(receiverLayout) : _parser.Structs.Leaves(written, receiverLayout);
                arguments.AddRange(leaves);
                sources.AddRange(leaves.Select(_ => written ?? site.Node));
            }

            var position = arguments.Count;
            for (var i = 0; i < method.Parameters.Length; i++)
            {
                if (flat.Plans[i] is { } plan)
                {
                    var leaves = Leaves(argumentSyntax[i], method.Parameters[i], plan.Rank, method);
                    arguments.AddRange(leaves);
                    sources.AddRange(leaves.Select(_ => argumentSyntax[i]));
                    position += leaves.Count;
                    continue;
                }

                var plain = flat.Parameters[position++].ToCallee();
                arguments.Add(plain.IsArray ? _parser.ParseArrayArgument(argumentSyntax[i], plain, method) : _parser.Parse(argumentSyntax[i]));
                sources.Add(argumentSyntax[i]);
            }

            return (arguments, sources);
        }

        /// <summary>
        /// The leaves of a struct argument (<c>v</c>, <c>new Vec2(a, b)</c>, <c>ps[i]</c>), or the leaf arrays of an array
        /// of structs, which must be a parameter or local array of the caller.
        /// </summary>
        private IReadOnlyList<BodyExpression> Leaves(ExpressionSyntax argument, IParameterSymbol parameter, int rank, IMethodSymbol method)
        {
            var layout = _scope.LayoutOf(StructLayouts.StructOf(parameter.Type)!.Value.Struct, out _)!;
            if (rank == 0)
            {
                return _parser.Structs.Leaves(argument, layout);
            }

            var syntax = argument is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : argument;
            if (_parser.Structs.ArrayVariable(syntax) is not { } array)
            {
                return StructExpressions.Zeros(layout).Select(_ => _scope.Unsupported(argument, "array argument '" + argument + "' to '" + method.Name + "' that is not a parameter or local array of structs of the method")).ToList();
            }

            if (!array.IsParameter && array.Leaves.Any(leaf => leaf.Type == BodyType.Float))
            {
                // As for a local float[] (BodyExpressionParser.ParseArrayArgument): its derivative is kept in double.
                return StructExpressions.Zeros(layout).Select(_ => _scope.Unsupported(argument, "local array of float structs '" + argument + "' passed to '" + method.Name + "' (its derivative is kept in double; pass a parameter)")).ToList();
            }

            return array.Leaves.Select(leaf => (BodyExpression)new ArrayArgumentExpression(leaf.Name, leaf.Rank, leaf.Type)).ToList();
        }

        /// <summary>
        /// Why the caller cannot go through the flattened method's derivatives, starting with "call to 'M'"; null where
        /// it can. <paramref name="copy"/> is the signature of the hidden flattened copy the call goes through, written
        /// into the caller's type; null where it goes through the method's own flattened form (a method of the caller's
        /// type, or of a type around it, that takes structs and returns a number).
        /// </summary>
        private string? Problem(IMethodSymbol method, CallSite site, out FlatSignature? copy)
        {
            copy = null;
            var call = "call to '" + method.Name + "'";
            var invocation = site.Invocation;
            if (site.Arguments.Any(a => a.NameColon is not null || a.RefKindKeyword.RawKind != 0))
            {
                return call + " with a named or ref argument (pass the arguments in order, by value)";
            }

            var host = _scope.Helpers.Host;
            var member = method.IsStatic ? null : _scope.LayoutOf(method.ContainingType, out _);
            var structResult = _scope.LayoutOf(method.ReturnType, out _) is not null;
            var throughCopy = member is not null || structResult || !Encloses(method.ContainingType, host) || !CalleeParser.IsDifferentiable(method);
            if (throughCopy && !method.IsStatic && member is null
                && (!SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, host.OriginalDefinition) || invocation is null || CalleeParser.InstanceReceiver(invocation, _scope) != "this"))
            {
                return call + ", an instance method of '" + method.ContainingType.Name + "' called on another object or from another type than '" + host.Name
                    + "' (GradGen writes the derivatives of a method that takes or returns structs into the calling type: make it static, or call it on 'this' from its own type)";
            }

            for (var i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                if (StructLayouts.StructOf(parameter.Type) is not null && !StructMethods.IsFlattened(parameter))
                {
                    return call + ", whose parameter '" + parameter.Name + "' is a [NoDerivative] struct (pass its fields as numbers, or let GradGen differentiate with respect to it)";
                }
            }

            if (CalleeParser.Problem(method, null, invocation, site.Arguments.Count, _scope, flattened: p => StructLayouts.StructOf(p.Type) is not null, receiverFlattened: member is not null) is { } problem)
            {
                return problem;
            }

            if (!throughCopy)
            {
                return CalleeParser.DeclarationOf(method.OriginalDefinition) is not { Structs: not null, Output: null }
                    ? call + ", a vector-valued method that takes structs (return a struct, or call it from a method of its own type)"
                    : null;
            }

            if (!structResult && ParameterParser.ScalarKindOf(method.ReturnType) is null)
            {
                return call + ", a vector-valued method that takes structs or is a member of one (return a struct or a number)";
            }

            if (member is not null && StructMemberWrites.FirstOwnFieldWrite(method, _scope.SemanticModel) is { } write)
            {
                return call + ", a member of struct '" + method.ContainingType.Name + "' that assigns its own field ('" + write
                    + "'), which would change the struct it is called on (compute into a local, or make the member 'readonly')";
            }

            if (_scope.Helpers.CopyProblem(method) is { } refused)
            {
                return call + refused;
            }

            copy = FlatSignature.Of(method, member);
            if (copy is null)
            {
                return call + ", whose parameters GradGen cannot flatten";
            }

            // The caller passes its arguments' leaves as it sees the struct: from its own type, which must see every field the copy takes.
            var structs = copy.Plans.Where(plan => plan is not null).Select(plan => plan!.Layout).Concat(member is null ? Enumerable.Empty<StructLayout>() : new[] { member });
            if (structs.FirstOrDefault(layout => _scope.LayoutOf(layout.Type, out _) is not { } seen || seen.LeafCount != layout.LeafCount) is { } hidden)
            {
                copy = null;
                return call + ", whose struct '" + hidden.Type.Name + "' GradGen cannot flatten from '" + host.Name + "' (make its fields internal or public)";
            }

            return null;
        }

        /// <summary>Whether generated code in <paramref name="host"/> may call the private members of <paramref name="owner"/>: the same type, or one nested in it.</summary>
        private static bool Encloses(INamedTypeSymbol owner, INamedTypeSymbol host)
        {
            for (INamedTypeSymbol? type = host; type is not null; type = type.ContainingType)
            {
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, owner.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Where a call to a struct method is written: the call (or the property read), the struct it is called on as
    /// written (null for <c>this</c>, or a static method), its arguments, and the invocation itself (null for a property).
    /// </summary>
    internal sealed record CallSite(ExpressionSyntax Node, ExpressionSyntax? Receiver, IReadOnlyList<ArgumentSyntax> Arguments, InvocationExpressionSyntax? Invocation)
    {
        public static CallSite Of(InvocationExpressionSyntax invocation, IMethodSymbol method) =>
            new(invocation, StructExpressions.Receiver(invocation, method), invocation.ArgumentList.Arguments, invocation);

        public static CallSite Of(MemberAccessExpressionSyntax access) =>
            new(access, access.Expression is ThisExpressionSyntax ? null : access.Expression, System.Array.Empty<ArgumentSyntax>(), null);
    }
}
