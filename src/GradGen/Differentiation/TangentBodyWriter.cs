using System.Collections.Generic;
using System.Linq;
using GradGen.Emitting;
using GradGen.Model;
using GradGen.Model.Body;

namespace GradGen.Differentiation
{
    /// <summary>
    /// Writes the body of the exact directional derivative (forward mode): the method's own statements, each
    /// assignment to a value that carries a derivative preceded by the assignment of its tangent, and each
    /// <c>return</c> returning the tangent. One pass, no tape; arrays are allocated only for local arrays.
    /// </summary>
    internal sealed class TangentBodyWriter
    {
        private readonly IndentedWriter _writer;
        private readonly Dictionary<string, BodyVariable> _variables;
        private readonly Dictionary<string, string> _names = new();
        private readonly Dictionary<string, string> _tangents = new();
        private readonly ExpressionWriter _expressions;
        private readonly TangentExpressions _tangentExpressions;

        private TangentBodyWriter(IndentedWriter writer, DerivativeSignature signature, ExactBody body, IReadOnlyDictionary<string, string> tangentParameters)
        {
            _writer = writer;
            _variables = body.Variables.ToDictionary(v => v.Name);
            var names = signature.Names;
            foreach (var variable in body.Variables)
            {
                _names[variable.Name] = variable.Kind == VariableKind.Local ? names.Unique(variable.Name) : NameScope.Escape(variable.Name);
            }

            var assigned = new HashSet<string>(Assignments(body.Statements).Select(a => a.Target));
            var active = new HashSet<string>(body.Variables.Where(v => v.Kind == VariableKind.DifferentiableParameter && v.Type.IsReal()).Select(v => v.Name));
            _expressions = new ExpressionWriter(name => _names.TryGetValue(name, out var n) ? n : name);
            _tangentExpressions = new TangentExpressions(_expressions, name => active.Contains(name) ? _tangents[name] : null);
            foreach (var name in active)
            {
                var variable = _variables[name];
                _tangents[name] = variable.IsArray || !assigned.Contains(name) ? tangentParameters[name] : names.Unique(name.TrimStart('@') + "Tangent");
            }

            // A variable carries a derivative once some assignment gives it a value that does.
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var assignment in Assignments(body.Statements).Where(a => !active.Contains(a.Target)))
                {
                    var carries = assignment.Value is NewArrayExpression ? false : _tangentExpressions.Tangent(assignment.Value) is not null;
                    if (carries && active.Add(assignment.Target))
                    {
                        _tangents[assignment.Target] = names.Unique(assignment.Target.TrimStart('@') + "Tangent");
                        changed = true;
                    }
                }
            }

            Declarations = DeclarationsOf(body, active, tangentParameters).ToList();
        }

        private List<string> Declarations { get; }

        public static void Write(IndentedWriter writer, DerivativeSignature signature, ExactBody body, IReadOnlyDictionary<string, string> tangentParameters)
        {
            var tangentWriter = new TangentBodyWriter(writer, signature, body, tangentParameters);
            foreach (var declaration in tangentWriter.Declarations)
            {
                writer.WriteLine(declaration);
            }

            if (tangentWriter.Declarations.Count > 0)
            {
                writer.WriteLine();
            }

            tangentWriter.Block(body.Statements);
        }

        private IEnumerable<string> DeclarationsOf(ExactBody body, HashSet<string> active, IReadOnlyDictionary<string, string> tangentParameters)
        {
            foreach (var variable in body.Variables)
            {
                if (variable.Kind == VariableKind.Local)
                {
                    yield return AdjointBodyWriter.Declaration(variable.Type, variable.Rank, _names[variable.Name]);
                }

                if (!active.Contains(variable.Name) || (tangentParameters.TryGetValue(variable.Name, out var parameter) && parameter == _tangents[variable.Name]))
                {
                    continue;
                }

                yield return variable.Kind == VariableKind.DifferentiableParameter
                    ? "double " + _tangents[variable.Name] + " = " + tangentParameters[variable.Name] + ";"
                    : AdjointBodyWriter.Declaration(BodyType.Double, variable.Rank, _tangents[variable.Name]);
            }
        }

        private static IEnumerable<AssignStatement> Assignments(IEnumerable<BodyStatement> statements)
        {
            foreach (var statement in statements)
            {
                var nested = statement switch
                {
                    AssignStatement assign => new[] { assign },
                    IfStatement @if => Assignments(@if.Then).Concat(Assignments(@if.Else)),
                    LoopStatement loop => Assignments(loop.Body).Concat(Assignments(loop.Increment)),
                    _ => Enumerable.Empty<AssignStatement>(),
                };
                foreach (var assign in nested)
                {
                    yield return assign;
                }
            }
        }

        private void Block(IEnumerable<BodyStatement> statements)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case AssignStatement assign:
                        foreach (var line in Assign(assign))
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
                        _writer.WriteLine("return " + (_tangentExpressions.Tangent(@return.Value)?.Text ?? "0.0") + ";");
                        break;
                }
            }
        }

        /// <summary>A <c>for</c> loop keeps its increments in the iterator list, so that <c>continue</c> still runs them.</summary>
        private void Loop(LoopStatement loop)
        {
            var condition = _expressions.Text(loop.Condition);
            var header = loop.TestsAfterBody ? "do"
                : loop.Increment.Count == 0 ? "while (" + condition + ")"
                : "for (; " + condition + "; " + string.Join(", ", loop.Increment.OfType<AssignStatement>().SelectMany(Assign)) + ")";
            using (loop.TestsAfterBody ? _writer.OpenBlock(header, "} while (" + condition + ");") : _writer.OpenBlock(header))
            {
                Block(loop.Body);
            }
        }

        /// <summary>The tangent's assignment, before the value's (it reads the values before they change), then the value's.</summary>
        private IEnumerable<string> Assign(AssignStatement assign)
        {
            var target = assign.Indices.Count == 0 ? _names[assign.Target] : _expressions.Element(assign.Target, assign.Indices);
            if (_tangents.TryGetValue(assign.Target, out var tangent))
            {
                var tangentTarget = tangent + (assign.Indices.Count == 0 ? string.Empty : _expressions.Index(assign.Indices));
                var value = assign.Value is NewArrayExpression array ? ArrayAllocation(array) : _tangentExpressions.Tangent(assign.Value)?.Text ?? "0.0";
                if (value != tangentTarget)
                {
                    // v -= 2 leaves v's tangent as it is; written out, the assignment would warn (CS1717) in the consumer.
                    yield return tangentTarget + " = " + value;
                }
            }

            if (_expressions.Text(assign.Value) != target)
            {
                yield return target + " = " + _expressions.Text(assign.Value);
            }
        }

        private string ArrayAllocation(NewArrayExpression array) => "new double[" + string.Join(", ", array.Lengths.Select(_expressions.Text)) + "]";
    }
}
