using GradGen.Diagnostics;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen
{
    /// <summary>
    /// Writes derivative methods beside every method marked <c>[GradGen.Differentiable]</c>.
    /// Data flows one way: attribute, parsing into a value-equatable model, emitting.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DifferentiableGenerator : IIncrementalGenerator
    {
        internal const string DifferentiableAttributeName = "GradGen.DifferentiableAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parseResults = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    DifferentiableAttributeName,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (attributeContext, cancellationToken) => MethodParser.Parse(attributeContext, cancellationToken))
                .WithTrackingName(TrackingNames.ParseResults);

            var diagnostics = parseResults
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (production, items) => DiagnosticReporter.Report(production, items));

            var customDerivativeDiagnostics = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    CustomDerivatives.AttributeName,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (attributeContext, _) => CustomDerivativeChecker.Check(attributeContext))
                .WithTrackingName(TrackingNames.CustomDerivativeDiagnostics);
            context.RegisterSourceOutput(customDerivativeDiagnostics, static (production, items) => DiagnosticReporter.Report(production, items));

            var emitOptions = context.ParseOptionsProvider
                .Select(static (options, _) => new EmitOptions(
                    NullableDirective: options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 }))
                .WithTrackingName(TrackingNames.EmitOptions);

            var methods = parseResults
                .Where(static result => result.Method is not null)
                .Select(static (result, _) => result.Method!)
                .WithTrackingName(TrackingNames.Methods)
                .Combine(emitOptions)
                .WithTrackingName(TrackingNames.MethodsWithOptions);

            context.RegisterSourceOutput(methods, static (production, pair) =>
                production.AddSource(pair.Left.HintName, SourceFileEmitter.Emit(pair.Left, pair.Right)));
        }
    }
}
