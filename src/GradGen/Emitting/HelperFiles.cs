using System.Collections.Generic;
using System.Collections.Immutable;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>The helpers' hidden copies to write: each once per type, whichever of the type's methods call it.</summary>
    internal static class HelperFiles
    {
        /// <remarks>
        /// Two methods of one type parse the same helper to the same model; while an edit is half done they may not,
        /// and the first wins (the compiler reports the half-done code). Ordered by hint name, so that the output
        /// does not depend on the order the methods were found in.
        /// </remarks>
        public static ImmutableArray<MethodModel> Distinct(ImmutableArray<EquatableArray<MethodModel>> helpersOfEachMethod)
        {
            var byHintName = new SortedDictionary<string, MethodModel>(System.StringComparer.Ordinal);
            foreach (var helpers in helpersOfEachMethod)
            {
                foreach (var helper in helpers)
                {
                    if (!byHintName.ContainsKey(helper.HintName))
                    {
                        byHintName.Add(helper.HintName, helper);
                    }
                }
            }

            // Types Net and NET that call one helper of another type would each have a copy under names that differ in case only.
            return HintNameClashes.Numbered(byHintName.Values, helper => helper.HintName, (helper, index) => helper with { HintName = HintNameClashes.Numbered(helper.HintName, index) });
        }
    }
}
