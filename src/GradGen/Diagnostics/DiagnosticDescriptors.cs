using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GradGen.Diagnostics
{
    /// <summary>Every diagnostic GradGen reports. Each help link points into the README's diagnostics table.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "GradGen";
        private const string HelpLinkBase = "https://github.com/GradGen/GradGen/blob/main/README.md#";

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
            DiagnosticIds.ContainingTypeNotPartial,
            "The type containing a [Differentiable] method must be partial",
            "Method '{0}' is [Differentiable] but its containing type '{1}' is not partial; add the 'partial' modifier to '{1}' so GradGen can add the derivative methods beside it");

        public static readonly DiagnosticDescriptor UnsupportedReturnType = Error(
            DiagnosticIds.UnsupportedReturnType,
            "A [Differentiable] method must return double, float, an array of them or a tuple of them",
            "Method '{0}' returns '{1}', which GradGen cannot differentiate; return double or float, a new double[] or float[], or a tuple of 2 to 7 double or float elements");

        public static readonly DiagnosticDescriptor UnsupportedParameterType = Error(
            DiagnosticIds.UnsupportedParameterType,
            "A parameter type cannot be differentiated",
            "Method '{0}' parameter '{1}' has type '{2}', which GradGen cannot differentiate; mark it [NoDerivative] or change its type to double, float or an array of them");

        public static readonly DiagnosticDescriptor ByReferenceParameter = Error(
            DiagnosticIds.ByReferenceParameter,
            "A ref, out or in parameter must be marked [NoDerivative]",
            "Method '{0}' parameter '{1}' is passed by reference ('{2}'), which GradGen cannot differentiate; mark it [NoDerivative] or pass it by value");

        public static readonly DiagnosticDescriptor NoDifferentiableParameter = Error(
            DiagnosticIds.NoDifferentiableParameter,
            "A [Differentiable] method needs a differentiable parameter",
            "Method '{0}' has no parameter to differentiate with respect to{1}; GradGen differentiates by-value double and float parameters and arrays of them: add one without [NoDerivative], or remove [Differentiable]");

        public static readonly DiagnosticDescriptor InvalidStep = Error(
            DiagnosticIds.InvalidStep,
            "Step must be a finite positive number",
            "Method '{0}' has Step = {1}, but the finite-difference step must be a finite positive number; remove Step to use 1e-4 or set a value such as 1e-6");

        public static readonly DiagnosticDescriptor GeneratedMemberCollision = Error(
            DiagnosticIds.GeneratedMemberCollision,
            "A generated member would collide with an existing member",
            "GradGen cannot generate '{0}' for method '{1}': it would collide with {2}; rename the method or the other member");

        public static readonly DiagnosticDescriptor GenericMethod = Error(
            DiagnosticIds.GenericMethod,
            "A generic [Differentiable] method must be generic over one T : IFloatingPointIeee754<T>",
            "Method '{0}' cannot be differentiated as a generic method: {1}");

        public static readonly DiagnosticDescriptor GenericMathMember = Error(
            DiagnosticIds.GenericMathMember,
            "GradGen writes no generic Hessian or Jacobian members",
            "Method '{0}' is generic, and GradGen does not write {1} for generic methods (only the differences, the exact gradient, forward mode and the gradient check); {2}");

        public static readonly DiagnosticDescriptor GenericMathType = Error(
            DiagnosticIds.GenericMathType,
            "A generic [Differentiable] method differentiates its type parameter and arrays of it only",
            "Method '{0}' is generic over '{1}', but {2} has type '{3}': a generic method's differentiable parameters and result must be '{1}' or rectangular arrays of '{1}' (spans, arrays of arrays, structs, double and float are refused here); {4}");

        public static readonly DiagnosticDescriptor FileLocalContainingType = Error(
            DiagnosticIds.FileLocalContainingType,
            "A [Differentiable] method cannot be in a file-local type",
            "Method '{0}' is [Differentiable] but its containing type '{1}' is file-local, and generated code lives in another file that cannot extend it; remove the 'file' modifier from '{1}'");

        public static readonly DiagnosticDescriptor InvalidDefaultStep = Error(
            DiagnosticIds.InvalidDefaultStep,
            "GradGenDefaultStep must be a finite positive number",
            "The project property GradGenDefaultStep is '{0}', but the finite-difference step must be a finite positive number written with a '.' decimal point, such as 1e-6 or 0.001; fix it, or remove it to use 1e-4");
        public static readonly DiagnosticDescriptor CustomDerivativeMismatch = Error(
            "GG0011",
            "A [DerivativeOf] method must match the method it differentiates",
            "Method '{0}' cannot be the custom derivative of '{1}': {2}");

        public static readonly DiagnosticDescriptor LocalFunction = Error(
            DiagnosticIds.LocalFunction,
            "A local function cannot be [Differentiable]",
            "Local function '{0}' is [Differentiable], but GradGen writes derivatives only beside methods of a partial type; move '{0}' into a 'static partial class' (for example 'static partial class Functions') and call 'Functions.{0}Gradient'");

        public static readonly DiagnosticDescriptor HessianThroughCustomDerivative = Warning(
            DiagnosticIds.HessianThroughCustomDerivative,
            "A Hessian needs the second derivative of a [DerivativeOf] custom derivative",
            "Method '{0}' asks for a Hessian, but calls '{1}' through its [DerivativeOf] custom derivative, which gives first derivatives only; its Hessian members are centered differences of its exact gradient");

        public static readonly DiagnosticDescriptor HessianOfFallback = Warning(
            DiagnosticIds.HessianOfFallback,
            "A Hessian of a method whose gradient falls back is numeric",
            "Method '{0}' asks for a Hessian, but its gradient falls back to a numeric estimate because it uses {1}; its Hessian members are centered differences of that gradient");

        public static readonly DiagnosticDescriptor HessianOfVectorValuedMethod = Error(
            DiagnosticIds.HessianOfVectorValuedMethod,
            "A vector-valued method has no Hessian",
            "Method '{0}' returns '{1}', several values, so it has a Jacobian and no Hessian; remove 'Hessian = true' to get its Jacobian members (MJacobian, MJacobianVectorProduct, ...)");

        public static readonly DiagnosticDescriptor InvalidOutputParameter = Error(
            DiagnosticIds.InvalidOutputParameter,
            "[Output] marks a by-value double[] or float[]",
            "Method '{0}' parameter '{1}' is [Output] but has type '{2}'; [Output] marks the by-value double[] or float[] the method writes its outputs into");

        public static readonly DiagnosticDescriptor OutputParameterOfMethodWithResult = Error(
            DiagnosticIds.OutputParameterOfMethodWithResult,
            "A method with an [Output] parameter must return void",
            "Method '{0}' returns '{1}' and writes its outputs into [Output] parameter '{2}'; give the outputs one way: return void, or remove [Output]");

        public static readonly DiagnosticDescriptor SeveralOutputParameters = Error(
            DiagnosticIds.SeveralOutputParameters,
            "A method has at most one [Output] parameter",
            "Method '{0}' has [Output] parameters '{1}' and '{2}'; write every output into one array");

        public static readonly DiagnosticDescriptor OutputParameterRead = Error(
            DiagnosticIds.OutputParameterRead,
            "An [Output] array is written, never read",
            "Method '{0}' reads its [Output] array '{1}' in '{2}', which GradGen treats as written only (its contents on entry are not an input); compute the value in a local and write it to '{1}' with '{1}[i] = ...'");

        public static readonly DiagnosticDescriptor SecondOrderOfArrayOfArrays = Error(
            DiagnosticIds.SecondOrderOfArrayOfArrays,
            "The Hessian and Jacobian members take no arrays of arrays or spans",
            "Method '{0}' {1}, but its parameter '{2}' has type '{3}': the Hessian and Jacobian members number the inputs as the elements of rectangular arrays, and take no arrays of arrays or spans; {4}, or pass the values in a 'double[]' (or mark '{2}' [NoDerivative])");

        // Issue 19: differentiable structs (GG0040-GG0049).
        public static readonly DiagnosticDescriptor StructReferenceField = Error(
            DiagnosticIds.StructReferenceField,
            "A differentiable struct cannot have a reference-type field",
            "Method '{0}' {1} has struct type '{2}', whose field '{3}' has reference type '{4}'; GradGen differentiates structs of double and float fields: mark the parameter [NoDerivative], or move the reference out of the struct");

        public static readonly DiagnosticDescriptor StructUnsupportedField = Error(
            DiagnosticIds.StructUnsupportedField,
            "A differentiable struct has a field of an unsupported type",
            "Method '{0}' {1} has struct type '{2}', whose field '{3}' has type '{4}', which GradGen cannot carry through a derivative; fields must be double, float, int, long, bool or structs of them: mark the parameter [NoDerivative], or change the field's type");

        public static readonly DiagnosticDescriptor StructNotRebuildable = Error(
            DiagnosticIds.StructNotRebuildable,
            "A differentiable struct must be readable and rebuildable from its fields",
            "Method '{0}' {1} has struct type '{2}', which GradGen cannot read or rebuild from its fields: field '{3}': {4}; make the field public (or internal) and settable, or give the struct a constructor that only assigns each field from a parameter (a record struct's primary constructor does)");

        public static readonly DiagnosticDescriptor StructByReference = Error(
            DiagnosticIds.StructByReference,
            "A differentiable struct must be passed by value or by 'in'",
            "Method '{0}' parameter '{1}' is struct '{2}' passed by '{3}', which GradGen cannot differentiate (the method may write to it); pass it by value or by 'in', or mark it [NoDerivative]");

        public static readonly DiagnosticDescriptor StructResult = Error(
            DiagnosticIds.StructResult,
            "A struct result must have 2 to 7 double or float fields",
            "Method '{0}' returns struct '{1}', which has {2}; a struct result's fields are the method's outputs: give it 2 to 7 double or float fields, or return a double[]");

        public static readonly DiagnosticDescriptor NotExactlyDifferentiable = new(
            "GG0100",
            "A construct in a [Differentiable] method cannot be differentiated exactly",
            "Method '{0}' uses {1}, which GradGen cannot differentiate exactly, so its {2}; rewrite it with the supported constructs, or set [Differentiable(Gradient = GradientMethod.Numeric)] to choose the numeric gradient",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "gg0100");

        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
        {
            ContainingTypeNotPartial,
            UnsupportedReturnType,
            UnsupportedParameterType,
            ByReferenceParameter,
            NoDifferentiableParameter,
            InvalidStep,
            GeneratedMemberCollision,
            GenericMethod,
            GenericMathMember,
            GenericMathType,
            FileLocalContainingType,
            InvalidDefaultStep,
            CustomDerivativeMismatch,
            LocalFunction,
            HessianThroughCustomDerivative,
            HessianOfFallback,
            HessianOfVectorValuedMethod,
            InvalidOutputParameter,
            OutputParameterOfMethodWithResult,
            SeveralOutputParameters,
            OutputParameterRead,
            SecondOrderOfArrayOfArrays,
            StructReferenceField,
            StructUnsupportedField,
            StructNotRebuildable,
            StructByReference,
            StructResult,
            NotExactlyDifferentiable,
        }.ToDictionary(descriptor => descriptor.Id);

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
