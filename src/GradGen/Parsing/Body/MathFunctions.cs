using System;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing.Body
{
    /// <summary>
    /// Recognises the calls GradGen differentiates by its Math rules: <c>Math.Exp</c>, <c>MathF.Exp</c>, and the static
    /// generic-math methods of <c>double</c> and <c>float</c> (<c>double.Exp</c>, <c>float.Sqrt</c>), which .NET
    /// implements by the same Math and MathF functions; in a generic-math method, the same functions of its type
    /// parameter (<c>T.Exp</c>, declared by <c>IExponentialFunctions&lt;T&gt;</c>), read as double's.
    /// </summary>
    internal static class MathFunctions
    {
        /// <summary>The function and whether it is MathF's (float), or null for any other method.</summary>
        public static (MathFunction Function, bool IsMathF)? Find(IMethodSymbol method) =>
            method.IsStatic && (IsMathType(method.ContainingType) || GenericMath.IsScalarMember(method)) && Enum.TryParse<MathFunction>(method.Name, out var function)
                ? (function, method.ContainingType!.SpecialType == SpecialType.System_Single || method.ContainingType.Name == "MathF")
                : null;

        /// <summary><c>System.Math</c>, <c>System.MathF</c>, <c>double</c> or <c>float</c>.</summary>
        public static bool IsMathType(INamedTypeSymbol? type) =>
            type is not null
            && (type.SpecialType is SpecialType.System_Double or SpecialType.System_Single
                || (type.ContainingType is null && type.Name is "Math" or "MathF" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }));
    }
}
