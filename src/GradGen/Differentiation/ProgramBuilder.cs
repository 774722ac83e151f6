using System;
using System.Collections.Generic;
using GradGen.Model;
using GradGen.Model.Body;
using GradGen.Model.Sweep;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Collects the statements of a derivative program in order, with blocks opened and closed as scopes
    /// (<c>using (builder.If(c)) { ... }</c>), so that a transform lays out its program the way it walks the body.
    /// </summary>
    internal sealed class ProgramBuilder
    {
        private readonly Stack<List<ProgramStatement>> _blocks = new();

        public ProgramBuilder() => _blocks.Push(new List<ProgramStatement>());

        /// <summary>The statements so far; every block must be closed.</summary>
        public EquatableArray<ProgramStatement> Statements => _blocks.Count == 1
            ? _blocks.Peek().ToEquatableArray()
            : throw new InvalidOperationException("A block of the program is still open.");

        public void Add(ProgramStatement statement) => _blocks.Peek().Add(statement);

        public Scope If(BodyExpression condition) => Open(body => new IfElseStatement(condition, body, null));

        /// <summary>The <c>else</c> of the <c>if</c> just closed.</summary>
        public Scope Else()
        {
            var block = _blocks.Peek();
            if (block.Count == 0 || block[block.Count - 1] is not IfElseStatement { Else: null } @if)
            {
                throw new InvalidOperationException("An else must follow an if.");
            }

            block.RemoveAt(block.Count - 1);
            return Open(body => @if with { Else = body });
        }

        public Scope While(BodyExpression condition, bool testsAfterBody) => Open(body => new WhileStatement(condition, body, testsAfterBody));

        public Scope CountDown(BodyExpression counter, BodyExpression? start) => Open(body => new CountDownStatement(counter, start, body));

        private Scope Open(Func<EquatableArray<ProgramStatement>, ProgramStatement> close)
        {
            _blocks.Push(new List<ProgramStatement>());
            return new Scope(this, close);
        }

        /// <summary>Closes the block: its statements become the body of the statement that opened it.</summary>
        public readonly struct Scope : IDisposable
        {
            private readonly ProgramBuilder _builder;
            private readonly Func<EquatableArray<ProgramStatement>, ProgramStatement> _close;

            public Scope(ProgramBuilder builder, Func<EquatableArray<ProgramStatement>, ProgramStatement> close)
            {
                _builder = builder;
                _close = close;
            }

            public void Dispose()
            {
                var body = _builder._blocks.Pop().ToEquatableArray();
                _builder.Add(_close(body));
            }
        }
    }
}
