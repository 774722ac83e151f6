using System;
using System.Collections.Generic;
using System.Linq;
using GradGen.Model.Body;

namespace GradGen.Emitting
{
    /// <summary>
    /// Prints a body model as C#: every local declared once at the top (with its <see cref="BodyVariable.Initial"/>
    /// value, else zero), then the statements. Locals get names from the generated method's scope; parameters keep
    /// theirs. Prints the bodies the transforms return, such as the forward-mode program.
    /// </summary>
    internal sealed class BodyPrinter
    {
        private readonly IndentedWriter _writer;
        private readonly Dictionary<string, string> _names = new();
        private readonly ExpressionWriter _expressions;
        private readonly Func<Func<BodyExpression, string>, string>? _returns;

        private BodyPrinter(IndentedWriter writer, NameScope names, ExactBody body, Func<Func<BodyExpression, string>, string>? returns)
        {
            _writer = writer;
            _returns = returns;
            foreach (var variable in body.Variables)
            {
                _names[variable.Name] = variable.Kind == VariableKind.Local ? names.Unique(variable.Name) : NameScope.Escape(variable.Name);
            }

            // The lambda parameters of rows of zeros (issue 14) must not take a name of the generated method either.
            foreach (var row in ZeroRowNames(body.Statements))
            {
                _names[row] = names.Unique(row);
            }

            _expressions = new ExpressionWriter(name => _names.TryGetValue(name, out var n) ? n : name);
        }

        /// <param name="returns">
        /// Given, what every <c>return</c> returns instead of its value, written with the function that spells an
        /// expression of the body (the J v a forward-mode program of a vector-valued method keeps in an array).
        /// </param>
        public static void Write(IndentedWriter writer, NameScope names, ExactBody body, Func<Func<BodyExpression, string>, string>? returns = null)
        {
            var printer = new BodyPrinter(writer, names, body, returns);
            var locals = body.Variables.Where(v => v.Kind == VariableKind.Local).ToList();
            foreach (var local in locals)
            {
                var name = printer._names[local.Name];
                writer.WriteLine(local.Initial is { } initial ? local.Type.Keyword() + " " + name + " = " + printer._expressions.Text(initial) + ";" : Declaration(local.Type, local.Rank, name, local.Layout));
            }

            if (locals.Count > 0)
            {
                writer.WriteLine();
            }

            printer.Block(body.Statements);
        }

        private static IEnumerable<string> ZeroRowNames(IEnumerable<BodyStatement> statements) =>
            statements.SelectMany(ExpressionsIn).SelectMany(Within).OfType<ZeroRowsExpression>().Select(zeros => zeros.Row).Distinct();

        private static IEnumerable<BodyExpression> ExpressionsIn(BodyStatement statement) => statement switch
        {
            AssignStatement assign => assign.Indices.Append(assign.Value),
            IfStatement @if => @if.Then.Concat(@if.Else).SelectMany(ExpressionsIn).Prepend(@if.Condition),
            LoopStatement loop => loop.Body.Concat(loop.Increment).SelectMany(ExpressionsIn).Prepend(loop.Condition),
            ReturnStatement @return => new[] { @return.Value },
            _ => Enumerable.Empty<BodyExpression>(),
        };

        private static IEnumerable<BodyExpression> Within(BodyExpression expression) => BodyExpressions.Children(expression).SelectMany(Within).Prepend(expression);

        /// <summary>
        /// <c>double x = 0;</c>, <c>double[,] a = new double[0, 0];</c> or <c>double[][] a = new double[0][];</c>: a local
        /// declared before the code that assigns it.
        /// </summary>
        public static string Declaration(BodyType type, int rank, string name, Model.ArrayLayout layout = Model.ArrayLayout.Rectangular) => rank == 0
            ? type.Keyword() + " " + name + " = " + (type == BodyType.Bool ? "false" : "0") + ";"
            : layout == Model.ArrayLayout.Jagged
            ? type.Keyword() + "[][] " + name + " = new " + type.Keyword() + "[0][];"
            : type.Keyword() + "[" + new string(',', rank - 1) + "] " + name + " = new " + type.Keyword() + "[" + string.Join(", ", Enumerable.Repeat("0", rank)) + "];";

        private void Block(IEnumerable<BodyStatement> statements)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case AssignStatement assign:
                        if (Assignment(assign) is { } line)
                        {
                            _writer.WriteLine(line + ";");
                        }

                        break;
                    case IfStatement @if:
                        using (_writer.OpenBlock("if (" + _expressions.Text(@if.Condition) + ")"))
                        {
                            Block(@if.Then);
                        }

                        if (@if.Else.Count > 0)
                        {
                            using (_writer.OpenBlock("else"))
                            {
                                Block(@if.Else);
                            }
                        }

                        break;
                    case LoopStatement loop:
                        Loop(loop);
                        break;
                    case BreakStatement:
                        _writer.WriteLine("break;");
                        break;
                    case ContinueStatement:
                        _writer.WriteLine("continue;");
                        break;
                    case ReturnStatement @return:
                        _writer.WriteLine("return " + (_returns is null ? _expressions.Text(@return.Value) : _returns(_expressions.Text)) + ";");
                        break;
                    default:
                        throw new InvalidOperationException("Unknown statement " + statement.GetType().Name);
                }
            }
        }

        /// <summary>A <c>for</c> loop keeps its increments in the iterator list, so that <c>continue</c> still runs them.</summary>
        private void Loop(LoopStatement loop)
        {
            var condition = _expressions.Text(loop.Condition);
            var increments = loop.Increment.Select(statement => statement as AssignStatement ?? throw new InvalidOperationException("A loop increment must be an assignment, not " + statement.GetType().Name));
            var header = loop.TestsAfterBody ? "do"
                : loop.Increment.Count == 0 ? "while (" + condition + ")"
                : "for (; " + condition + "; " + string.Join(", ", increments.Select(Assignment).OfType<string>()) + ")";
            using (loop.TestsAfterBody ? _writer.OpenBlock(header, "} while (" + condition + ");") : _writer.OpenBlock(header))
            {
                Block(loop.Body);
            }
        }

        /// <summary><c>target = value</c>; null for <c>x = x</c>, which changes nothing and would warn (CS1717) in the consumer.</summary>
        private string? Assignment(AssignStatement assign)
        {
            var target = assign.Indices.Count == 0 ? _names[assign.Target] : _expressions.Element(assign.Target, assign.Indices);
            var value = _expressions.Text(assign.Value);
            return value == target ? null : target + " = " + value;
        }
    }
}
