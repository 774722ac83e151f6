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

            // DifferentiableAnalyzer reports the problems of each method, where the editor can offer code fixes;
            // the generator reports only the project's settings, which no analyzer sees as source.
            var projectSettings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ProjectSettingsParser.Parse(options.GlobalOptions))
                .WithTrackingName(TrackingNames.ProjectSettings);
            var diagnostics = projectSettings
                .Select(static (settings, _) => settings.Diagnostics)
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
                .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
                .Combine(projectSettings)
                .Select(static (pair, _) => new EmitOptions(pair.Left, pair.Right.DefaultStep, pair.Right.DefaultStepIsFromProject))
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

            // The hidden copies of the helpers the methods call (issue 14), one file per helper and type however
            // many methods of the type call it; a helper's file is written again only where its model changed.
            var helpers = methods
                .Select(static (method, _) => method.Helpers)
                .Collect()
                .SelectMany(static (all, _) => HelperFiles.Distinct(all))
                .WithTrackingName(TrackingNames.Helpers);
            context.RegisterSourceOutput(helpers.Combine(emitOptions), static (production, pair) =>
                production.AddSource(pair.Left.HintName, SourceFileEmitter.Emit(pair.Left, pair.Right)));

            // The helpers the generated members of a type share (the Richardson tableau), one file per type (issue 17).
            var typeHelpers = methods
                .Select(static (method, _) => HintNames.TypeHelpersOf(method))
                .Collect()
                .SelectMany(static (all, _) => TypeHelpersEmitter.Distinct(all))
                .WithTrackingName(TrackingNames.TypeHelpers);
            context.RegisterSourceOutput(typeHelpers.Combine(emitOptions), static (production, pair) =>
                production.AddSource(pair.Left.HintName, TypeHelpersEmitter.Emit(pair.Left, pair.Right)));

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
