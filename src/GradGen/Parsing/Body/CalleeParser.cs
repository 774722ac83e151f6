using System.Linq;
using System.Runtime.CompilerServices;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Describes a call to a [Differentiable] method, or to a method with a [DerivativeOf] custom derivative, as a
    /// <see cref="CalleeModel"/>; or says why GradGen cannot differentiate through it.
    /// </summary>
    internal static class CalleeParser
    {
        /// <summary>Whether the body's derivative may go through a call to <paramref name="callee"/>.</summary>
        public static bool IsDifferentiableCallee(IMethodSymbol callee) => IsDifferentiable(callee) || CustomDerivatives.Find(callee) is not null;

        /// <summary>The callee as data, or null with <paramref name="problem"/> saying what GG0100 should name.</summary>
        /// <param name="callee">The method called; for a call in extension form, the static method it reduces from.</param>
        /// <param name="argumentCount">The arguments given, the receiver of an extension-form call included.</param>
        public static CalleeModel? Parse(IMethodSymbol callee, InvocationExpressionSyntax invocation, int argumentCount, BodyScope scope, out string? problem)
        {
            var custom = CustomDerivatives.Find(callee);
            problem = Problem(callee, custom, invocation, argumentCount, scope);
            if (problem is not null)
            {
                return null;
            }

            var parameters = callee.Parameters
                .Select(p => (Parameter: p, Shape: BodyScope.ShapeOf(p.Type)!.Value))
                .Select(p => new CalleeParameter(p.Parameter.Name, p.Shape.Type, p.Shape.Rank, custom is not null ? CustomDerivatives.IsReal(p.Parameter.Type) : ParameterParser.IsDifferentiable(p.Parameter), p.Shape.Layout))
                .ToEquatableArray();
            var receiver = callee.IsStatic ? TypeNames.ForCode(callee.ContainingType) : InstanceReceiver(invocation, scope)!;
            return new CalleeModel(receiver, callee.Name, custom?.Name, parameters);
        }

        /// <summary>Why GradGen cannot differentiate through the call, starting with "call to 'M'"; null where it can. Helper calls are held to the same.</summary>
        /// <param name="flattened">
        /// For a call through a method's flattened form (<see cref="StructCalls"/>): its struct parameters, which the
        /// call passes as their leaves; an array of structs is held to the rule of other arrays.
        /// </param>
        /// <param name="invocation">The call; null for a property read (<c>p.Length</c>), which takes no argument.</param>
        /// <param name="receiverFlattened">For a struct's member called through its flattened copy: the struct it is called on is passed as its leaves, whatever it is.</param>
        public static string? Problem(IMethodSymbol callee, IMethodSymbol? custom, InvocationExpressionSyntax? invocation, int argumentCount, BodyScope scope, System.Func<IParameterSymbol, bool>? flattened = null, bool receiverFlattened = false)
        {
            flattened ??= _ => false;
            var call = "call to '" + callee.Name + "'";
            if (custom is null && CallGraph.Of(scope.SemanticModel.Compilation).Reaches(callee, scope.Method, scope.SemanticModel))
            {
                return Recursive(call);
            }

            if (callee.IsGenericMethod && GenericMath.CallProblem(callee, custom) is { } generic)
            {
                return call + generic;
            }

            if (custom is null && !GeneratesDerivatives(callee))
            {
                return call + ", whose own derivatives GradGen does not generate (see the error on '" + callee.Name + "')";
            }

            if (!callee.IsStatic && !receiverFlattened && (invocation is null || InstanceReceiver(invocation, scope) is null))
            {
                return call + " on another object (only calls on 'this', on a parameter, on a field or property of this type, and static calls are differentiated)";
            }

            if (argumentCount != callee.Parameters.Length)
            {
                return call + " that leaves out optional arguments";
            }

            var unsupported = callee.Parameters.FirstOrDefault(p => flattened(p) ? p.RefKind is not (RefKind.None or RefKind.In) : p.RefKind != RefKind.None || BodyScope.ShapeOf(p.Type) is null);
            if (unsupported is not null)
            {
                return call + ", whose parameter '" + unsupported.Name + "' is not a by-value double, float, int, long or bool, or an array of them"
                    + (unsupported.RefKind != RefKind.None && unsupported.Type is IArrayTypeSymbol ? " (arrays are passed through calls by value only)" : string.Empty);
            }

            foreach (var parameter in callee.Parameters.Where(p => ArrayShapes.Of(p.Type) is not null || (flattened(p) && p.Type is IArrayTypeSymbol)))
            {
                if (ArrayParameterUses.FirstOtherUse(parameter, scope.SemanticModel.Compilation) is { } use)
                {
                    return call + ", whose array parameter '" + parameter.Name + "' is " + use
                        + " (GradGen passes an array through a call only to a method that just reads it: by element, Length, Rank, GetLength, foreach, or by passing it on to such a method; in '" + callee.Name + "', write that use as a loop, or copy the array into a local array before writing to it)";
                }
            }

            return null;
        }

        /// <summary>What GG0100 says of a call that reaches back to the method it is in: "recursive call to 'M' (...)".</summary>
        public static string Recursive(string call) => "recursive " + call + " (differentiate it numerically, or give it a [DerivativeOf] custom derivative)";

        /// <summary>
        /// The object an instance call goes to, as code: <c>this</c>, a parameter of the method, or a field or property
        /// read from <c>this</c> or statically; null for any other object. The body never assigns these, so the
        /// sweeps call the callee's derivatives on the object the body called.
        /// </summary>
        internal static string? InstanceReceiver(InvocationExpressionSyntax invocation, BodyScope scope)
        {
            if (invocation.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
            {
                return "this";
            }

            if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: var target })
            {
                return null;
            }

            var fromThis = target is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
            var symbol = scope.SemanticModel.GetSymbolInfo(target).Symbol;
            return symbol switch
            {
                IParameterSymbol { RefKind: not RefKind.Out } parameter when target is IdentifierNameSyntax name
                    && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, scope.Method) => name.Identifier.Text,
                IFieldSymbol or IPropertySymbol when symbol.IsStatic && target is IdentifierNameSyntax or MemberAccessExpressionSyntax => TypeNames.ForCode(symbol.ContainingType) + "." + symbol.Name,
                IFieldSymbol or IPropertySymbol when fromThis => "this." + symbol.Name,
                _ => null,
            };
        }

        /// <summary>
        /// Whether the callee's derivatives exist: a callee with an error (GG0007 among them) gets none, and a call to
        /// its derivative names would bind to another overload or member, or not compile. A callee from another
        /// assembly compiled with its derivatives.
        /// </summary>
        private static bool GeneratesDerivatives(IMethodSymbol callee) => DeclarationOf(callee.OriginalDefinition)?.GeneratesDerivatives ?? true;

        /// <summary>
        /// What GradGen makes of a [Differentiable] method's declaration; null for a method without the attribute or
        /// without source. Found once per definition and compilation (symbols live as long as it does): a callee's
        /// declaration would be parsed again for every call to it otherwise.
        /// </summary>
        public static Declaration? DeclarationOf(IMethodSymbol definition) =>
            Declarations.GetValue(definition, static method => new StrongBox<Declaration?>(FindDeclaration(method))).Value;

        private static readonly ConditionalWeakTable<IMethodSymbol, StrongBox<Declaration?>> Declarations = new();

        private static Declaration? FindDeclaration(IMethodSymbol definition)
        {
            var attribute = definition.GetAttributes().FirstOrDefault(a => KnownAttributes.IsDifferentiable(a.AttributeClass));
            var syntax = definition.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()).OfType<MethodDeclarationSyntax>().FirstOrDefault();
            return attribute is null || syntax is null ? null : Declaration.Of(definition, syntax, attribute);
        }

        /// <summary>Whether the method is marked [Differentiable].</summary>
        public static bool IsDifferentiable(IMethodSymbol method) =>
            method.GetAttributes().Any(a => KnownAttributes.IsDifferentiable(a.AttributeClass));
    }
}
