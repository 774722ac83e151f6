using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes <c>MCheckGradient</c>: the gradient <c>MGradient</c> returns, dotted with a pseudo-random direction w,
    /// against the derivative along w estimated by Richardson extrapolation of centered differences
    /// (<see cref="RichardsonTableau"/>), as JAX's <c>check_grads</c> compares along one direction: a number of
    /// evaluations that does not grow with the number of inputs.
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
            var state = names.Unique("state");
            var next = names.Unique("NextDirection");
            var directions = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + "Direction"));
            var points = signature.Differentiable.ToDictionary(p => p.Name, p => names.Unique(p.Name.TrimStart('@') + (p.Shape!.IsArray ? "Point" : "Plus")));
            var minus = signature.Differentiable.ToDictionary(p => p.Name, p => p.Shape!.IsArray ? points[p.Name] : names.Unique(p.Name.TrimStart('@') + "Minus"));
            var indices = DirectionalDerivativeEmitter.Indices(signature);
            var valuePlus = names.Unique("valuePlus");
            var scale = names.Unique("scale");

            DocumentationWriter.Write(
                writer,
                signature,
                "Checks the gradient of " + DocumentationWriter.Cref(method) + " (as <c>" + GeneratedMethodKind.Gradient.NameFor(method.Name) + "</c> returns it) against Richardson extrapolation of centered differences along a pseudo-random direction.",
                "The direction w has components v_i max(|p_i|, 1), with v_i in [-1, 1) from a fixed xorshift seed, so a check gives the same answer every run and each input moves in proportion to its size."
                + " The derivative along w takes 6 to 60 evaluations (about 20 for smooth functions) whatever the number of inputs (JAX's check_grads idea), by the extrapolation <c>"
                + GeneratedMethodKind.RichardsonDiff.NameFor(method.Name) + "</c> uses. Allocates two arrays per array parameter.",
                withDestinations: false,
                withStep: false,
                "|g . w - d/dt f(p + t w)| divided by the larger magnitude of the two, or 0 when both are 0. For a correct gradient of a smooth double method, about 1e-10 or less"
                + " (the extrapolation is accurate to about 1e-12 relative); a gradient (or a custom derivative it uses) wrong by one part in a million scores about 1e-6."
                + " Treat more than 1e-8 as a wrong gradient.");
            using (MemberWriter.OpenMethod(writer, signature, "double", GeneratedMethodKind.CheckGradient.NameFor(method.Name), signature.ParameterList(GeneratedMethodKind.CheckGradient)))
            {
                foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                {
                    ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name), parameter.Shape!);
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
                    WriteDirection(writer, signature.Names, parameter, next + "()", indices, directions[parameter.Name], points[parameter.Name]);
                }

                var dot = DirectionalDerivativeEmitter.WriteGradientDot(writer, signature, directions, indices);
                writer.WriteLine();
                var tableau = new RichardsonTableau(names, TypeHelpersModel.HasTableau(signature.Method));
                tableau.WriteDeclarations(writer, method.ReturnKind);
                tableau.WriteStart(writer, "1.0");
                using (writer.OpenBlock("while (true)"))
                {
                    foreach (var parameter in signature.Differentiable)
                    {
                        WritePoint(writer, parameter, tableau.Step, indices, directions[parameter.Name], points[parameter.Name], minus[parameter.Name]);
                    }

                    writer.WriteLine("double " + valuePlus + " = " + signature.CallOriginal(p => points.TryGetValue(p.Name, out var n) ? n : null) + ";");
                    foreach (var parameter in signature.Differentiable.Where(p => p.Shape!.IsArray))
                    {
                        WriteArrayPoint(writer, parameter, " - ", tableau.Step, indices, directions[parameter.Name], points[parameter.Name]);
                    }

                    using (writer.OpenBlock("if (!" + tableau.Extrapolate(valuePlus, signature.CallOriginal(p => minus.TryGetValue(p.Name, out var n) ? n : null), "2.0 * " + tableau.Step) + ")"))
                    {
                        writer.WriteLine("break;");
                    }
                }

                writer.WriteLine();
                writer.WriteLine("double " + scale + " = global::System.Math.Max(global::System.Math.Abs(" + dot + "), global::System.Math.Abs(" + tableau.Best + "));");
                writer.WriteLine("return " + scale + " == 0.0 ? 0.0 : global::System.Math.Abs(" + dot + " - " + tableau.Best + ") / " + scale + ";");
            }
        }

        /// <summary>Draws the parameter's direction, scaled to each input; for an array, also allocates the array that holds p + t w.</summary>
        private static void WriteDirection(IndentedWriter writer, NameScope names, ParameterModel parameter, string next, IReadOnlyList<string> indices, string direction, string point)
        {
            var shape = parameter.Shape!;
            var type = DerivativeSignature.GradientType(parameter);
            var input = NameScope.Escape(parameter.Name);
            if (!shape.IsArray)
            {
                writer.WriteLine(type + " " + direction + " = " + Narrow(shape, next + " * " + RichardsonTableau.ScaleOf(input)) + ";");
                return;
            }

            writer.WriteLine(type + " " + direction + " = " + ArrayCode.AllocateLike(input, shape, names) + ";");
            writer.WriteLine(type + " " + point + " = " + ArrayCode.AllocateLike(input, shape, names) + ";");
            var blocks = new List<IndentedWriter.Block>();
            var index = "[" + ArrayCode.OpenLoops(writer, indices, input, shape, blocks) + "]";
            writer.WriteLine(direction + index + " = " + Narrow(shape, next + " * " + RichardsonTableau.ScaleOf(input + index)) + ";");
            ArrayCode.CloseLoops(blocks);
        }

        /// <summary>p + t w for the parameter: into its point array, or into two scalars p + t w and p - t w.</summary>
        private static void WritePoint(IndentedWriter writer, ParameterModel parameter, string step, IReadOnlyList<string> indices, string direction, string point, string minus)
        {
            if (parameter.Shape!.IsArray)
            {
                WriteArrayPoint(writer, parameter, " + ", step, indices, direction, point);
                return;
            }

            var input = NameScope.Escape(parameter.Name);
            writer.WriteLine(DerivativeSignature.GradientType(parameter) + " " + point + " = " + Narrow(parameter.Shape, input + " + " + step + " * " + direction)
                + ", " + minus + " = " + Narrow(parameter.Shape, input + " - " + step + " * " + direction) + ";");
        }

        private static void WriteArrayPoint(IndentedWriter writer, ParameterModel parameter, string sign, string step, IReadOnlyList<string> indices, string direction, string point)
        {
            var input = NameScope.Escape(parameter.Name);
            var blocks = new List<IndentedWriter.Block>();
            var index = "[" + ArrayCode.OpenLoops(writer, indices, input, parameter.Shape!, blocks) + "]";
            writer.WriteLine(point + index + " = " + Narrow(parameter.Shape!, input + index + sign + step + " * " + direction + index) + ";");
            ArrayCode.CloseLoops(blocks);
        }

        private static string Narrow(DifferentiableShape shape, string value) =>
            shape.Element == ScalarKind.Float ? "(float)(" + value + ")" : value;
    }
}
