namespace GradGen.Model
{
    /// <summary>A diagnostic as data: the descriptor's id, where it is, and the message arguments.</summary>
    internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArguments);
}
