using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MCheckGradient</c>: the gradient <c>MGradient</c> returns, dotted with a pseudo-random direction v,
    /// against the centered difference (f(p + h v) - f(p - h v)) / 2h along v, as JAX's <c>check_grads</c> does:
    /// three evaluations, whatever the number of inputs.
    /// </summary>
    internal static class GradientCheckEmitter
    {
        /// <summary>The xorshift64 state the direction starts from, fixed so that a check gives the same answer every run.</summary>
        private const string Seed = "0x9E3779B97F4A7C15UL";

        public static void Write(IndentedWriter writer, DerivativeSignature shared)
        {
            var signature = shared.WithFreshNames();
            var method = signature.Method;
            var names = signature.Names;
            var step = NumberFormat.ForCode(signature.Step);
            var state = names.Unique("state");
            var next = names.Unique("NextDirection");
            var directions = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Direction"));
            var plus = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Plus"));
            var minus = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Minus"));
            var indices = DirectionalDerivativeEmitter.Indices(signature);
            var numeric = names.Unique("numeric");
            var scale = names.Unique("scale");

            DocumentationWriter.Write(
                writer,
                signature,
                "Checks the gradient of " + DocumentationWriter.Cref(method) + " (as <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c> returns it) against the centered difference along a pseudo-random direction.",
                "The direction v has components in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run; the step is h = " + step
                + ". Three evaluations whatever the number of inputs (JAX's check_grads idea). Allocates copies of the array parameters.",
                withDestinations: false,
                withStep: false,
                "|g . v - (f(p + h v) - f(p - h v)) / 2h| divided by the larger magnitude of the two, or 0 when both are 0: about 1e-8 or less for a correct gradient of a smooth double method; large when the gradient (or a custom derivative it uses) is wrong.");
            using (MemberWriter.OpenMethod(writer, signature, "double", GeneratedMethodKind.CheckGradient.NameFor(method.Name), signature.ParameterList(GeneratedMethodKind.CheckGradient)))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                }

                if (signature.HasArrayResult)
                {
                    writer.WriteLine();
                }

                writer.WriteLine("ulong " + state + " = " + Seed + ";");
                using (writer.OpenBlock("double " + next + "()"))
                {
                    writer.WriteLine(state + " ^= " + state + " << 13;");
                    writer.WriteLine(state + " ^= " + state + " >> 7;");
                    writer.WriteLine(state + " ^= " + state + " << 17;");
                    writer.WriteLine("return (" + state + " >> 11) * 2.220446049250313E-16 - 1.0;");
                }

                writer.WriteLine();
                foreach (var parameter in signature.Differentiable)
                {
                    WriteDirectionAndPerturbations(writer, parameter, next + "()", step, indices, (directions[parameter.Name], plus[parameter.Name], minus[parameter.Name]));
                }

                var dot = DirectionalDerivativeEmitter.WriteGradientDot(writer, signature, directions, indices);
                writer.WriteLine("double " + numeric + " = ((double)" + signature.CallOriginal(p => plus.TryGetValue(p.Name, out var n) ? n : null)
                    + " - (double)" + signature.CallOriginal(p => minus.TryGetValue(p.Name, out var n) ? n : null) + ") / (2.0 * " + step + ");");
                writer.WriteLine("double " + scale + " = global::System.Math.Max(global::System.Math.Abs(" + dot + "), global::System.Math.Abs(" + numeric + "));");
                writer.WriteLine("return " + scale + " == 0.0 ? 0.0 : global::System.Math.Abs(" + dot + " - " + numeric + ") / " + scale + ";");
            }
        }

        /// <summary>Draws the parameter's direction and writes p + h v and p - h v beside it (new arrays for an array).</summary>
        private static void WriteDirectionAndPerturbations(IndentedWriter writer, ParameterModel parameter, string next, string step, IReadOnlyList<string> indices, (string Direction, string Plus, string Minus) names)
        {
            var shape = parameter.Shape!;
            var type = DerivativeSignature.GradientType(parameter);
            var isFloat = shape.Element == ScalarKind.Float;
            string Cast(string value) => isFloat ? "(float)" + (value.EndsWith(")", System.StringComparison.Ordinal) && !value.Contains(" ") ? value : "(" + value + ")") : value;
            var input = NameScope.Escape(parameter.Name);
            if (!shape.IsArray)
            {
                writer.WriteLine(type + " " + names.Direction + " = " + Cast(next) + ";");
                writer.WriteLine(type + " " + names.Plus + " = " + Cast(input + " + " + step + " * " + names.Direction) + ";");
                writer.WriteLine(type + " " + names.Minus + " = " + Cast(input + " - " + step + " * " + names.Direction) + ";");
                return;
            }

            foreach (var name in new[] { names.Direction, names.Plus, names.Minus })
            {
                writer.WriteLine(type + " " + name + " = " + ArrayCode.AllocateLike(input, shape) + ";");
            }

            var blocks = new List<IndentedWriter.Block>();
            var index = "[" + ArrayCode.OpenLoops(writer, indices, input, shape.Rank, blocks) + "]";
            writer.WriteLine(names.Direction + index + " = " + Cast(next) + ";");
            writer.WriteLine(names.Plus + index + " = " + Cast(input + index + " + " + step + " * " + names.Direction + index) + ";");
            writer.WriteLine(names.Minus + index + " = " + Cast(input + index + " - " + step + " * " + names.Direction + index) + ";");
            ArrayCode.CloseLoops(blocks);
        }
    }
}
