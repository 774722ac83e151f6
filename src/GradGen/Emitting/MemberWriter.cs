using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>Writes the first lines of every generated method: the attribute and the signature.</summary>
    internal static class MemberWriter
    {
        /// <summary>Marks every generated member, so that tools (and GradGen's own analyzer) can tell it from the user's.</summary>
        /// <summary>Hides a member from IntelliSense: the entry points for generated code.</summary>
        public const string EditorBrowsableNever =
            "[global::System.ComponentModel.EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState.Never)]";

        public const string GeneratedCodeAttribute =
            "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"GradGen\", \"" + GeneratorVersion.Value + "\")]";

        public static IndentedWriter.Block OpenMethod(IndentedWriter writer, DerivativeSignature signature, string returnType, string name, string parameterList)
        {
            writer.WriteLine(GeneratedCodeAttribute);
            return writer.OpenBlock(signature.Modifiers + " " + returnType + " " + name + "(" + parameterList + ")");
        }

        /// <summary><c>(double value, double[] gradient)</c>: the method's value and its gradient.</summary>
        public static string ValueAndGradientType(DerivativeSignature signature, string valueType) =>
            "(" + valueType + " value, " + signature.ResultType + " gradient)";

        /// <summary>Checks every input array and its destination: not null, the same shape, not the same array.</summary>
        public static void WriteDestinationChecks(IndentedWriter writer, DerivativeSignature signature)
        {
            foreach (var parameter in signature.Differentiable.Where(parameter => parameter.Shape!.IsArray))
            {
                var input = NameScope.Escape(parameter.Name);
                var destination = signature.DestinationName(parameter);
                ArrayCode.WriteNullCheck(writer, input, parameter.Shape!);
                ArrayCode.WriteNullCheck(writer, destination, parameter.Shape!);
                ArrayCode.WriteShapeCheck(writer, destination, input, parameter.Shape!, signature.Names);
            }

            writer.WriteLine();
        }

        /// <summary>
        /// The overload that allocates the result: checks the input arrays, allocates one destination per
        /// differentiable parameter, delegates to the destination overload and returns what it filled.
        /// </summary>
        /// <param name="valueType">When set, the destination overload returns the method's value of this type, and this overload returns <c>(value, gradient)</c>.</param>
        public static void WriteAllocatingOverload(IndentedWriter writer, DerivativeSignature signature, GeneratedMethodKind kind, string? valueType = null)
        {
            var name = kind.NameFor(signature.Method.Name);
            var withStep = kind.HasStep && signature.HasStepParameter;
            var returnType = valueType is null ? signature.ResultType : ValueAndGradientType(signature, valueType);
            using (OpenMethod(writer, signature, returnType, name, signature.ParameterList(kind)))
            {
                foreach (var parameter in signature.Differentiable)
                {
                    if (parameter.Shape!.IsArray)
                    {
                        ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name), parameter.Shape);
                    }
                }

                writer.WriteLine();
                foreach (var parameter in signature.Differentiable)
                {
                    var destination = signature.DestinationName(parameter);
                    writer.WriteLine(parameter.Shape!.IsArray
                        ? DerivativeSignature.GradientType(parameter) + " " + destination + " = " + ArrayCode.AllocateLike(NameScope.Escape(parameter.Name), parameter.Shape, signature.Names) + ";"
                        : DerivativeSignature.GradientType(parameter) + " " + destination + ";");
                }

                var call = signature.Qualify(name) + "(" + signature.ForwardArguments(withDestinations: true, withStep ? signature.StepName : null) + ")";
                if (valueType is null)
                {
                    writer.WriteLine(call + ";");
                    writer.WriteLine("return " + signature.ResultExpression + ";");
                }
                else
                {
                    writer.WriteLine("return (" + call + ", " + signature.ResultExpression + ");");
                }
            }
        }
    }
}
