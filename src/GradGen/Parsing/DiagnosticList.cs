using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing
{
    /// <summary>Collects the diagnostics found while parsing one method, already turned into data.</summary>
    internal sealed class DiagnosticList
    {
        private readonly List<DiagnosticInfo> _items = new();

        public bool HasErrors => _items.Count > 0;

        public void Add(DiagnosticDescriptor descriptor, Location? location, params string[] messageArguments) =>
            _items.Add(new DiagnosticInfo(descriptor.Id, LocationInfo.From(location), messageArguments.ToEquatableArray()));

        public void AddRange(DiagnosticList other) => _items.AddRange(other._items);

        public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
    }
}
