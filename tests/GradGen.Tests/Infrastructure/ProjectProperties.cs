using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GradGen.Tests.Infrastructure
{
    /// <summary>
    /// MSBuild properties as the compiler passes them to generators and analyzers: global options named
    /// <c>build_property.{Name}</c>, which is what <c>&lt;CompilerVisibleProperty&gt;</c> produces.
    /// </summary>
    internal sealed class ProjectProperties : AnalyzerConfigOptionsProvider
    {
        public static readonly ProjectProperties None = new(new Dictionary<string, string>());

        private readonly Options _global;

        public ProjectProperties(IReadOnlyDictionary<string, string> properties) =>
            _global = new Options(properties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
