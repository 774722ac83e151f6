using System.Collections.Generic;

namespace GradGen.Model
{
    /// <summary>
    /// A family of methods GradGen writes for each [Differentiable] method <c>M</c>: the suffix of its name and
    /// whether it ends with a <c>step</c> parameter. Parsing uses this to foresee collisions; the emitters to write.
    /// </summary>
    internal sealed record GeneratedMethodKind(string Suffix, bool HasStep)
    {
        public static readonly GeneratedMethodKind ForwardDiff = new("ForwardDiff", HasStep: true);
        public static readonly GeneratedMethodKind CenteredDiff = new("CenteredDiff", HasStep: true);
        public static readonly GeneratedMethodKind Gradient = new("Gradient", HasStep: false);
        public static readonly GeneratedMethodKind ValueAndGradient = new("ValueAndGradient", HasStep: false);

        public static readonly IReadOnlyList<GeneratedMethodKind> All = new[] { ForwardDiff, CenteredDiff, Gradient, ValueAndGradient };

        public string NameFor(string methodName) => methodName + Suffix;
    }
}
