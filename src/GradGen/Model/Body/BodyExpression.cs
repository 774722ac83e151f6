namespace GradGen.Model.Body
{
    /// <summary>A side-effect-free expression of a differentiated method body; <see cref="Type"/> is its C# type.</summary>
    internal abstract record BodyExpression(BodyType Type);

    /// <summary>A constant, already written as C# (<c>2</c>, <c>0.5</c>, <c>1E-07</c>, <c>0.25f</c>, <c>true</c>).</summary>
    internal sealed record LiteralExpression(string Text, BodyType Type) : BodyExpression(Type);

    /// <summary>A parameter or local, by its name in <see cref="ExactBody.Variables"/>.</summary>
    internal sealed record VariableExpression(string Name, BodyType Type) : BodyExpression(Type);

    /// <summary>A value GradGen does not differentiate, read through code such as <c>this.K</c>.</summary>
    internal sealed record ConstantReadExpression(string Code, BodyType Type) : BodyExpression(Type);

    /// <summary>
    /// <c>this._w[i]</c>: an element of an array field or property of the containing type (or a static one), read
    /// as a constant like the field itself; <see cref="Array"/> is the code that reads the array.
    /// </summary>
    internal sealed record ConstantElementExpression(string Array, EquatableArray<BodyExpression> Indices, BodyType Type) : BodyExpression(Type);

    /// <summary><c>a[i, j]</c>: an element of a parameter or local array.</summary>
    internal sealed record ElementExpression(string Array, EquatableArray<BodyExpression> Indices, BodyType Type) : BodyExpression(Type);

    /// <summary>
    /// A whole parameter or local array <c>a</c>, passed as an argument to a call; <see cref="BodyExpression.Type"/>
    /// is its element type.
    /// </summary>
    internal sealed record ArrayArgumentExpression(string Array, int Rank, BodyType Type) : BodyExpression(Type);

    /// <summary><c>a.Length</c> when <see cref="Dimension"/> is null, else <c>a.GetLength(dimension)</c>.</summary>
    internal sealed record LengthExpression(string Array, BodyExpression? Dimension) : BodyExpression(BodyType.Int);

    internal sealed record UnaryExpression(UnaryOperator Operator, BodyExpression Operand, BodyType Type) : BodyExpression(Type);

    internal sealed record BinaryExpression(BinaryOperator Operator, BodyExpression Left, BodyExpression Right, BodyType Type) : BodyExpression(Type);

    internal sealed record ConditionalExpression(BodyExpression Condition, BodyExpression WhenTrue, BodyExpression WhenFalse, BodyType Type) : BodyExpression(Type);

    /// <summary>A call to a function of <c>System.Math</c> (or <c>System.MathF</c> when <see cref="IsMathF"/>).</summary>
    internal sealed record CallExpression(MathFunction Function, bool IsMathF, EquatableArray<BodyExpression> Arguments, BodyType Type) : BodyExpression(Type);

    /// <summary>An explicit conversion <c>(Type)operand</c>.</summary>
    internal sealed record CastExpression(BodyExpression Operand, BodyType Type) : BodyExpression(Type);

    /// <summary>
    /// <c>new double[n, m]</c>: only as the value of a local array's one assignment; <c>new double[n][]</c> when
    /// <see cref="Jagged"/>, whose rows are then each created by <c>a[i] = new double[m]</c>.
    /// </summary>
    internal sealed record NewArrayExpression(EquatableArray<BodyExpression> Lengths, BodyType Type, bool Jagged = false) : BodyExpression(Type);

    /// <summary>
    /// A call to a method generated beside a callee, or to its [DerivativeOf] method: <see cref="Method"/> (unescaped)
    /// on the callee's receiver, with the call's own arguments followed by <see cref="Extra"/> (the tangents of
    /// <c>MDirectionalDerivative</c>). The forward-mode program calls it where the body calls the callee.
    /// </summary>
    internal sealed record DerivativeCallExpression(MethodCallExpression Call, string Method, EquatableArray<BodyExpression> Extra, BodyType Type) : BodyExpression(Type);

    /// <summary>
    /// The partial derivative of a callee with respect to its parameter <see cref="Parameter"/>, read from
    /// <see cref="Partials"/>: the value of a call to its <c>MGradient</c> or its [DerivativeOf] method.
    /// </summary>
    internal sealed record CalleePartialExpression(BodyExpression Partials, CalleeModel Callee, int Parameter, BodyType Type) : BodyExpression(Type);

    /// <summary>
    /// A local a derivative program declares for itself (an adjoint, a seed, a callee's partial derivatives), by its
    /// final name, or an element <c>name[indices]</c> of it: printed as it is, not renamed like the body's variables.
    /// </summary>
    internal sealed record NameExpression(string Name, EquatableArray<BodyExpression> Indices, BodyType Type) : BodyExpression(Type)
    {
        public NameExpression(string name, BodyType type = BodyType.Double)
            : this(name, EquatableArray<BodyExpression>.Empty, type)
        {
        }
    }
}
