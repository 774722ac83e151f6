using System;
using System.Text;

namespace GradGen.Emitting
{
    /// <summary>
    /// The one writer every emitter uses: lines with four-space indentation and <c>\n</c> endings, so output is the
    /// same on every operating system.
    /// </summary>
    internal sealed class IndentedWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new();
        private int _depth;

        public void WriteLine(string line)
        {
            if (line.Length > 0)
            {
                for (var i = 0; i < _depth; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(line);
            }

            _builder.Append('\n');
        }

        public void WriteLine() => _builder.Append('\n');

        /// <summary>Writes <paramref name="header"/> and an opening brace; dispose the result to close it.</summary>
        public Block OpenBlock(string header)
        {
            WriteLine(header);
            WriteLine("{");
            _depth++;
            return new Block(this);
        }

        public override string ToString() => _builder.ToString();

        private void CloseBlock(string closing)
        {
            _depth--;
            WriteLine(closing);
        }

        /// <summary>Closes the brace opened by <see cref="OpenBlock"/>.</summary>
        public readonly struct Block : IDisposable
        {
            private readonly IndentedWriter _writer;

            public Block(IndentedWriter writer) => _writer = writer;

            public void Dispose() => _writer.CloseBlock("}");
        }
    }
}
