namespace GradGen.Model
{
    /// <summary>
    /// A type that holds [Differentiable] methods with numeric derivatives, for the one file per type that declares
    /// the private helper their generated members share (the Richardson tableau), instead of a copy in each member.
    /// </summary>
    /// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
    /// <param name="ContainingTypes">The type, as the last of its enclosing types, outermost first.</param>
    /// <param name="HintName">The type's part of its methods' file names, then a name no method's file can have.</param>
    internal sealed record TypeHelpersModel(string Namespace, EquatableArray<ContainingTypeModel> ContainingTypes, string HintName)
    {
        /// <summary>
        /// Whether the generated members of <paramref name="method"/> use the tableau of its type: a vector-valued
        /// method has no Richardson members, and an interface may hold no struct where it has variant type parameters
        /// (CS8427), so there each member keeps its own; so does a generic-math method, whose members are lifted to
        /// <c>T</c> with the tableau in them, where the type's tableau is of double.
        /// </summary>
        public static bool HasTableau(MethodModel method) =>
            !method.IsVectorValued && method.GenericMath is null && method.ContainingTypes.Count > 0 && method.ContainingTypes[method.ContainingTypes.Count - 1].Keyword != "interface";
    }
}
