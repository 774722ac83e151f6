using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Which [Differentiable] methods and helpers (those without a [DerivativeOf] custom derivative) each method's body calls,
    /// found once per compilation: the recursion check follows these calls from every call in every body, and
    /// binding each callee's body again for each caller made its cost grow with callers times callees (issue 17).
    /// The generator and the analyzer both see one <see cref="Compilation"/> per edit, so the graph lives as long
    /// as that compilation and no longer.
    /// </summary>
    internal sealed class CallGraph
    {
        private static readonly ConditionalWeakTable<Compilation, CallGraph> ByCompilation = new();

        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _callees = new(SymbolEqualityComparer.Default);

        private CallGraph(Compilation compilation) => _compilation = compilation;

        public static CallGraph Of(Compilation compilation) => ByCompilation.GetValue(compilation, static c => new CallGraph(c));

        /// <summary>Whether <paramref name="from"/> calls <paramref name="target"/>, directly or through other [Differentiable] methods and helpers.</summary>
        /// <param name="semanticModel">The caller's model, whose bindings a callee in the same file shares.</param>
        public bool Reaches(IMethodSymbol from, IMethodSymbol target, SemanticModel semanticModel)
        {
            // A method of a generic type is met as its constructed symbol, while bodies bind to the definition's: compare definitions.
            target = target.OriginalDefinition;
            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<IMethodSymbol>();
            pending.Push(from.OriginalDefinition);
            while (pending.Count > 0)
            {
                var method = pending.Pop();
                if (SymbolEqualityComparer.Default.Equals(method, target))
                {
                    return true;
                }

                if (visited.Add(method))
                {
                    foreach (var callee in _callees.GetOrAdd(method, m => FindCallees(m, semanticModel)))
                    {
                        pending.Push(callee);
                    }
                }
            }

            return false;
        }

        private ImmutableArray<IMethodSymbol> FindCallees(IMethodSymbol method, SemanticModel callerModel)
        {
            var callees = ImmutableArray.CreateBuilder<IMethodSymbol>();
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                var semanticModel = node.SyntaxTree == callerModel.SyntaxTree ? callerModel : _compilation.GetSemanticModel(node.SyntaxTree);
                foreach (var invocation in node.DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol called
                        && (called.ReducedFrom ?? called) is var next
                        && CustomDerivatives.Find(next) is null
                        && (CalleeParser.IsDifferentiable(next) || HelperParser.IsHelperCall(next)))
                    {
                        callees.Add(next.OriginalDefinition);
                    }
                }
            }

            return callees.ToImmutable();
        }
    }
}
