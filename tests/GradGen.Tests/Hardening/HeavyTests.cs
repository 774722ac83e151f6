using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>
    /// Tests that use both cores on their own (the fuzzer, a thousand-method project, timed cancellation) run alone,
    /// after the rest, so they neither slow the others down nor time themselves against them.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class HeavyTests
    {
        public const string Name = "Heavy";
    }
}
