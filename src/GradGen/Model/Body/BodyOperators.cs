namespace GradGen.Model.Body
{
    internal enum UnaryOperator
    {
        Negate,
        Plus,
        Not,
    }

    internal enum BinaryOperator
    {
        Add,
        Subtract,
        Multiply,
        Divide,
        Remainder,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
        NotEqual,
        And,
        Or,
    }
}
