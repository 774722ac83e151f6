using System.Collections.Generic;
using System.Linq;
using GradGen.Diagnostics;
using GradGen.Model;
using GradGen.Model.Body;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GradGen.Parsing.Structs
{
    /// <summary>A struct parameter (or array of structs) flattened into one parameter per leaf, under these names.</summary>
    internal sealed record StructParameterPlan(IParameterSymbol Parameter, StructLayout Layout, int Rank, IReadOnlyList<string> LeafNames);

    /// <summary>
    /// Flattens a [Differentiable] method that takes or returns differentiable structs (issue 19) into a method of
    /// their scalar leaves, which the rest of GradGen differentiates as any other: a struct parameter <c>Vec2 p</c>
    /// becomes <c>p_X</c> and <c>p_Y</c>, an array <c>Vec2[] ps</c> one array per leaf, <c>ps_X</c> and <c>ps_Y</c>; a
    /// struct result is a tuple of its leaves, so that the method is vector-valued.
    /// </summary>
    internal static class StructMethods
    {
        /// <summary>
        /// The differentiable struct parameters of the method, by position (null for every other parameter and for a
        /// struct GradGen cannot flatten, which <see cref="Flatten"/> reports). Parsing the body asks the same.
        /// </summary>
        public static IReadOnlyList<StructParameterPlan?> PlanParameters(IMethodSymbol method)
        {
            var used = new HashSet<string>(method.Parameters.Select(p => p.Name));
            var plans = new List<StructParameterPlan?>();
            foreach (var parameter in method.Parameters)
            {
                if (!IsFlattened(parameter) || parameter.RefKind is RefKind.Ref or RefKind.Out
                    || StructLayouts.StructOf(parameter.Type) is not { } found
                    || StructLayouts.Of(found.Struct, method.ContainingType, out _) is not { } layout)
                {
                    plans.Add(null);
                    continue;
                }

                var names = new List<string>();
                foreach (var leaf in layout.Leaves)
                {
                    var name = parameter.Name + "_" + leaf.NamePart;
                    var unique = name;
                    for (var suffix = 1; !used.Add(unique); suffix++)
                    {
                        unique = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    names.Add(unique);
                }

                plans.Add(new StructParameterPlan(parameter, layout, found.Rank, names));
            }

            return plans;
        }

        /// <summary>Whether the parameter is one GradGen flattens where its type is a struct: not [NoDerivative] or [Output].</summary>
        public static bool IsFlattened(IParameterSymbol parameter) =>
            !parameter.GetAttributes().Any(a => KnownAttributes.IsNoDerivative(a.AttributeClass)) && !ParameterParser.IsOutput(parameter);

        /// <summary>
        /// The outputs of a method that returns a differentiable struct: a tuple of its leaves; null where it returns
        /// anything else. Reports a struct GradGen cannot flatten or whose leaves cannot all be outputs.
        /// </summary>
        public static OutputModel? ResultOf(IMethodSymbol method, MethodDeclarationSyntax syntax, DiagnosticList diagnostics, out StructLayout? layout)
        {
            layout = null;
            if (method.ReturnType is not INamedTypeSymbol type || !StructLayouts.IsCandidate(type))
            {
                return null;
            }

            var location = syntax.ReturnType.GetLocation();
            var typeName = TypeNames.ForSignature(type);
            layout = StructLayouts.Of(type, method.ContainingType, out var problem);
            if (layout is null)
            {
                diagnostics.Add(problem!.Descriptor, location, method.Name, "result", typeName, problem.Member, problem.Detail);
                return null;
            }

            var leaves = layout.Leaves.ToList();
            var notOutput = leaves.FirstOrDefault(leaf => leaf.IsConstant);
            if (leaves.Count is < 2 or > OutputParser.LargestTuple || notOutput is not null)
            {
                var detail = notOutput is not null
                    ? "the field '" + notOutput.Path.TrimStart('.') + "', which is " + (notOutput.Type.IsReal() ? "[NoDerivative]" : "of type " + notOutput.Type.Keyword())
                    : leaves.Count + " scalar field" + (leaves.Count == 1 ? string.Empty : "s");
                diagnostics.Add(DiagnosticDescriptors.StructResult, location, method.Name, typeName, detail);
                layout = null;
                return null;
            }

            var elements = leaves.Select(leaf => new TupleElementModel(null, leaf.Type == BodyType.Float ? ScalarKind.Float : ScalarKind.Double)).ToEquatableArray();
            var kind = elements.All(e => e.Kind == ScalarKind.Float) ? ScalarKind.Float : ScalarKind.Double;
            return new OutputModel(OutputShape.Tuple, kind, elements, "(" + string.Join(", ", elements.Select(e => e.Kind == ScalarKind.Float ? "float" : "double")) + ")");
        }

        /// <summary>
        /// The flattened parameters and the method as declared, where the method takes or returns a differentiable
        /// struct; null where it does neither. Reports each struct parameter GradGen cannot flatten.
        /// </summary>
        public static (EquatableArray<ParameterModel> Flat, StructAdapterModel Adapter)? Flatten(
            IMethodSymbol method, EquatableArray<ParameterModel> declared, StructLayout? result, DiagnosticList diagnostics, string accessibility)
        {
            var structParameters = method.Parameters.Where(p => IsFlattened(p) && StructLayouts.StructOf(p.Type) is not null).ToList();
            if (structParameters.Count == 0 && result is null)
            {
                return null;
            }

            foreach (var parameter in structParameters)
            {
                var location = parameter.Locations.FirstOrDefault();
                var found = StructLayouts.StructOf(parameter.Type)!.Value;
                var typeName = TypeNames.ForSignature(found.Struct);
                if (parameter.RefKind is RefKind.Ref or RefKind.Out)
                {
                    diagnostics.Add(DiagnosticDescriptors.StructByReference, location, method.Name, parameter.Name, typeName, parameter.RefKind == RefKind.Ref ? "ref" : "out");
                }
                else if (StructLayouts.Of(found.Struct, method.ContainingType, out var problem) is null)
                {
                    diagnostics.Add(problem!.Descriptor, location, method.Name, "parameter '" + parameter.Name + "'", typeName, problem.Member, problem.Detail);
                }
            }

            var plans = PlanParameters(method);
            var flat = new List<ParameterModel>();
            var maps = new List<StructParameterMap>();
            var asDeclared = new List<ParameterModel>();
            for (var i = 0; i < declared.Count; i++)
            {
                if (plans[i] is not { } plan)
                {
                    maps.Add(new StructParameterMap(flat.Count, 1, null, 0));
                    flat.Add(declared[i]);
                    asDeclared.Add(declared[i]);
                    continue;
                }

                var model = StructLayouts.ModelOf(plan.Layout, method.ContainingType);
                var brackets = plan.Rank == 0 ? string.Empty : "[" + new string(',', plan.Rank - 1) + "]";
                maps.Add(new StructParameterMap(flat.Count, model.Leaves.Count, model, plan.Rank));
                for (var leaf = 0; leaf < model.Leaves.Count; leaf++)
                {
                    var type = model.Leaves[leaf].Type;
                    var shape = model.Leaves[leaf].IsConstant || !type.IsReal()
                        ? null
                        : new DifferentiableShape(type == BodyType.Float ? ScalarKind.Float : ScalarKind.Double, plan.Rank);
                    var typeText = type.Keyword() + brackets;
                    flat.Add(new ParameterModel(plan.LeafNames[leaf], typeText, typeText, string.Empty, string.Empty, shape));
                }

                var differentiable = model.Leaves.Any(leaf => !leaf.IsConstant);
                asDeclared.Add(declared[i] with
                {
                    Shape = differentiable ? new DifferentiableShape(ScalarKind.Double, plan.Rank) : null,
                    StructType = differentiable ? model.Type + brackets : null,
                });
            }

            var resultModel = result is null ? null : StructLayouts.ModelOf(result, method.ContainingType);
            var adapter = new StructAdapterModel(method.Name, accessibility, asDeclared.ToEquatableArray(), maps.ToEquatableArray(), resultModel, TypeNames.ForCode(method.ReturnType));
            return (flat.ToEquatableArray(), adapter);
        }
    }
}
