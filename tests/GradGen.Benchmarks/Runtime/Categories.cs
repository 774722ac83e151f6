namespace GradGen.Benchmarks.Runtime
{
    /// <summary>Benchmark groups; within each, ratios are to the group's baseline.</summary>
    internal static class Categories
    {
        /// <summary>One evaluation of the function: the unit for the cheap-gradient bound.</summary>
        public const string Evaluate = nameof(Evaluate);

        /// <summary>Forward differences; baseline: the notebook's algorithm by hand.</summary>
        public const string Forward = nameof(Forward);

        /// <summary>Centered differences; baseline: the notebook's algorithm by hand; MathNet beside it.</summary>
        public const string Centered = nameof(Centered);

        /// <summary>Full gradients; baseline: the analytic gradient written by hand.</summary>
        public const string Gradient = nameof(Gradient);

        /// <summary>Jacobians of a vector-valued map; baseline: the analytic Jacobian written by hand.</summary>
        public const string Jacobian = nameof(Jacobian);
    }
}
