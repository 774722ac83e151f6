using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// The names and parameter lists shared by every method generated for one [Differentiable] method: its own
    /// parameters, one destination per differentiable parameter, the step, and the shape of the result.
    /// </summary>
    internal sealed class DerivativeSignature
    {
        private readonly Dictionary<string, string> _destinationNames = new();

        public DerivativeSignature(MethodModel method, EmitOptions options)
            : this(method, method.Step ?? options.DefaultStep, method.Step is null && options.DefaultStepIsFromProject, options.NullableDirective)
        {
        }

        private DerivativeSignature(MethodModel method, double step, bool stepIsFromProject, bool nullableAnnotations)
        {
            Method = method;
            NullableAnnotations = nullableAnnotations;
            Step = step;
            StepIsFromProject = stepIsFromProject;
            // Locals must not take the method's name or a generated method's name either: they would hide it.
            Names = new NameScope(method.Parameters.Select(parameter => parameter.Name).Concat(MethodNames(method)));
            Differentiable = method.Parameters.Where(parameter => parameter.IsDifferentiable).ToList();
            StepName = Names.Unique("step");
            foreach (var parameter in Differentiable)
            {
                _destinationNames[parameter.Name] = Names.Unique(parameter.Name + "Gradient");
            }

            if (method.Hessian)
            {
                HessianName = Names.Unique("hessian");
            }

            if (method.IsVectorValued)
            {
                JacobianName = Names.Unique("jacobian");
                CotangentName = Names.Unique("cotangent");
            }
        }

        /// <summary>The name of the <c>double[,]</c> destination of <c>MJacobian</c>; set where the method is vector-valued.</summary>
        public string JacobianName { get; } = "jacobian";

        /// <summary>The name of the cotangent u of <c>MVectorJacobianProduct</c>; set where the method is vector-valued.</summary>
        public string CotangentName { get; } = "cotangent";

        /// <summary>
        /// The output's type with <c>double</c> elements, in which J v is returned and u is passed: <c>double[]</c>, or
        /// the method's tuple type with <c>double</c> elements and its element names.
        /// </summary>
        public string OutputDoubleType => Method.Output!.Shape != OutputShape.Tuple
            ? "double[]"
            : "(" + string.Join(", ", Method.Output.Elements.Select(e => e.Name is null ? "double" : "double " + NameScope.Escape(e.Name))) + ")";

        /// <summary>The name of the <c>double[,]</c> destination of the second-order members; set where the method asks for them.</summary>
        public string HessianName { get; } = "hessian";

        /// <summary>Whether the only derivative is one scalar, so that the Hessian is one <c>double</c>.</summary>
        public bool HasOneScalar => Differentiable.Count == 1 && !Differentiable[0].Shape!.IsArray;

        public MethodModel Method { get; }

        /// <summary>The signature of another method with this one's step and annotations: the method as declared, beside its flattened method (issue 19).</summary>
        public DerivativeSignature For(MethodModel method) => new(method, Step, StepIsFromProject, NullableAnnotations);

        /// <summary>The same signature without the local names that emitting has taken from <see cref="Names"/> since.</summary>
        public DerivativeSignature WithFreshNames() => new(Method, Step, StepIsFromProject, NullableAnnotations);

        /// <summary>Whether the file enables nullable annotations, so that a field that may be null is declared with <c>?</c>.</summary>
        public bool NullableAnnotations { get; }

        /// <summary>Identifiers for locals; already holds every parameter and destination name.</summary>
        public NameScope Names { get; }

        public IReadOnlyList<ParameterModel> Differentiable { get; }

        public string StepName { get; }

        /// <summary>Whether the finite-difference members take the optional step; not where it would capture calls meant for another overload (<see cref="MethodModel.StepFromAttributeOnly"/>).</summary>
        public bool HasStepParameter => !Method.StepFromAttributeOnly;

        /// <summary>The step as the finite-difference members read it: their step parameter, or the default step itself where they have none.</summary>
        public string StepValue => HasStepParameter ? StepName : NumberFormat.ForCode(Step);

        /// <summary>The default step: the attribute's, else the project's, else GradGen's.</summary>
        public double Step { get; }

        /// <summary>Whether <see cref="Step"/> is the project's <c>GradGenDefaultStep</c>, which the documentation then names.</summary>
        public bool StepIsFromProject { get; }

        /// <summary>The method's accessibility and, where the method has it, <c>static</c>.</summary>
        public string Modifiers => Method.Accessibility + (Method.IsStatic ? " static" : string.Empty) + (UsesPointers ? " unsafe" : string.Empty);

        /// <summary>A pointer parameter (<c>[NoDerivative] int* p</c>) needs an unsafe context in every generated part.</summary>
        private bool UsesPointers => Method.Parameters.Any(parameter => parameter.Type.Contains("*"));

        /// <summary>Whether any derivative is an array, so that an allocation-free destination overload is worth having.</summary>
        public bool HasArrayResult => Differentiable.Any(parameter => parameter.Shape!.IsArray);

        /// <summary>The method's own name as written at a call site.</summary>
        public string MethodIdentifier => Qualify(NameScope.Escape(Method.Name));

        /// <summary>
        /// A method name as written at a call site. A parameter may share the name of the method or of a generated
        /// method (<c>double w(double[] w)</c> is valid C#) and would hide it; then the call goes through <c>this.</c>
        /// or the <c>global::</c>-qualified type.
        /// </summary>
        public string Qualify(string methodName)
        {
            var names = MethodNames(Method).ToList();
            if (!Method.Parameters.Any(parameter => names.Contains(parameter.Name)))
            {
                return methodName;
            }

            return Method.IsStatic
                ? "global::" + (Method.Namespace.Length > 0 ? Method.Namespace + "." : string.Empty)
                    + string.Join(".", Method.ContainingTypes.Select(type => WithoutVariance(type.Name))) + "." + methodName
                : "this." + methodName;
        }

        public string DestinationName(ParameterModel parameter) => _destinationNames[parameter.Name];

        /// <summary>
        /// <c>double</c> for one scalar, the array type for one array, or a tuple named after the parameters:
        /// <c>(double[,] w, double bias)</c>.
        /// </summary>
        public string ResultType => Differentiable.Count == 1
            ? GradientType(Differentiable[0])
            : "(" + string.Join(", ", Differentiable.Select(p => GradientType(p) + " " + NameScope.Escape(p.Name))) + ")";

        /// <summary>The destinations as one result value: <c>wGradient</c> or <c>(aGradient, bGradient)</c>.</summary>
        public string ResultExpression => Differentiable.Count == 1
            ? DestinationName(Differentiable[0])
            : "(" + string.Join(", ", Differentiable.Select(DestinationName)) + ")";

        /// <summary>The derivative with respect to <paramref name="parameter"/> in a result held in <paramref name="result"/>: the result itself, or its tuple element.</summary>
        public string ResultComponent(string result, ParameterModel parameter) =>
            Differentiable.Count == 1 ? result : result + "." + NameScope.Escape(parameter.Name);

        private static IEnumerable<string> MethodNames(MethodModel method) =>
            new[] { method.Name }.Concat(GeneratedMethodKind.All.Select(kind => kind.NameFor(method.Name)));

        /// <summary><c>I&lt;in T, out U&gt;</c> as a type reference: <c>I&lt;T, U&gt;</c>.</summary>
        private static string WithoutVariance(string typeName) =>
            typeName.Replace("<in ", "<").Replace("<out ", "<").Replace(", in ", ", ").Replace(", out ", ", ");

        /// <summary>The type that holds the derivative with respect to <paramref name="parameter"/>: its own type, without annotations.</summary>
        public static string GradientType(ParameterModel parameter) => parameter.StructType ??
            ScalarKeyword(parameter.Shape!.Element) + (parameter.Shape.IsJagged ? "[][]" : parameter.Shape.IsArray ? "[" + new string(',', parameter.Shape.Rank - 1) + "]" : string.Empty);

        /// <summary>
        /// The type of a parameter that receives a derivative (a destination, an adjoint): the gradient's type, but
        /// <c>Span&lt;double&gt;</c> for a span input, so that any memory can receive it (an allocating overload passes its new array).
        /// </summary>
        public static string DestinationType(ParameterModel parameter) =>
            parameter.Shape!.IsSpan ? "global::System.Span<" + ScalarKeyword(parameter.Shape.Element) + ">" : GradientType(parameter);

        /// <summary>The type of a direction along a parameter: the gradient's type, but <c>ReadOnlySpan&lt;double&gt;</c> for a span input.</summary>
        public static string TangentType(ParameterModel parameter) =>
            parameter.Shape!.IsSpan ? "global::System.ReadOnlySpan<" + ScalarKeyword(parameter.Shape.Element) + ">" : GradientType(parameter);

        public static string ScalarKeyword(ScalarKind kind) => kind == ScalarKind.Float ? "float" : "double";

        /// <summary>What the generated signatures need to know of the method's parameters.</summary>
        public IReadOnlyList<SignatureInput> SignatureInputs => Method.Parameters.Select(p => new SignatureInput(p.IsDifferentiable, p.Shape?.IsArray == true)).ToList();

        /// <summary>
        /// The parameter list of a method of <paramref name="kind"/>, as the kind describes it (the same lists the
        /// collision check reads): the method's parameters as declared, then the kind's own.
        /// </summary>
        /// <param name="tangents">For <see cref="SlotRole.Tangent"/>: the name of each differentiable parameter's tangent.</param>
        /// <param name="seed">For <see cref="SlotRole.Seed"/>: the seed's name.</param>
        /// <param name="errors">For <see cref="SlotRole.ErrorDestination"/>: the name of each differentiable parameter's error destination; given, the overload with them.</param>
        /// <param name="tangentAdjoints">For <see cref="SlotRole.TangentAdjoint"/>: the name of each tangent's adjoint.</param>
        public string ParameterList(
            GeneratedMethodKind kind,
            bool withDestinations = false,
            IReadOnlyDictionary<string, string>? tangents = null,
            string? seed = null,
            IReadOnlyDictionary<string, string>? errors = null,
            IReadOnlyDictionary<string, string>? tangentAdjoints = null)
        {
            var slots = kind.Overload(SignatureInputs, withDestinations, withErrors: errors is not null, withStep: HasStepParameter, vectorValued: Method.IsVectorValued);
            return ParameterList(slots, tangents, seed, errors, tangentAdjoints);
        }

        /// <summary>The parameter list of these slots, with the names given for the kind's own parameters (see the overload above).</summary>
        public string ParameterList(
            IReadOnlyList<SignatureSlot> slots,
            IReadOnlyDictionary<string, string>? tangents,
            string? seed = null,
            IReadOnlyDictionary<string, string>? errors = null,
            IReadOnlyDictionary<string, string>? tangentAdjoints = null)
        {
            return string.Join(", ", slots.Select((slot, i) => Declare(slot, tangents, seed, errors, tangentAdjoints) + DefaultOf(slots, i)));
        }

        /// <summary>
        /// <c> = value</c> for one of the method's own parameters that has a default value, where every slot after it
        /// is optional too (a parameter with a default or the step): C# allows no optional parameter before a required
        /// one, so a list that continues with destinations, tangents or adjoints takes its parameters without defaults.
        /// A <c>null</c> default of a reference type declared where nullable annotations are off (<c>string label =
        /// null</c>) is <c>null!</c> in a file that enables them, which would otherwise warn (CS8625).
        /// </summary>
        private string DefaultOf(IReadOnlyList<SignatureSlot> slots, int index)
        {
            bool HasDefault(SignatureSlot slot) => slot.Role == SlotRole.Parameter && Method.Parameters[slot.Parameter].DefaultValue is not null;
            if (!HasDefault(slots[index]) || !slots.Skip(index + 1).All(slot => slot.Role == SlotRole.Step || HasDefault(slot)))
            {
                return string.Empty;
            }

            var parameter = Method.Parameters[slots[index].Parameter];
            return " = " + (parameter.DefaultValue == "null" && NullableAnnotations && !parameter.Type.EndsWith("?", StringComparison.Ordinal) ? "null!" : parameter.DefaultValue);
        }

        private string Declare(SignatureSlot slot, IReadOnlyDictionary<string, string>? tangents, string? seed, IReadOnlyDictionary<string, string>? errors, IReadOnlyDictionary<string, string>? tangentAdjoints)
        {
            var parameter = slot.Parameter >= 0 ? Method.Parameters[slot.Parameter] : null;
            var name = SlotName(slot, tangents, seed, errors, tangentAdjoints);
            return slot.Role switch
            {
                SlotRole.Parameter => parameter!.Modifier + parameter.Type + " " + name,
                SlotRole.Destination => (parameter!.Shape!.IsArray ? string.Empty : "out ") + DestinationType(parameter) + " " + name,
                SlotRole.Tangent => TangentType(parameter!) + " " + name,
                SlotRole.Seed => "double " + name,
                SlotRole.Adjoint => (parameter!.Shape!.IsArray ? DestinationType(parameter) : "ref double") + " " + name,
                SlotRole.Step => "double " + name + " = " + NumberFormat.ForCode(Step),
                SlotRole.ErrorDestination => (parameter!.Shape!.IsArray ? string.Empty : "out ") + DestinationType(parameter) + " " + name,
                SlotRole.HessianDestination => "double[,] " + name,
                SlotRole.TangentAdjoint => (parameter!.Shape!.IsArray ? DestinationType(parameter) : "ref double") + " " + name,
                SlotRole.JacobianDestination => "double[,] " + name,
                SlotRole.Cotangent => OutputDoubleType + " " + name,
                _ => throw new InvalidOperationException("Unknown slot " + slot.Role),
            };
        }

        /// <summary>The identifier of a slot's parameter in a generated method (the names given as for <see cref="ParameterList(GeneratedMethodKind, bool, IReadOnlyDictionary{string, string}?, string?, IReadOnlyDictionary{string, string}?, IReadOnlyDictionary{string, string}?)"/>).</summary>
        public string SlotName(SignatureSlot slot, IReadOnlyDictionary<string, string>? tangents, string? seed, IReadOnlyDictionary<string, string>? errors, IReadOnlyDictionary<string, string>? tangentAdjoints)
        {
            var parameter = slot.Parameter >= 0 ? Method.Parameters[slot.Parameter] : null;
            return slot.Role switch
            {
                SlotRole.Parameter => NameScope.Escape(parameter!.Name),
                SlotRole.Destination or SlotRole.Adjoint => DestinationName(parameter!),
                SlotRole.Tangent => tangents![parameter!.Name],
                SlotRole.Seed => seed!,
                SlotRole.Step => StepName,
                SlotRole.ErrorDestination => errors![parameter!.Name],
                SlotRole.HessianDestination => HessianName,
                SlotRole.TangentAdjoint => tangentAdjoints![parameter!.Name],
                SlotRole.JacobianDestination => JacobianName,
                SlotRole.Cotangent => CotangentName,
                _ => throw new InvalidOperationException("Unknown slot " + slot.Role),
            };
        }

        /// <summary>
        /// The arguments of a call to the original method, with <paramref name="replace"/> giving the expression
        /// for a parameter that is perturbed (or <see langword="null"/> to pass the parameter itself).
        /// </summary>
        public string CallOriginal(Func<ParameterModel, string?>? replace = null) =>
            MethodIdentifier + "(" + string.Join(", ", Method.Parameters.Select(p => p.ArgumentModifier + (replace?.Invoke(p) ?? NameScope.Escape(p.Name)))) + ")";

        /// <summary>Arguments that forward this method's parameters, then the destinations and the step, to another overload.</summary>
        public string ForwardArguments(bool withDestinations, string? step)
        {
            var parts = Method.Parameters.Select(p => p.ArgumentModifier + NameScope.Escape(p.Name)).ToList();
            if (withDestinations)
            {
                parts.AddRange(Differentiable.Select(p => (p.Shape!.IsArray ? string.Empty : "out ") + DestinationName(p)));
            }

            if (step is not null)
            {
                parts.Add(step);
            }

            return string.Join(", ", parts);
        }
    }
}
