using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Model
{
    /// <summary>
    /// One scalar leaf of a differentiable struct (issue 19): the member path that reads it (<c>.X</c>,
    /// <c>.Pos.X</c>), its type, and whether it is a constant ([NoDerivative], or an int, long or bool field).
    /// </summary>
    internal sealed record StructLeafModel(string Path, BodyType Type, bool IsConstant)
    {
        /// <summary>The leaf's part of a flattened name: <c>X</c>, <c>Pos_X</c>.</summary>
        public string NamePart => Path.TrimStart('.').Replace('.', '_');
    }

    /// <summary>Text of a template, or (where <see cref="Leaf"/> is not -1) the value of one leaf.</summary>
    internal sealed record TemplatePart(string Text, int Leaf = -1);

    /// <summary>
    /// A differentiable struct as the emitters see it: its type as written in generated code, its leaves in order,
    /// and how to build one from leaf values (<c>new global::N.Vec2(x, y)</c> or <c>new global::N.P { X = x, Y = y }</c>).
    /// </summary>
    internal sealed record StructLayoutModel(string Type, EquatableArray<StructLeafModel> Leaves, EquatableArray<TemplatePart> Construction)
    {
        /// <summary>The struct built from <paramref name="leafValues"/>, one per leaf, in order.</summary>
        public string Build(IReadOnlyList<string> leafValues) =>
            string.Concat(Construction.Select(part => part.Leaf < 0 ? part.Text : leafValues[part.Leaf]));
    }

    /// <summary>
    /// How one parameter as declared maps onto the parameters of the flattened method: <see cref="Count"/> of them from
    /// <see cref="First"/>; a struct (or an array of structs, <see cref="Rank"/> > 0) has a <see cref="Layout"/> and one
    /// flattened parameter per leaf; any other parameter is itself.
    /// </summary>
    internal sealed record StructParameterMap(int First, int Count, StructLayoutModel? Layout, int Rank);

    /// <summary>
    /// A [Differentiable] method with struct parameters or a struct result (issue 19), differentiated as a flattened
    /// method of its scalar leaves: what the struct-shaped members written over the flattened one need to know.
    /// </summary>
    /// <param name="Name">The method's own name; the model that holds this has the flattened method's name.</param>
    /// <param name="Accessibility">The method's accessibility, which its struct-shaped members take.</param>
    /// <param name="Parameters">The parameters as declared: a struct's <see cref="ParameterModel.StructType"/> is its gradient's type.</param>
    /// <param name="Maps">For each declared parameter, the flattened parameters that stand for it.</param>
    /// <param name="Result">The struct the method returns, whose leaves are its outputs; null where it returns a scalar.</param>
    /// <param name="ResultType">The method's return type as written.</param>
    internal sealed record StructAdapterModel(
        string Name,
        string Accessibility,
        EquatableArray<ParameterModel> Parameters,
        EquatableArray<StructParameterMap> Maps,
        StructLayoutModel? Result,
        string ResultType)
    {
        /// <summary>
        /// The name of the flattened method that stands for <paramref name="methodName"/>; where the method has overloads
        /// (its hint name lists its parameter types), with those types, since two overloads may flatten to the same leaves.
        /// </summary>
        public static string FlatName(string methodName, string hintName)
        {
            var open = hintName.IndexOf('(');
            var close = hintName.LastIndexOf(')');
            var types = open >= 0 && close > open
                ? "_" + new string(hintName.Substring(open + 1, close - open - 1).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray())
                : string.Empty;
            return "__" + methodName + "Leaves" + types;
        }
    }
}
