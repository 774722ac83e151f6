using System.Collections.Generic;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using GradGen.Parsing.Structs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing
{
    /// <summary>
    /// What a [Differentiable] method's declaration alone decides, before its body is read: where its derivatives go,
    /// their parameters and step, and the errors that stop GradGen generating them. A caller asks the same of its
    /// callees, so that it never calls derivatives that are not generated.
    /// </summary>
    internal sealed class Declaration
    {
        private Declaration(
            string @namespace,
            EquatableArray<ContainingTypeModel> containingTypes,
            ScalarKind? returnKind,
            OutputModel? output,
            EquatableArray<ParameterModel> parameters,
            double? step,
            string hintName,
            DiagnosticList diagnostics,
            bool generatesDerivatives,
            bool stepFromAttributeOnly,
            StructAdapterModel? structs,
            GenericMathModel? genericMath)
        {
            GenericMath = genericMath;
            Structs = structs;
            StepFromAttributeOnly = stepFromAttributeOnly;
            Namespace = @namespace;
            ContainingTypes = containingTypes;
            ReturnKind = returnKind;
            Output = output;
            Parameters = parameters;
            Step = step;
            HintName = hintName;
            Diagnostics = diagnostics;
            GeneratesDerivatives = generatesDerivatives;
        }

        public string Namespace { get; }

        public EquatableArray<ContainingTypeModel> ContainingTypes { get; }

        /// <summary>The method's scalar return type; double for a vector-valued method, whose outputs are <see cref="Output"/>.</summary>
        public ScalarKind? ReturnKind { get; }

        /// <summary>The outputs of a vector-valued method; null where it returns one scalar.</summary>
        public OutputModel? Output { get; }

        public EquatableArray<ParameterModel> Parameters { get; }

        public double? Step { get; }

        public string HintName { get; }

        /// <summary>Whether the finite-difference members take their step from the attribute only: see <see cref="MethodModel.StepFromAttributeOnly"/>.</summary>
        public bool StepFromAttributeOnly { get; }

        public DiagnosticList Diagnostics { get; }

        /// <summary>The method as declared where it takes or returns differentiable structs (issue 19): then <see cref="Parameters"/> are the flattened ones.</summary>
        public StructAdapterModel? Structs { get; }

        /// <summary>The method's scalar type parameter where it is generic (issue 14, item 6).</summary>
        public GenericMathModel? GenericMath { get; }

        /// <summary>Whether GradGen writes the method's derivatives: no error, and nothing the compiler rejects anyway.</summary>
        public bool GeneratesDerivatives { get; }

        public static Declaration Of(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeData attribute)
        {
            var diagnostics = new DiagnosticList();
            var containingTypes = ContainingTypeParser.Parse(syntax, diagnostics);

            var genericMath = Parsing.GenericMath.Parse(method, syntax, MethodParser.WantsHessian(attribute), diagnostics);
            if (method.IsGenericMethod && genericMath is null)
            {
                // Refused with GG0008 (or by the compiler): its one reason, not every type T stands in for.
                return new Declaration(string.Empty, containingTypes, null, null, EquatableArray<ParameterModel>.Empty, null, string.Empty, diagnostics, false, false, null, null);
            }

            var returnKind = ParameterParser.ScalarKindOf(method.ReturnType);
            var output = returnKind is null ? OutputParser.Parse(method.ReturnType) : null;
            StructLayout? resultStruct = null;
            output ??= returnKind is null ? StructMethods.ResultOf(method, syntax, diagnostics, out resultStruct) : null;
            if (OutputParser.ParseParameter(method, syntax, diagnostics) is { } written)
            {
                output = method.ReturnsVoid ? written : null;
            }

            if (output is not null)
            {
                returnKind = ScalarKind.Double;
                if (MethodParser.WantsHessian(attribute))
                {
                    diagnostics.Add(DiagnosticDescriptors.HessianOfVectorValuedMethod, syntax.ReturnType.GetLocation(), method.Name, TypeNames.ForSignature(method.ReturnType));
                }
            }

            if (returnKind is null && method.ReturnType.TypeKind != TypeKind.Error && !StructLayouts.IsCandidate(method.ReturnType))
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedReturnType, syntax.ReturnType.GetLocation(), method.Name, TypeNames.ForSignature(method.ReturnType));
            }

            var parameterProblems = new DiagnosticList();
            var rejected = new List<string>();
            var parameters = ParameterParser.Parse(method, parameterProblems, rejected);
            var structProblems = new DiagnosticList();
            var structs = StructMethods.Flatten(method, parameters, resultStruct, structProblems, MethodParser.AccessibilityText(method.DeclaredAccessibility));
            if (structs is { } flattened)
            {
                parameters = flattened.Flat;
            }

            if (structProblems.HasErrors)
            {
                // A struct GradGen cannot flatten (issue 19): its own error says why, whatever else is differentiable.
                diagnostics.AddRange(structProblems);
                diagnostics.AddRange(parameterProblems);
            }
            else if (!parameters.Any(parameter => parameter.IsDifferentiable) && !method.Parameters.Any(p => p.Type.TypeKind == TypeKind.Error))
            {
                // One error that says what is supported: marking a rejected parameter [NoDerivative] (GG0003's fix)
                // would leave nothing to differentiate.
                diagnostics.Add(DiagnosticDescriptors.NoDifferentiableParameter, syntax.Identifier.GetLocation(), method.Name, Rejections(rejected));
            }
            else
            {
                diagnostics.AddRange(parameterProblems);
            }

            RejectSecondOrderOfArraysOfArrays(method, attribute, output, parameters, diagnostics);
            var step = StepParser.Parse(method, attribute, diagnostics);
            var @namespace = method.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;
            var hintName = HintNames.For(method, @namespace, containingTypes.Select(type => type.FileNamePart));
            var stepFromAttributeOnly = CollisionChecker.Check(method, attribute, hintName, parameters, diagnostics);

            // A generic method generates only as generic math: any other is an error, or the compiler's own.
            var generates = !diagnostics.HasErrors && returnKind is not null && !HasErrorTypes(method) && (genericMath is not null || !method.IsGenericMethod);
            return new Declaration(@namespace, containingTypes, returnKind, output, parameters, step, hintName, diagnostics, generates, stepFromAttributeOnly, structs?.Adapter, genericMath);
        }

        /// <summary>GG0035: the Hessian and Jacobian members count inputs as rectangular arrays' elements (issue 14).</summary>
        private static void RejectSecondOrderOfArraysOfArrays(IMethodSymbol method, AttributeData attribute, OutputModel? output, EquatableArray<ParameterModel> parameters, DiagnosticList diagnostics)
        {
            var wantsHessian = MethodParser.WantsHessian(attribute);
            if (!wantsHessian && output is null)
            {
                return;
            }

            for (var i = 0; i < parameters.Count; i++)
            {
                if (parameters[i].Shape is { Layout: not ArrayLayout.Rectangular })
                {
                    var parameter = method.Parameters[i];
                    diagnostics.Add(
                        DiagnosticDescriptors.SecondOrderOfArrayOfArrays,
                        parameter.Locations.FirstOrDefault(),
                        method.Name,
                        output is null ? "asks for a Hessian" : "returns several values (its Jacobian members)",
                        parameter.Name,
                        TypeNames.ForSignature(parameter.Type),
                        output is null ? "remove 'Hessian = true'" : "return one value");
                }
            }
        }

        /// <summary>" (parameter 'p' has type 'decimal[]')", or nothing when no parameter was rejected.</summary>
        private static string Rejections(List<string> rejected) => rejected.Count switch
        {
            0 => string.Empty,
            1 => " (parameter " + rejected[0] + ")",
            _ => " (parameters " + string.Join(", ", rejected.Take(rejected.Count - 1)) + " and " + rejected[rejected.Count - 1] + ")",
        };

        /// <summary>
        /// Code the compiler rejects anyway (an unknown type, two parameters of one name): nothing is generated, so the
        /// user sees the compiler's error alone.
        /// </summary>
        private static bool HasErrorTypes(IMethodSymbol method) =>
            method.ReturnType.TypeKind == TypeKind.Error
            || method.Parameters.Any(p => p.Type.TypeKind == TypeKind.Error)
            || method.Parameters.Select(p => p.Name).Distinct().Count() != method.Parameters.Length;
    }
}
