using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the members of a method with differentiable structs (issue 19). GradGen differentiates the flattened
    /// method of its leaves (<c>__MLeaves</c>, private, with every derivative member the other emitters write for it);
    /// this writes that flattened method, which rebuilds the structs and calls the method, and every public member
    /// with the method's own shapes: <c>MGradient(Vec2 p)</c> returns a <c>Vec2</c> of partial derivatives,
    /// <c>MGradient(Vec2[] ps)</c> a <c>Vec2[]</c>, directions are structs, and a struct result's leaves are the outputs
    /// of the Jacobian members. Each member copies the structs' leaves into the flattened member's arguments, calls it,
    /// and copies the derivatives back into structs.
    /// </summary>
    internal sealed class StructAdapterEmitter
    {
        private readonly IndentedWriter _writer;
        private readonly DerivativeSignature _flat;
        private readonly StructAdapterModel _adapter;
        private readonly int[] _declaredOf;

        private StructAdapterEmitter(IndentedWriter writer, DerivativeSignature flat)
        {
            _writer = writer;
            _flat = flat;
            _adapter = flat.Method.Structs!;
            _declaredOf = new int[flat.Method.Parameters.Count];
            for (var i = 0; i < _adapter.Maps.Count; i++)
            {
                for (var j = 0; j < _adapter.Maps[i].Count; j++)
                {
                    _declaredOf[_adapter.Maps[i].First + j] = i;
                }
            }
        }

        private bool VectorValued => _flat.Method.IsVectorValued;

        public static void Write(IndentedWriter writer, DerivativeSignature flat)
        {
            var emitter = new StructAdapterEmitter(writer, flat);
            emitter.WriteFlatMethod();
            foreach (var methodEmitter in MethodEmitters.All.Where(e => e.AppliesTo(flat)))
            {
                foreach (var kind in methodEmitter.Kinds.Where(k => k.IsWrittenFor(flat.Method.IsVectorValued, flat.Method.Hessian) && !IsHidden(k)))
                {
                    // MCheckGradient is written without destinations, though its kind lists them where a derivative is an array.
                    foreach (var overload in kind.Overloads(flat.SignatureInputs, flat.HasStepParameter, flat.Method.IsVectorValued)
                        .Where(o => kind != GeneratedMethodKind.CheckGradient || o.All(slot => slot.Role != SlotRole.Destination)))
                    {
                        writer.WriteLine();
                        emitter.WriteMember(kind, overload);
                    }
                }
            }
        }

        /// <summary>The entry points for callers' generated code, which a method with struct parameters does not have yet.</summary>
        private static bool IsHidden(GeneratedMethodKind kind) =>
            kind.HasSeedAndAdjoints || kind.SecondOrder == SecondOrder.Accumulate || kind.Vector == VectorFamily.AccumulateVectorJacobianProduct;

        /// <summary>The method as declared, with its own name, accessibility and struct parameters.</summary>
        private DerivativeSignature Declared() => _flat.For(_flat.Method with
        {
            Name = _adapter.Name,
            Accessibility = _adapter.Accessibility,
            Parameters = _adapter.Parameters,
            ExactBody = null,
            Structs = null,
        });

        /// <summary>
        /// <c>__MLeaves(p_X, p_Y)</c>: builds the structs from their leaves and calls the method, so that the finite
        /// differences of the flattened method evaluate the method itself; a struct result is returned as the tuple of its leaves.
        /// </summary>
        private void WriteFlatMethod()
        {
            var declared = Declared();
            var names = new NameScope(_flat.Method.Parameters.Select(p => p.Name).Concat(_adapter.Parameters.Select(p => p.Name)));
            var output = _flat.Method.Output;
            var returnType = output is null ? DerivativeSignature.ScalarKeyword(_flat.Method.ReturnKind) : output.Parameter >= 0 ? "void" : output.Type;
            _writer.WriteLine("/// <summary>" + DocumentationWriter.Cref(declared.Method) + " of the leaves of its structs: GradGen differentiates this method, and the members of " + NameScope.Escape(_adapter.Name) + " with struct parameters call its derivatives.</summary>");
            var parameters = string.Join(", ", _flat.Method.Parameters.Select(p => p.Modifier + p.Type + " " + NameScope.Escape(p.Name)));
            using (MemberWriter.OpenMethod(_writer, _flat, returnType, NameScope.Escape(_flat.Method.Name), parameters))
            {
                for (var i = 0; i < _adapter.Maps.Count; i++)
                {
                    if (_adapter.Maps[i] is { Layout: { } layout } map)
                    {
                        var leaves = Enumerable.Range(map.First, map.Count).Select(j => NameScope.Escape(_flat.Method.Parameters[j].Name)).ToList();
                        WriteBuild(NameScope.Escape(_adapter.Parameters[i].Name), true, layout, map.Rank, leaves, _ => true, names);
                    }
                }

                var call = declared.CallOriginal();
                if (_adapter.Result is { } result)
                {
                    var value = names.Unique("value");
                    _writer.WriteLine("var " + value + " = " + call + ";");
                    _writer.WriteLine("return (" + string.Join(", ", result.Leaves.Select(leaf => value + leaf.Path)) + ");");
                }
                else
                {
                    _writer.WriteLine((returnType == "void" ? string.Empty : "return ") + call + ";");
                }
            }
        }

        private void WriteMember(GeneratedMethodKind kind, IReadOnlyList<SignatureSlot> flatSlots)
        {
            var declared = Declared();
            var names = declared.Names;
            var slots = Collapse(flatSlots);
            var tangents = declared.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name + "Tangent"));
            var errors = declared.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name + "Error"));
            var form = FormOf(kind, slots);
            var returnType = ReturnType(form, declared);

            _writer.WriteLine("/// <summary>");
            _writer.WriteLine("/// " + Summary(kind) + " of " + DocumentationWriter.Cref(declared.Method) + ", with its structs as structs: the derivative with respect to a struct (or an array of");
            _writer.WriteLine("/// structs) is a struct (an array) of the partial derivatives with respect to its fields, 0 for a field that is [NoDerivative] or not a");
            _writer.WriteLine("/// floating-point number; a direction is a struct too" + (_adapter.Result is null ? string.Empty : ", and the method's outputs are the fields of its result, in order") + ".");
            _writer.WriteLine("/// It copies the fields into arrays, one per field, calls the same member of the flattened method <c>" + NameScope.Escape(_flat.Method.Name) + "</c> and copies the results back.");
            _writer.WriteLine("/// </summary>");
            using (MemberWriter.OpenMethod(_writer, declared, returnType, kind.NameFor(_adapter.Name), declared.ParameterList(slots, tangents, errors: slots.Any(s => s.Role == SlotRole.ErrorDestination) ? errors : null)))
            {
                var arguments = new List<string>();
                var copies = new List<Action>();
                foreach (var slot in slots)
                {
                    arguments.AddRange(Arguments(slot, declared, tangents, errors, names, copies));
                }

                AliasChecks.WriteStructDestinations(_writer, declared, slots, errors);

                var call = kind.NameFor(NameScope.Escape(_flat.Method.Name)) + "(" + string.Join(", ", arguments) + ")";
                var result = names.Unique("result");
                _writer.WriteLine(form == Form.Void ? call + ";" : "var " + result + " = " + call + ";");
                foreach (var copy in copies)
                {
                    copy();
                }

                switch (form)
                {
                    case Form.Void:
                        break;
                    case Form.Gradient:
                        _writer.WriteLine("return " + Gradient(result, declared, names) + ";");
                        break;
                    case Form.ValueAndGradient:
                        _writer.WriteLine("return (" + result + ".value, " + Gradient(result + ".gradient", declared, names) + ");");
                        break;
                    case Form.ValueGradientAndHessian:
                        _writer.WriteLine("return (" + result + ".value, " + Gradient(result + ".gradient", declared, names) + ", " + result + ".hessian);");
                        break;
                    case Form.ValueAndJacobian:
                        _writer.WriteLine("return (" + Result(result + ".value") + ", " + result + ".jacobian);");
                        break;
                    default:
                        _writer.WriteLine("return " + result + ";");
                        break;
                }
            }
        }

        private enum Form
        {
            Void,
            Same,
            Value,
            Gradient,
            ValueAndGradient,
            ValueGradientAndHessian,
            ValueAndJacobian,
            Matrix,
            Hessian,
            OutputDouble,
        }

        /// <summary>What a member of this kind and overload returns, in the flattened method's terms.</summary>
        private Form FormOf(GeneratedMethodKind kind, IReadOnlyList<SignatureSlot> slots)
        {
            var destinations = slots.Any(s => s.Role is SlotRole.Destination or SlotRole.ErrorDestination);
            var matrixDestination = slots.Any(s => s.Role is SlotRole.HessianDestination or SlotRole.JacobianDestination);
            if (VectorValued)
            {
                return kind.Vector switch
                {
                    VectorFamily.ValueAndJacobian => Form.ValueAndJacobian,
                    VectorFamily.VectorJacobianProduct => Form.Gradient,
                    VectorFamily.JacobianVectorProduct => Form.OutputDouble,
                    VectorFamily.Check => Form.Same,
                    VectorFamily.Jacobian => matrixDestination ? Form.Void : Form.Matrix,
                    VectorFamily.None => Form.Matrix,
                    _ => throw new InvalidOperationException("Unknown vector family " + kind.Vector),
                };
            }

            return kind switch
            {
                _ when kind == GeneratedMethodKind.DirectionalDerivative || kind == GeneratedMethodKind.CheckGradient => Form.Same,
                _ when kind == GeneratedMethodKind.Hessian => matrixDestination ? Form.Void : Form.Hessian,
                _ when kind == GeneratedMethodKind.HessianCenteredDiff => Form.Hessian,
                _ when kind == GeneratedMethodKind.ValueAndGradient => destinations ? Form.Value : Form.ValueAndGradient,
                _ when kind == GeneratedMethodKind.ValueGradientAndHessian => destinations ? Form.Value : Form.ValueGradientAndHessian,
                _ when kind == GeneratedMethodKind.ForwardDiff || kind == GeneratedMethodKind.CenteredDiff || kind == GeneratedMethodKind.RichardsonDiff
                    || kind == GeneratedMethodKind.Gradient || kind == GeneratedMethodKind.HessianVectorProduct => destinations ? Form.Void : Form.Gradient,
                _ => throw new InvalidOperationException("No struct-shaped form for " + kind.Suffix),
            };
        }

        private string ReturnType(Form form, DerivativeSignature declared)
        {
            var value = DerivativeSignature.ScalarKeyword(_flat.Method.ReturnKind);
            var hessian = _flat.HasOneScalar ? "double" : "double[,]";
            return form switch
            {
                Form.Void => "void",
                Form.Same => "double",
                Form.Value => value,
                Form.Gradient => declared.ResultType,
                Form.ValueAndGradient => "(" + value + " value, " + declared.ResultType + " gradient)",
                Form.ValueGradientAndHessian => "(" + value + " value, " + declared.ResultType + " gradient, " + hessian + " hessian)",
                Form.ValueAndJacobian => "(" + (_adapter.Result is null ? _flat.Method.Output!.Type : _adapter.ResultType) + " value, double[,] jacobian)",
                Form.Matrix => "double[,]",
                Form.Hessian => hessian,
                Form.OutputDouble => _flat.OutputDoubleType,
                _ => throw new InvalidOperationException("Unknown form " + form),
            };
        }

        /// <summary>The flattened slots with each struct's run of leaf slots as one slot of the declared parameter.</summary>
        private List<SignatureSlot> Collapse(IReadOnlyList<SignatureSlot> flatSlots)
        {
            var slots = new List<SignatureSlot>();
            foreach (var slot in flatSlots)
            {
                var declared = slot.Parameter < 0 ? slot : new SignatureSlot(slot.Role, _declaredOf[slot.Parameter]);
                if (slot.Parameter < 0 || slots.Count == 0 || slots[slots.Count - 1] != declared)
                {
                    slots.Add(declared);
                }
            }

            return slots;
        }

        /// <summary>The flattened member's arguments for one slot; writes the copies in before, and adds the copies out to <paramref name="copies"/>.</summary>
        private IEnumerable<string> Arguments(
            SignatureSlot slot,
            DerivativeSignature declared,
            IReadOnlyDictionary<string, string> tangents,
            IReadOnlyDictionary<string, string> errors,
            NameScope names,
            List<Action> copies)
        {
            switch (slot.Role)
            {
                case SlotRole.Step:
                    return new[] { declared.StepName };
                case SlotRole.HessianDestination:
                    return new[] { declared.HessianName };
                case SlotRole.JacobianDestination:
                    return new[] { declared.JacobianName };
                case SlotRole.Cotangent:
                    return new[] { declared.CotangentName };
            }

            var parameter = _adapter.Parameters[slot.Parameter];
            var map = _adapter.Maps[slot.Parameter];
            var name = NameScope.Escape(parameter.Name);
            var leafParameters = Enumerable.Range(map.First, map.Count).Select(j => _flat.Method.Parameters[j]).ToList();
            switch (slot.Role)
            {
                case SlotRole.Parameter when map.Layout is null:
                    return new[] { parameter.ArgumentModifier + name };
                case SlotRole.Parameter:
                    return Leaves(name, map, leafParameters, all: true, names);
                case SlotRole.Tangent when map.Layout is null:
                    return new[] { tangents[parameter.Name] };
                case SlotRole.Tangent:
                    return Leaves(tangents[parameter.Name], map, leafParameters, all: false, names);
                case SlotRole.Destination or SlotRole.ErrorDestination:
                    var destination = slot.Role == SlotRole.Destination ? declared.DestinationName(parameter) : errors[parameter.Name];
                    return map.Layout is null
                        ? new[] { (map.Rank == 0 && !parameter.Shape!.IsArray ? "out " : string.Empty) + destination }
                        : Destinations(destination, name, map, leafParameters, names, copies);
                default:
                    throw new InvalidOperationException("No struct-shaped argument for slot " + slot.Role);
            }
        }

        /// <summary>The leaves of a struct (<c>p.X</c>, <c>p.Y</c>), or of an array of structs copied into arrays of its leaves.</summary>
        private IEnumerable<string> Leaves(string source, StructParameterMap map, IReadOnlyList<ParameterModel> leafParameters, bool all, NameScope names)
        {
            var layout = map.Layout!;
            var chosen = Enumerable.Range(0, layout.Leaves.Count).Where(j => all || leafParameters[j].IsDifferentiable).ToList();
            if (map.Rank == 0)
            {
                return chosen.Select(j => source + layout.Leaves[j].Path).ToList();
            }

            ArrayCode.WriteNullCheck(_writer, source);
            var arrays = chosen.Select(j => names.Unique(leafParameters[j].Name)).ToList();
            for (var k = 0; k < chosen.Count; k++)
            {
                _writer.WriteLine(leafParameters[chosen[k]].Type + " " + arrays[k] + " = " + Allocate(layout.Leaves[chosen[k]].Type.Keyword(), source, map.Rank) + ";");
            }

            var blocks = new List<IndentedWriter.Block>();
            var index = ArrayCode.OpenLoops(_writer, Indices(names, map.Rank), source, new DifferentiableShape(ScalarKind.Double, map.Rank), blocks);
            for (var k = 0; k < chosen.Count; k++)
            {
                _writer.WriteLine(arrays[k] + "[" + index + "] = " + source + "[" + index + "]" + layout.Leaves[chosen[k]].Path + ";");
            }

            ArrayCode.CloseLoops(blocks);
            return arrays;
        }

        /// <summary>The flattened member's destinations for a struct's derivatives, and the copies from them into the struct destination.</summary>
        private IEnumerable<string> Destinations(string destination, string input, StructParameterMap map, IReadOnlyList<ParameterModel> leafParameters, NameScope names, List<Action> copies)
        {
            var layout = map.Layout!;
            var differentiable = Enumerable.Range(0, layout.Leaves.Count).Where(j => leafParameters[j].IsDifferentiable).ToList();
            var locals = differentiable.Select(j => names.Unique(destination.TrimStart('@') + "_" + layout.Leaves[j].NamePart)).ToList();
            if (map.Rank == 0)
            {
                copies.Add(() => _writer.WriteLine(destination + " = " + Build(layout, j => differentiable.IndexOf(j) is var k and >= 0 ? locals[k] : null) + ";"));
                return differentiable.Select((j, k) => "out " + leafParameters[j].Type + " " + locals[k]).ToList();
            }

            ArrayCode.WriteNullCheck(_writer, input);
            ArrayCode.WriteNullCheck(_writer, destination);
            ArrayCode.WriteSameShapeCheck(_writer, destination, input, new DifferentiableShape(ScalarKind.Double, map.Rank), "The destination", names);
            for (var k = 0; k < differentiable.Count; k++)
            {
                _writer.WriteLine(leafParameters[differentiable[k]].Type + " " + locals[k] + " = " + Allocate(layout.Leaves[differentiable[k]].Type.Keyword(), input, map.Rank) + ";");
            }

            copies.Add(() => WriteBuild(destination, false, layout, map.Rank, locals, j => differentiable.Contains(j), names, differentiable));
            return locals;
        }

        /// <summary>
        /// Declares (or, where <paramref name="declare"/> is false, fills) <paramref name="target"/>: a struct, or an
        /// array of structs shaped like the first of the leaf arrays, built from <paramref name="leaves"/>.
        /// </summary>
        /// <param name="present">Which leaves have a value; the others are 0.</param>
        /// <param name="order">The leaf each of <paramref name="leaves"/> is; every leaf in order where null.</param>
        private void WriteBuild(string target, bool declare, StructLayoutModel layout, int rank, IReadOnlyList<string> leaves, Func<int, bool> present, NameScope names, IReadOnlyList<int>? order = null)
        {
            string? Leaf(int j, string index)
            {
                var k = order is null ? j : order.ToList().IndexOf(j);
                return present(j) && k >= 0 ? leaves[k] + index : null;
            }

            var type = layout.Type + (rank == 0 ? string.Empty : "[" + new string(',', rank - 1) + "]");
            if (rank == 0)
            {
                _writer.WriteLine((declare ? type + " " : string.Empty) + target + " = " + Build(layout, j => Leaf(j, string.Empty)) + ";");
                return;
            }

            var shape = leaves[0];
            if (declare)
            {
                _writer.WriteLine(type + " " + target + " = " + Allocate(layout.Type, shape, rank) + ";");
            }

            var blocks = new List<IndentedWriter.Block>();
            var index = ArrayCode.OpenLoops(_writer, Indices(names, rank), shape, new DifferentiableShape(ScalarKind.Double, rank), blocks);
            _writer.WriteLine(target + "[" + index + "] = " + Build(layout, j => Leaf(j, "[" + index + "]")) + ";");
            ArrayCode.CloseLoops(blocks);
        }

        /// <summary>The struct built from the leaf values given; a leaf without one is the default of its type.</summary>
        private static string Build(StructLayoutModel layout, Func<int, string?> leaf) =>
            layout.Build(layout.Leaves.Select((l, j) => leaf(j) ?? "default(" + l.Type.Keyword() + ")").ToList());

        /// <summary>The derivatives of the flattened result <paramref name="result"/> as the declared method's gradient: a struct per struct parameter.</summary>
        private string Gradient(string result, DerivativeSignature declared, NameScope names)
        {
            var components = new List<string>();
            foreach (var parameter in declared.Differentiable)
            {
                var i = _adapter.Parameters.ToList().IndexOf(parameter);
                var map = _adapter.Maps[i];
                var leafParameters = Enumerable.Range(map.First, map.Count).Select(j => _flat.Method.Parameters[j]).ToList();
                if (map.Layout is null)
                {
                    components.Add(_flat.ResultComponent(result, leafParameters[0]));
                    continue;
                }

                var differentiable = Enumerable.Range(0, map.Count).Where(j => leafParameters[j].IsDifferentiable).ToList();
                var leaves = differentiable.Select(j => _flat.ResultComponent(result, leafParameters[j])).ToList();
                if (map.Rank == 0)
                {
                    components.Add(Build(map.Layout, j => differentiable.IndexOf(j) is var k and >= 0 ? leaves[k] : null));
                    continue;
                }

                var gradient = names.Unique(parameter.Name + "Gradient");
                WriteBuild(gradient, true, map.Layout, map.Rank, leaves, differentiable.Contains, names, differentiable);
                components.Add(gradient);
            }

            return components.Count == 1 ? components[0] : "(" + string.Join(", ", components) + ")";
        }

        /// <summary>The method's struct result built from the flattened method's tuple of leaves.</summary>
        private string Result(string tuple) =>
            _adapter.Result is { } result ? result.Build(result.Leaves.Select((_, j) => tuple + ".Item" + (j + 1)).ToList()) : tuple;

        private static string Allocate(string element, string like, int rank) =>
            "new " + element + "[" + string.Join(", ", Enumerable.Range(0, rank).Select(d => ArrayCode.Length(like, rank, d))) + "]";

        private static List<string> Indices(NameScope names, int rank) => Enumerable.Range(0, rank).Select(d => names.Unique("i" + d)).ToList();

        private static string Summary(GeneratedMethodKind kind) => "<c>" + kind.Suffix + "</c>";
    }
}
