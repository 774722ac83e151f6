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
        /// Whether the call goes this way: a [Differentiable] method without a custom derivative that takes structs or
        /// arrays of them, returns a struct, or is a member of one.
        /// </summary>
        public static bool Handles(IMethodSymbol method) =>
            method.ReducedFrom is null && CalleeParser.IsDifferentiable(method) && CustomDerivatives.Find(method) is null
            && (method.Parameters.Any(p => StructLayouts.StructOf(p.Type) is not null) || StructLayouts.IsCandidate(method.ReturnType)
                || (!method.IsStatic && StructLayouts.IsCandidate(method.ContainingType)));

        /// <summary>The call as a <see cref="MethodCallExpression"/> of the flattened method, or GG0100 saying why it cannot be.</summary>
        public BodyExpression Parse(IMethodSymbol method, InvocationExpressionSyntax invocation, BodyType type)
        {
            var argumentSyntax = invocation.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            if (Problem(method, invocation, argumentSyntax.Count) is { } problem)
            {
                return _scope.Unsupported(invocation, problem);
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

        /// <summary>Why the caller cannot go through the flattened method's derivatives, starting with "call to 'M'"; null where it can.</summary>
        private string? Problem(IMethodSymbol method, InvocationExpressionSyntax invocation, int argumentCount)
        {
            var call = "call to '" + method.Name + "'";
            var alternative = " (GradGen inlines such a method where its body is one expression";
            if (!method.IsStatic && _scope.LayoutOf(method.ContainingType, out _) is not null)
            {
                return call + ", a member of struct '" + method.ContainingType.Name + "' whose body is more than one expression" + alternative + "; or write it as a static method that takes the struct)";
            }

            var host = _scope.Helpers.Host;
            if (!Encloses(method.ContainingType, host))
            {
                return call + ", which takes or returns structs, from '" + host.Name + "': GradGen goes through it by the derivatives of its flattened form, which are private to '"
                    + method.ContainingType.Name + "'" + alternative + ", or call it from a [Differentiable] method of '" + method.ContainingType.Name + "')";
            }

            for (var i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                if (StructLayouts.StructOf(parameter.Type) is not null && !StructMethods.IsFlattened(parameter))
                {
                    return call + ", whose parameter '" + parameter.Name + "' is a [NoDerivative] struct (pass its fields as numbers, or let GradGen differentiate with respect to it)";
                }
            }

            if (CalleeParser.Problem(method, null, invocation, argumentCount, _scope, flattened: p => StructLayouts.StructOf(p.Type) is not null) is { } problem)
            {
                return problem;
            }

            return CalleeParser.DeclarationOf(method.OriginalDefinition) is not { Structs: not null, Output: null }
                ? call + ", which returns a struct of several outputs" + alternative + ")"
                : null;
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
}
