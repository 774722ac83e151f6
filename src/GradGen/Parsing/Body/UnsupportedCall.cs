using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Says, for GG0100 at a call GradGen cannot differentiate through, what to do about it: mark the callee
    /// [Differentiable] (naming, in the same build, the methods it calls that would need the same), give it a
    /// [DerivativeOf], write a LINQ reduction as a loop, or wrap a method without source.
    /// </summary>
    internal static class UnsupportedCall
    {
        /// <summary>How many methods of a chain one message names.</summary>
        private const int MaxChain = 8;

        public static string Describe(IMethodSymbol method, InvocationExpressionSyntax invocation, Compilation compilation)
        {
            var call = UnsupportedConstruct.Describe(invocation);
            var name = method.Name;
            if (method.ContainingType?.ToDisplayString() == "System.Linq.Enumerable")
            {
                return call + ", a LINQ method (" + LoopAdvice(name) + ")";
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                return call + " through a delegate, which GradGen cannot follow (call a [Differentiable] method by name instead)";
            }

            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return call + ", a local function GradGen cannot inline (it inlines those whose body is one expression, with parameters by value; or move '" + name + "' into the partial type and mark it [Differentiable])";
            }

            if (MathFunctions.IsMathType(method.ContainingType))
            {
                return call + ", which is not among the Math functions GradGen differentiates (see the README's table; or call it from a method of yours that has a [DerivativeOf] custom derivative)";
            }

            if (!HasBody(method))
            {
                return call + " (GradGen cannot see the body of '" + name + "': call it from a method of yours that has a [DerivativeOf] custom derivative)";
            }

            var chain = UnmarkedCallees(method, compilation);
            return call + " (mark '" + name + "' [Differentiable] or give it a [DerivativeOf] custom derivative"
                + (chain.Count == 0 ? string.Empty : "; '" + name + "' calls " + Names(chain) + ", which need" + (chain.Count == 1 ? "s" : string.Empty) + " the same")
                + ")";
        }

        private static string LoopAdvice(string name) => name switch
        {
            "Sum" => "write the loop, which GradGen differentiates exactly: 'double s = 0; for (int i = 0; i < x.Length; i++) s += x[i];'",
            "Max" or "Min" => "write the loop, which GradGen differentiates exactly: 'double m = x[0]; for (int i = 1; i < x.Length; i++) m = Math." + name + "(m, x[i]);'",
            "Average" => "write the loop, which GradGen differentiates exactly: the sum of the elements divided by 'x.Length'",
            _ => "write it as a 'for' or 'foreach' loop over the array, which GradGen differentiates exactly",
        };

        private static bool HasBody(IMethodSymbol method) =>
            method.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null });

        /// <summary>
        /// The methods with source that <paramref name="method"/> calls, directly or through one another, that are
        /// neither [Differentiable] nor have a custom derivative: marking only the first would report the next on the
        /// next build.
        /// </summary>
        private static List<IMethodSymbol> UnmarkedCallees(IMethodSymbol method, Compilation compilation)
        {
            var found = new List<IMethodSymbol>();
            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method.OriginalDefinition };
            var pending = new Queue<IMethodSymbol>();
            pending.Enqueue(method);
            while (pending.Count > 0 && found.Count < MaxChain)
            {
                foreach (var reference in pending.Dequeue().DeclaringSyntaxReferences)
                {
                    var node = reference.GetSyntax();
                    var semanticModel = compilation.GetSemanticModel(node.SyntaxTree);
                    foreach (var invocation in node.DescendantNodes().OfType<InvocationExpressionSyntax>())
                    {
                        if (semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol called
                            && (called.ReducedFrom ?? called).OriginalDefinition is var callee
                            && callee.MethodKind == MethodKind.Ordinary
                            && !MathFunctions.IsMathType(callee.ContainingType)
                            && !CalleeParser.IsDifferentiableCallee(callee)
                            && HasBody(callee)
                            && visited.Add(callee)
                            && found.Count < MaxChain)
                        {
                            found.Add(callee);
                            pending.Enqueue(callee);
                        }
                    }
                }
            }

            return found;
        }

        private static string Names(List<IMethodSymbol> methods)
        {
            var names = methods.Select(m => "'" + m.Name + "'").ToList();
            return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        }
    }
}
