namespace GradGen
{
    /// <summary>Names of the pipeline steps, so that tests can assert which of them were cached.</summary>
    internal static class TrackingNames
    {
        public const string ParseResults = nameof(ParseResults);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Methods = nameof(Methods);
        public const string EmitOptions = nameof(EmitOptions);
        public const string ProjectSettings = nameof(ProjectSettings);
        public const string MethodsWithOptions = nameof(MethodsWithOptions);
        public const string CustomDerivativeDiagnostics = nameof(CustomDerivativeDiagnostics);
        public const string HintNameClashes = nameof(HintNameClashes);
        public const string MethodsToEmit = nameof(MethodsToEmit);
        public const string Helpers = nameof(Helpers);
        public const string TypeHelpers = nameof(TypeHelpers);
    }
}
