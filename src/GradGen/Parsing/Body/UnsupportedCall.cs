using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Says, for GG0100 at a call GradGen cannot differentiate through and that is no helper (those are
    /// <see cref="HelperParser"/>'s), what to do about it: write a LINQ reduction as a loop, call a named method
    /// instead of a delegate, or wrap a method without source in one with a [DerivativeOf].
    /// </summary>
    internal static class UnsupportedCall
    {
        public static string Describe(IMethodSymbol method, InvocationExpressionSyntax invocation)
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

            if (MathFunctions.IsMathType(method.ContainingType))
            {
                return call + ", which is not among the Math functions GradGen differentiates (see the README's table; or call it from a method of yours that has a [DerivativeOf] custom derivative)";
            }

            if (!HasBody(method))
            {
                return call + " (GradGen cannot see the body of '" + name + "': call it from a method of yours that has a [DerivativeOf] custom derivative)";
            }

            return call + " (mark '" + name + "' [Differentiable] or give it a [DerivativeOf] custom derivative)";
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
    }
}
