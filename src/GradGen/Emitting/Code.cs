namespace GradGen.Emitting
{
    /// <summary>
    /// A C# expression as text with the precedence of its outermost operator, so that combining expressions adds
    /// exactly the parentheses C# needs and no more.
    /// </summary>
    internal readonly struct Code
    {
        public const int Conditional = 20;
        public const int Or = 35;
        public const int And = 40;
        public const int Equality = 55;
        public const int Relational = 60;
        public const int Additive = 70;
        public const int Multiplicative = 80;
        public const int Unary = 90;
        public const int Primary = 100;

        public Code(string text, int precedence)
        {
            Text = text;
            Precedence = precedence;
        }

        public string Text { get; }

        public int Precedence { get; }

        public static Code Atom(string text) => new(text, Primary);

        /// <summary>The text, in parentheses unless it binds at least as tightly as <paramref name="precedence"/>.</summary>
        public string At(int precedence) => Precedence >= precedence ? Text : "(" + Text + ")";

        public static Code Binary(Code left, string op, Code right, int precedence) =>
            new(left.At(precedence) + " " + op + " " + right.At(precedence + 1), precedence);

        public static Code Multiply(Code left, Code right) => Binary(left, "*", right, Multiplicative);

        public static Code Divide(Code left, Code right) => Binary(left, "/", right, Multiplicative);

        public static Code Add(Code left, Code right) => Binary(left, "+", right, Additive);

        public static Code Subtract(Code left, Code right) => Binary(left, "-", right, Additive);

        /// <summary><c>-x</c>; never <c>--x</c>, which C# reads as a decrement.</summary>
        public static Code Negate(Code operand)
        {
            var text = operand.At(Unary);
            return new Code("-" + (text.StartsWith("-", System.StringComparison.Ordinal) || text.StartsWith("+", System.StringComparison.Ordinal) ? "(" + text + ")" : text), Unary);
        }

        /// <summary>A call of a <c>System.Math</c> function.</summary>
        public static Code Math(string function, params Code[] arguments) =>
            Atom("global::System.Math." + function + "(" + string.Join(", ", System.Linq.Enumerable.Select(arguments, a => a.Text)) + ")");
    }
}
