namespace GradGen.Emitting
{
    /// <summary>The nullable context of every generated file (C# 8 and later).</summary>
    internal static class NullableContext
    {
        /// <summary>
        /// Annotations on, so that the signatures say where null may go whatever the project's setting, but warnings
        /// off: with <c>#nullable enable</c> the compiler ran its nullable flow analysis over every generated body, about
        /// a third of the time it took to compile GradGen's code (issue 17's profile of <c>Emit</c>), for warnings the
        /// user could not act on in code they did not write. CONVENTIONS.md asks for <c>#nullable enable</c>; this
        /// keeps what it is for (annotated signatures) and drops the cost.
        /// </summary>
        public const string Directive = "#nullable enable annotations";
    }
}
