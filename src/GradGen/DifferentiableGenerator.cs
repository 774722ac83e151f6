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

            var emitOptions = context.ParseOptionsProvider
                .Select(static (options, _) => new EmitOptions(
                    NullableDirective: options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 }))
                .WithTrackingName(TrackingNames.EmitOptions);

            var methods = parseResults
                .Where(static result => result.Method is not null)
                .Select(static (result, _) => result.Method!)
                .WithTrackingName(TrackingNames.Methods);

            // Valid code can give two methods the same hint name; those are emitted together under resolved names.
            var hintNameClashes = methods
                .Collect()
                .Select(static (all, _) => HintNameClashes.Find(all))
                .WithTrackingName(TrackingNames.HintNameClashes);

            var methodsWithOptions = methods
                .Combine(emitOptions)
                .WithTrackingName(TrackingNames.MethodsWithOptions)
                .Combine(hintNameClashes)
                .WithTrackingName(TrackingNames.MethodsToEmit);

            context.RegisterSourceOutput(methodsWithOptions, static (production, pair) =>
            {
                var (method, options) = pair.Left;
                if (!pair.Right.Contains(method))
                {
                    production.AddSource(method.HintName, SourceFileEmitter.Emit(method, options));
                }
            });

            context.RegisterSourceOutput(hintNameClashes.Combine(emitOptions), static (production, pair) =>
            {
                foreach (var (hintName, method) in pair.Left.WithUniqueNames())
                {
                    production.AddSource(hintName, SourceFileEmitter.Emit(method, pair.Right));
                }
            });
        }
    }
}
