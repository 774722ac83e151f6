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
        public Block OpenBlock(string header) => OpenBlock(header, "}");

        /// <summary>A bare block <c>{ ... }</c>, which scopes its locals.</summary>
        public Block OpenScope()
        {
            WriteLine("{");
            _depth++;
            return new Block(this, "}");
        }

        /// <summary>As <see cref="OpenBlock(string)"/>, closing with <paramref name="closing"/>, such as <c>} while (c);</c>.</summary>
        public Block OpenBlock(string header, string closing)
        {
            WriteLine(header);
            WriteLine("{");
            _depth++;
            return new Block(this, closing);
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
            private readonly string _closing;

            public Block(IndentedWriter writer, string closing)
            {
                _writer = writer;
                _closing = closing;
            }

            public void Dispose() => _writer.CloseBlock(_closing);
        }
    }
}
