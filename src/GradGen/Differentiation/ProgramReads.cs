using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>The variables of the body whose values some program statements read (a written variable is not read; its indices are).</summary>
    internal static class ProgramReads
    {
        public static IEnumerable<string> Of(IEnumerable<ProgramStatement> statements) => statements.SelectMany(Of);

        private static IEnumerable<string> Of(ProgramStatement statement) => statement switch
        {
            DeclareStatement declare => declare.Value is { } value ? BodyExpressions.VariablesIn(value) : Enumerable.Empty<string>(),
            SetStatement set => Written(set.Target).Concat(BodyExpressions.VariablesIn(set.Value)),
            AddStatement add => Written(add.Target).Concat(BodyExpressions.VariablesIn(add.Value)),
            AddSumStatement sum => Written(sum.Target).Concat(sum.Terms.SelectMany(BodyExpressions.VariablesIn)),
            IncrementStatement increment => BodyExpressions.VariablesIn(increment.Target),
            CallStatement call => BodyExpressions.VariablesIn(call.Call),
            ClearStatement clear => Written(clear.Array),
            AllocateRowStatement row => Written(row.Row).Concat(BodyExpressions.VariablesIn(row.Value)),
            IfElseStatement @if => BodyExpressions.VariablesIn(@if.Condition).Concat(Of(@if.Then)).Concat(@if.Else is { } @else ? Of(@else) : Enumerable.Empty<string>()),
            WhileStatement loop => BodyExpressions.VariablesIn(loop.Condition).Concat(Of(loop.Body)),
            CountDownStatement countDown => (countDown.Start is { } start ? BodyExpressions.VariablesIn(start) : Enumerable.Empty<string>()).Concat(Of(countDown.Body)),
            PushStatement push => BodyExpressions.VariablesIn(push.Value),
            OpenTapeStatement or ReserveStatement or CloseTapeStatement or CommentStatement or BlankLineStatement => Enumerable.Empty<string>(),
            _ => throw new InvalidOperationException("Unknown program statement " + statement.GetType().Name),
        };

        private static IEnumerable<string> Written(BodyExpression target) => target switch
        {
            VariableExpression => Enumerable.Empty<string>(),
            ElementExpression element => element.Indices.SelectMany(BodyExpressions.VariablesIn),
            NameExpression name => name.Indices.SelectMany(BodyExpressions.VariablesIn),
            _ => BodyExpressions.VariablesIn(target),
        };
    }
}
