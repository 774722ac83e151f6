using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Parsing.Body;
using Microsoft.CodeAnalysis;

namespace GradGen.Parsing.Structs
{
    /// <summary>One parameter of a flattened signature: a scalar or array parameter as declared, or one leaf of a struct.</summary>
    internal sealed record FlatParameter(string Name, BodyType Type, int Rank, bool IsDifferentiable, ArrayLayout Layout, string TypeText)
    {
        public CalleeParameter ToCallee() => new(Name, Type, Rank, IsDifferentiable, Layout);

        public ParameterModel ToModel() => new(
            Name,
            TypeText,
            TypeText,
            string.Empty,
            string.Empty,
            IsDifferentiable ? new DifferentiableShape(Type == BodyType.Float ? ScalarKind.Float : ScalarKind.Double, Rank, Layout) : null);
    }

    /// <summary>
    /// The parameters of the hidden flattened copy of a method that takes, returns or is a member of differentiable
    /// structs (issue 19, <see cref="StructCalls"/>): for a struct's instance member, the leaves of the struct it is
    /// called on first (<c>self_X</c>, <c>self_Y</c>); then each parameter, a struct one as its leaves (<c>p_X</c>,
    /// an array of structs as one array per leaf), any other as declared.
    /// </summary>
    internal sealed class FlatSignature
    {
        private FlatSignature(StructLayout? receiver, IReadOnlyList<string> receiverNames, IReadOnlyList<StructParameterPlan?> plans, IReadOnlyList<FlatParameter> parameters)
        {
            Receiver = receiver;
            ReceiverNames = receiverNames;
            Plans = plans;
            Parameters = parameters;
        }

        /// <summary>The struct the member is called on, flattened; null for a static method or a member of a class.</summary>
        public StructLayout? Receiver { get; }

        /// <summary>The names of the receiver's leaves, in layout order.</summary>
        public IReadOnlyList<string> ReceiverNames { get; }

        /// <summary>For each declared parameter, its struct plan, or null for a parameter passed as declared.</summary>
        public IReadOnlyList<StructParameterPlan?> Plans { get; }

        /// <summary>The copy's parameters in order.</summary>
        public IReadOnlyList<FlatParameter> Parameters { get; }

        /// <summary>
        /// The flattened signature; null where a parameter is neither a struct GradGen flattens nor a scalar or array
        /// the body may use (a [NoDerivative] struct, a struct passed by <c>ref</c>).
        /// </summary>
        /// <param name="receiver">The layout of the struct the method is a member of, where it is an instance member of one.</param>
        public static FlatSignature? Of(IMethodSymbol method, StructLayout? receiver)
        {
            var plans = StructMethods.PlanParameters(method);
            var parameters = new List<FlatParameter>();
            var receiverNames = new List<string>();
            if (receiver is not null)
            {
                var used = new HashSet<string>(method.Parameters.Select(p => p.Name).Concat(plans.Where(plan => plan is not null).SelectMany(plan => plan!.LeafNames)));
                foreach (var leaf in receiver.Leaves)
                {
                    var name = "self_" + leaf.NamePart;
                    var unique = name;
                    for (var suffix = 1; !used.Add(unique); suffix++)
                    {
                        unique = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    receiverNames.Add(unique);
                    parameters.Add(Leaf(unique, leaf, 0));
                }
            }

            for (var i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                if (plans[i] is { } plan)
                {
                    var leaves = plan.Layout.Leaves.ToList();
                    for (var k = 0; k < leaves.Count; k++)
                    {
                        parameters.Add(Leaf(plan.LeafNames[k], leaves[k], plan.Rank));
                    }

                    continue;
                }

                if (parameter.RefKind != RefKind.None || BodyScope.ShapeOf(parameter.Type) is not { } shape)
                {
                    return null;
                }

                parameters.Add(new FlatParameter(parameter.Name, shape.Type, shape.Rank, ParameterParser.IsDifferentiable(parameter), shape.Layout, TypeNames.ForCode(parameter.Type)));
            }

            return new FlatSignature(receiver, receiverNames, plans, parameters);
        }

        private static FlatParameter Leaf(string name, StructLeafModel leaf, int rank) => new(
            name,
            leaf.Type,
            rank,
            !leaf.IsConstant && leaf.Type.IsReal(),
            ArrayLayout.Rectangular,
            leaf.Type.Keyword() + (rank == 0 ? string.Empty : "[" + new string(',', rank - 1) + "]"));
    }
}
