using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using static GradGen.Differentiation.ExpressionBuilder;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Lowers the returns of a vector-valued method (<see cref="ReturnVectorStatement"/>) into statements the
    /// transforms already know, once per mode (issue 13):
    /// <list type="bullet">
    /// <item>for forward mode, every output goes into one array, whose tangent the <see cref="TangentTransform"/>
    /// computes beside it: J v in one pass;</item>
    /// <item>for reverse mode, the method returns the scalar u . f, whose gradient the <see cref="AdjointTransform"/>
    /// computes: u^T J in one pass.</item>
    /// </list>
    /// A Jacobian is then N forward passes (one per input element) or m reverse passes (one per output).
    /// </summary>
    internal static class VectorOutput
    {
        private static readonly BodyExpression IntZero = new LiteralExpression("0", BodyType.Int);

        /// <summary>
        /// The body with every return writing the outputs into one array and returning 0: the local array the method
        /// returns, or a new local <paramref name="output"/> that each return creates with its elements.
        /// </summary>
        /// <param name="output">The array that holds the outputs once the body has returned.</param>
        public static ExactBody ForTangents(ExactBody body, out string output)
        {
            var returned = ReturnedArray(body);
            var name = returned ?? FreshName(body, "output");
            output = name;
            var statements = Rewrite(body.Statements, @return => @return.Array is not null
                ? new BodyStatement[] { DummyReturn }
                : @return.Elements
                    .Select((element, i) => (BodyStatement)new AssignStatement(name, new[] { Int(i) }.ToEquatableArray(), element))
                    .Prepend(new AssignStatement(name, EquatableArray<BodyExpression>.Empty, new NewArrayExpression(new[] { Int(@return.Elements.Count) }.ToEquatableArray(), BodyType.Double)))
                    .Append(DummyReturn));
            var variables = returned is null
                ? body.Variables.Append(new BodyVariable(name, BodyType.Double, 1, VariableKind.Local))
                : body.Variables;
            return new ExactBody(variables.ToEquatableArray(), statements);
        }

        /// <summary>
        /// The body of the scalar <c>u . f</c>: every return returns the sum of the cotangent's elements times the
        /// outputs (through a loop over a returned local array).
        /// </summary>
        /// <param name="cotangent">The identifier of the <c>double[]</c> that holds u, which the body takes as a constant parameter.</param>
        /// <param name="countOutputs">False for a tuple, whose cotangent has its arity; true for an array.</param>
        /// <param name="outputCount">
        /// Where <paramref name="countOutputs"/>, a new int local that each return sets to m,
        /// the number of outputs, for the check that the cotangent has m elements; u . f reads no weight past the
        /// cotangent's end, so that the check, not an index out of range, reports a cotangent of the wrong length.
        /// </param>
        public static ExactBody ForAdjoints(ExactBody body, string cotangent, bool countOutputs, out string? outputCount)
        {
            var variables = body.Variables.ToList();
            variables.Add(new BodyVariable(cotangent, BodyType.Double, 1, VariableKind.ConstantParameter));
            outputCount = null;
            if (countOutputs)
            {
                outputCount = FreshName(body, "outputs");
                variables.Add(new BodyVariable(outputCount, BodyType.Int, 0, VariableKind.Local));
            }

            var count = outputCount;
            string? dot = null, index = null;
            if (Returns(body.Statements).Any(r => r.Array is not null))
            {
                dot = FreshName(body, "dot");
                index = FreshName(body, "dotIndex");
                variables.Add(new BodyVariable(dot, BodyType.Double, 0, VariableKind.Local));
                variables.Add(new BodyVariable(index, BodyType.Int, 0, VariableKind.Local));
            }

            BodyExpression U(BodyExpression i) => new ElementExpression(cotangent, new[] { i }.ToEquatableArray(), BodyType.Double);

            // u_i, or 0 past the end of a cotangent of the wrong length (which the check after the sweep reports).
            BodyExpression Weight(int i) => count is null
                ? U(Int(i))
                : new ConditionalExpression(new BinaryExpression(BinaryOperator.Less, Int(i), new LengthExpression(cotangent, null), BodyType.Bool), U(Int(i)), Zero, BodyType.Double);

            IEnumerable<BodyStatement> Counted(BodyExpression m, IEnumerable<BodyStatement> statements) => count is null
                ? statements
                : statements.Prepend(new AssignStatement(count, EquatableArray<BodyExpression>.Empty, m));

            var statements = Rewrite(body.Statements, @return =>
            {
                if (@return.Array is not { } array)
                {
                    var terms = @return.Elements.Select((element, i) => Multiply(Weight(i), element)).ToList();
                    var sum = terms.Count == 0 ? Zero : terms.Skip(1).Aggregate(terms[0], Add);
                    return Counted(Int(@return.Elements.Count), new BodyStatement[] { new ReturnStatement(sum) });
                }

                var k = new VariableExpression(index!, BodyType.Int);
                var s = new VariableExpression(dot!, BodyType.Double);
                var element = new ElementExpression(array, new[] { (BodyExpression)k }.ToEquatableArray(), ElementType(body, array));
                return Counted(new LengthExpression(array, null), new BodyStatement[]
                {
                    new AssignStatement(dot!, EquatableArray<BodyExpression>.Empty, Zero, IsDeclaration: true),
                    new AssignStatement(index!, EquatableArray<BodyExpression>.Empty, IntZero, IsDeclaration: true),
                    new LoopStatement(
                        // Stops at the shorter of the two, so that a cotangent of the wrong length reaches the check after the forward sweep.
                        new BinaryExpression(
                            BinaryOperator.And,
                            new BinaryExpression(BinaryOperator.Less, k, new LengthExpression(array, null), BodyType.Bool),
                            new BinaryExpression(BinaryOperator.Less, k, new LengthExpression(cotangent, null), BodyType.Bool),
                            BodyType.Bool),
                        new BodyStatement[] { new AssignStatement(dot!, EquatableArray<BodyExpression>.Empty, Add(s, Multiply(U(k), element))) }.ToEquatableArray(),
                        new BodyStatement[] { new AssignStatement(index!, EquatableArray<BodyExpression>.Empty, new BinaryExpression(BinaryOperator.Add, k, Int(1), BodyType.Int)) }.ToEquatableArray(),
                        TestsAfterBody: false),
                    new ReturnStatement(s),
                });
            });
            return new ExactBody(variables.ToEquatableArray(), statements);
        }

        /// <summary>The local array the body returns (for an [Output] method, the local standing for the array), or null where its returns list elements.</summary>
        public static string? ReturnedArray(ExactBody body) => Returns(body.Statements).Select(r => r.Array).FirstOrDefault(a => a is not null);

        private static readonly ReturnStatement DummyReturn = new(Zero);

        private static BodyExpression Int(int value) => new LiteralExpression(value.ToString(CultureInfo.InvariantCulture), BodyType.Int);

        private static BodyType ElementType(ExactBody body, string array) => body.Variables.Single(v => v.Name == array).Type;

        private static string FreshName(ExactBody body, string preferred)
        {
            var taken = new HashSet<string>(body.Variables.Select(v => v.Name));
            var name = preferred;
            for (var suffix = 1; taken.Contains(name); suffix++)
            {
                name = preferred + suffix.ToString(CultureInfo.InvariantCulture);
            }

            return name;
        }

        private static IEnumerable<ReturnVectorStatement> Returns(IEnumerable<BodyStatement> statements) => statements.SelectMany(statement => statement switch
        {
            ReturnVectorStatement @return => new[] { @return },
            IfStatement @if => Returns(@if.Then).Concat(Returns(@if.Else)),
            LoopStatement loop => Returns(loop.Body).Concat(Returns(loop.Increment)),
            AssignStatement or BreakStatement or ContinueStatement => Enumerable.Empty<ReturnVectorStatement>(),
            ReturnStatement => throw new InvalidOperationException("A vector-valued body returns vectors only"),
            _ => throw new InvalidOperationException("Unknown statement " + statement.GetType().Name),
        });

        private static EquatableArray<BodyStatement> Rewrite(IEnumerable<BodyStatement> statements, Func<ReturnVectorStatement, IEnumerable<BodyStatement>> lower) =>
            statements.SelectMany(statement => statement switch
            {
                ReturnVectorStatement @return => lower(@return),
                IfStatement @if => new[] { new IfStatement(@if.Condition, Rewrite(@if.Then, lower), Rewrite(@if.Else, lower)) },
                LoopStatement loop => new[] { new LoopStatement(loop.Condition, Rewrite(loop.Body, lower), Rewrite(loop.Increment, lower), loop.TestsAfterBody) },
                AssignStatement or BreakStatement or ContinueStatement => new[] { statement },
                ReturnStatement => throw new InvalidOperationException("A vector-valued body returns vectors only"),
                _ => throw new InvalidOperationException("Unknown statement " + statement.GetType().Name),
            }).ToEquatableArray();
    }
}
