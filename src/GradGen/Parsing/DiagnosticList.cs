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

        /// <summary>A message argument of the first diagnostic with this id, or null when there is none.</summary>
        public string? ArgumentOf(string descriptorId, int index) =>
            _items.FirstOrDefault(item => item.DescriptorId == descriptorId) is { } item && index < item.MessageArguments.Count ? item.MessageArguments[index] : null;

        /// <summary>A message argument of every diagnostic with this id, in the order reported.</summary>
        public IEnumerable<string> ArgumentsOf(string descriptorId, int index) =>
            _items.Where(item => item.DescriptorId == descriptorId && index < item.MessageArguments.Count).Select(item => item.MessageArguments[index]);

        public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
    }
}
