namespace GradGen.Diagnostics
{
    /// <summary>
    /// The ids of GradGen's diagnostics, as constants: compiled into the code-fix assembly too, which must load
    /// without the generator.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string ContainingTypeNotPartial = "GG0001";
        public const string UnsupportedReturnType = "GG0002";
        public const string UnsupportedParameterType = "GG0003";
        public const string ByReferenceParameter = "GG0004";
        public const string NoDifferentiableParameter = "GG0005";
        public const string InvalidStep = "GG0006";
        public const string GeneratedMemberCollision = "GG0007";
        public const string GenericMethod = "GG0008";
        public const string FileLocalContainingType = "GG0009";
        public const string InvalidDefaultStep = "GG0010";
        public const string LocalFunction = "GG0012";
        public const string HessianThroughCustomDerivative = "GG0101";
        public const string HessianOfFallback = "GG0102";

        // Issue 14 (branch jagged): arrays of arrays and spans (GG0035-GG0039).
        public const string SecondOrderOfArrayOfArrays = "GG0035";

        // Issue 14 (branch generic-math): generic math (GG0030-GG0034).
        public const string GenericMathMember = "GG0030";
        public const string GenericMathType = "GG0031";

        // Issue 13: vector-valued methods (GG0020-GG0029).
        public const string HessianOfVectorValuedMethod = "GG0020";
        public const string InvalidOutputParameter = "GG0021";
        public const string OutputParameterOfMethodWithResult = "GG0022";
        public const string SeveralOutputParameters = "GG0023";
        public const string OutputParameterRead = "GG0024";

        // Issue 19: differentiable structs (GG0040-GG0049).
        public const string StructReferenceField = "GG0040";
        public const string StructUnsupportedField = "GG0041";
        public const string StructNotRebuildable = "GG0042";
        public const string StructByReference = "GG0043";
        public const string StructResult = "GG0044";
    }
}
