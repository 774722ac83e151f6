using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Tests.Differentiation.Sweeps
{
    /// <summary>Short constructors for the statements and expressions of hand-built derivative programs.</summary>
    internal static class Programs
    {
        public static readonly NameExpression I = new("i", BodyType.Int);

        public static NameExpression Scalar(string name) => new(name);

        public static NameExpression Element(string array, BodyExpression index) => new(array, new[] { index }.ToEquatableArray(), BodyType.Double);

        public static ElementExpression Input(string array, BodyExpression index) => new(array, new[] { index }.ToEquatableArray(), BodyType.Double);

        public static LiteralExpression Number(double value) => new(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), BodyType.Double);

        public static LiteralExpression Integer(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), BodyType.Int);

        public static BodyExpression Plus(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Add, left, right, left.Type);

        public static BodyExpression Minus(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Subtract, left, right, left.Type);

        public static BodyExpression Times(BodyExpression left, BodyExpression right) => new BinaryExpression(BinaryOperator.Multiply, left, right, BodyType.Double);

        public static BodyExpression Negate(BodyExpression operand) => new UnaryExpression(UnaryOperator.Negate, operand, operand.Type);

        public static ProgramStatement Add(BodyExpression target, BodyExpression value) => new AddStatement(target, value);

        public static ProgramStatement Set(BodyExpression target, BodyExpression value) => new SetStatement(target, value);

        public static ProgramStatement Declare(string name, BodyExpression value) => new DeclareStatement(name, BodyType.Double, 0, value);

        /// <summary><c>double name = 0;</c> in the setup: an adjoint.</summary>
        public static ProgramStatement Zero(string name) => new DeclareStatement(name, BodyType.Double, 0);

        /// <summary><c>for (iterations = n; iterations &gt; 0; iterations--) { i = i - 1; ... }</c>, as a reverse sweep walks a loop back.</summary>
        public static ProgramStatement CountDown(int iterations, params ProgramStatement[] body) => new CountDownStatement(
            new NameExpression("iterations", BodyType.Int), Integer(iterations), body.Prepend(Set(I, Minus(I, Integer(1)))).ToEquatableArray());

        public static SweepProgram Program(IEnumerable<ProgramStatement> setup, IEnumerable<ProgramStatement> reverse, IEnumerable<ProgramStatement>? finish = null) => new(
            setup.ToEquatableArray(), EquatableArray<ProgramStatement>.Empty, "value", BodyType.Double, "result",
            reverse.ToEquatableArray(), (finish ?? Enumerable.Empty<ProgramStatement>()).ToEquatableArray(), EquatableArray<TapeModel>.Empty, new Dictionary<string, string>());

        /// <summary>Runs setup, reverse sweep and finish; the arrays are written in place.</summary>
        public static IReadOnlyDictionary<string, double> Run(SweepProgram program, IReadOnlyDictionary<string, double> scalars, IReadOnlyDictionary<string, double[]> arrays)
        {
            var evaluator = new ProgramEvaluator(scalars, arrays);
            evaluator.Run(program.Setup.Concat(program.Forward).Concat(program.Reverse).Concat(program.Finish));
            return evaluator.Scalars;
        }

        /// <summary>Every statement of the block and of the blocks inside it.</summary>
        public static IEnumerable<ProgramStatement> All(IEnumerable<ProgramStatement> block) => GradGen.Differentiation.SweepEffects.AllStatements(block);
    }
}
