namespace GradGen.Emitting
{
    /// <summary>Writes the first lines of every generated method: the attribute and the signature.</summary>
    internal static class MemberWriter
    {
        private const string GeneratedCodeAttribute =
            "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"GradGen\", \"" + GeneratorVersion.Value + "\")]";

        public static IndentedWriter.Block OpenMethod(IndentedWriter writer, DerivativeSignature signature, string returnType, string name, string parameterList)
        {
            writer.WriteLine(GeneratedCodeAttribute);
            return writer.OpenBlock(signature.Modifiers + " " + returnType + " " + name + "(" + parameterList + ")");
        }

        /// <summary>
        /// The overload that allocates the result: checks the input arrays, allocates one destination per
        /// differentiable parameter, delegates to the destination overload and returns what it filled.
        /// </summary>
        public static void WriteAllocatingOverload(IndentedWriter writer, DerivativeSignature signature, string name, bool withStep)
        {
            using (OpenMethod(writer, signature, signature.ResultType, name, signature.ParameterList(withDestinations: false, withStep)))
            {
                foreach (var parameter in signature.Differentiable)
                {
                    if (parameter.Shape!.IsArray)
                    {
                        ArrayCode.WriteNullCheck(writer, NameScope.Escape(parameter.Name));
                    }
                }

                writer.WriteLine();
                foreach (var parameter in signature.Differentiable)
                {
                    var destination = signature.DestinationName(parameter);
                    writer.WriteLine(parameter.Shape!.IsArray
                        ? DerivativeSignature.GradientType(parameter) + " " + destination + " = " + ArrayCode.AllocateLike(NameScope.Escape(parameter.Name), parameter.Shape) + ";"
                        : DerivativeSignature.GradientType(parameter) + " " + destination + ";");
                }

                writer.WriteLine(signature.Qualify(name) + "(" + signature.ForwardArguments(withDestinations: true, withStep ? signature.StepName : null) + ");");
                writer.WriteLine("return " + signature.ResultExpression + ";");
            }
        }
    }
}
