using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// What the statements and expressions of a derivative program read and write, for the transforms that rewrite a
    /// program without changing what it computes (<see cref="CommonSubexpressions"/>, <see cref="ZeroAdjoints"/>,
    /// <see cref="ElementAdds"/>).
    /// </summary>
    internal static class SweepEffects
    {
        /// <summary>Every variable, array and program local the expression names, indices included.</summary>
        public static IEnumerable<string> Names(BodyExpression expression) => expression switch
        {
            NameExpression name => name.Indices.SelectMany(Names).Prepend(name.Name),
            VariableExpression or ElementExpression or ArrayArgumentExpression or LengthExpression or RowLengthExpression or ZeroRowsExpression or SliceArgumentExpression
                => BodyExpressions.VariablesIn(expression).Concat(BodyExpressions.Children(expression).SelectMany(Names)),
            _ => BodyExpressions.Children(expression).SelectMany(Names),
        };

        /// <summary>
        /// Whether evaluating the expression only reads variables and array elements: no tape is popped, nothing is
        /// passed by reference, no method is called (a callee may write arrays); <c>Math</c> functions are pure.
        /// </summary>
        public static bool IsPure(BodyExpression expression) => expression switch
        {
            LiteralExpression or VariableExpression or ConstantReadExpression => true,
            NameExpression or ElementExpression or ConstantElementExpression or LengthExpression or UnaryExpression or BinaryExpression
                or ConditionalExpression or CallExpression or CastExpression => BodyExpressions.Children(expression).All(IsPure),
            _ => false,
        };

        /// <summary>The array elements the expression reads: element expressions of the body's arrays, of constant arrays and of the program's.</summary>
        public static IEnumerable<BodyExpression> ElementsRead(BodyExpression expression)
        {
            var own = expression is ElementExpression or ConstantElementExpression or NameExpression { Indices.Count: > 0 }
                ? new[] { expression }
                : Array.Empty<BodyExpression>();
            return own.Concat(BodyExpressions.Children(expression).SelectMany(ElementsRead));
        }

        /// <summary>The array an element expression reads or writes, and the element's indices.</summary>
        public static (string Array, EquatableArray<BodyExpression> Indices) Element(BodyExpression element) => element switch
        {
            ElementExpression e => (e.Array, e.Indices),
            ConstantElementExpression e => (e.Array, e.Indices),
            NameExpression e => (e.Name, e.Indices),
            _ => throw new InvalidOperationException("Not an element: " + element.GetType().Name),
        };

        /// <summary>The expressions a statement evaluates, not counting those of the blocks inside it.</summary>
        public static IEnumerable<BodyExpression> Expressions(ProgramStatement statement) => statement switch
        {
            DeclareStatement declare => declare.Value is { } value ? new[] { value } : Enumerable.Empty<BodyExpression>(),
            SetStatement set => new[] { set.Target, set.Value },
            AddStatement add => new[] { add.Target, add.Value },
            AddSumStatement sum => sum.Terms.Prepend(sum.Target),
            IncrementStatement increment => new[] { increment.Target },
            CallStatement call => new[] { call.Call },
            ClearStatement clear => new[] { clear.Array },
            AllocateRowStatement row => new[] { row.Row, row.Value }.Concat(row.AdjointRow is { } adjointRow ? new[] { adjointRow } : Enumerable.Empty<BodyExpression>()),
            IfElseStatement @if => new[] { @if.Condition },
            WhileStatement loop => new[] { loop.Condition },
            CountDownStatement countDown => countDown.Start is { } start ? new[] { countDown.Counter, start } : new[] { countDown.Counter },
            PushStatement push => new[] { push.Value },
            ArgumentCheckStatement check => new[] { check.FailsWhen },
            OpenTapeStatement or ReserveStatement or CloseTapeStatement or CommentStatement or BlankLineStatement => Enumerable.Empty<BodyExpression>(),
            _ => throw new InvalidOperationException("Unknown program statement " + statement.GetType().Name),
        };

        /// <summary>Every expression of the statement and of the blocks inside it.</summary>
        public static IEnumerable<BodyExpression> AllExpressions(ProgramStatement statement) => AllStatements(new[] { statement }).SelectMany(Expressions);

        /// <summary>Every statement of the block and of the blocks inside it, each before those inside it.</summary>
        public static IEnumerable<ProgramStatement> AllStatements(IEnumerable<ProgramStatement> block) => block.SelectMany(statement => statement switch
        {
            IfElseStatement @if => AllStatements(@if.Then.Concat(@if.Else ?? EquatableArray<ProgramStatement>.Empty)).Prepend(statement),
            WhileStatement loop => AllStatements(loop.Body).Prepend(statement),
            CountDownStatement loop => AllStatements(loop.Body).Prepend(statement),
            _ => new[] { statement },
        });

        /// <summary>The names passed by reference in the expression (<c>ref x</c>): the callee may write them.</summary>
        public static IEnumerable<string> PassedByReference(BodyExpression expression) => expression is RefExpression reference
            ? Names(reference.Operand)
            : BodyExpressions.Children(expression).SelectMany(PassedByReference);

        /// <summary>A scalar local of the program (an adjoint), not an element of an array.</summary>
        public static bool IsScalarName(BodyExpression target, out string name)
        {
            name = target is NameExpression { Indices.Count: 0 } local ? local.Name : string.Empty;
            return name.Length > 0;
        }

        /// <summary><c>0</c> or <c>0.0</c>.</summary>
        public static bool IsZero(BodyExpression expression) => expression is LiteralExpression { Text: "0" or "0.0" or "0d" or "0.0d" or "0f" or "0.0f" };
    }
}
