using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the arithmetic of Richardson extrapolation (Ridders' method, as numdifftools and scipy.differentiate
    /// use it) into the types of generated methods, once per type: a private struct whose method takes the centered
    /// difference at the next step of a geometric sequence, adds it to a Neville tableau whose columns cancel the h^2, h^4, ... terms of its error one
    /// after another, and keeps the entry whose error estimate is smallest. The callers write the evaluations, so the
    /// same arithmetic serves every element of every parameter and the gradient check's directional derivative.
    /// </summary>
    /// <remarks>
    /// The constants were chosen on a few thousand random smooth functions (see the README, "Numeric derivatives and
    /// their accuracy"): a ratio that is not an integer keeps sin(w x) from looking converged when w h_k is a
    /// multiple of pi for several k in a row, which a ratio of 2 allows.
    /// </remarks>
    internal sealed class RichardsonTableau
    {
        /// <summary>The private struct, declared once in each type whose methods have numeric derivatives (<see cref="WriteType"/>).</summary>
        public const string TypeName = "GradGenRichardsonTableau";

        /// <summary>The first step, as a fraction of the input's scale max(|x|, 1).</summary>
        public const string InitialStep = "0.125";

        /// <summary>Each step is the previous one divided by this.</summary>
        public const string StepRatio = "1.6";

        /// <summary>At most this many steps (two evaluations each).</summary>
        private const int MaximumRows = 30;

        /// <summary>
        /// 1.6^(2j) - 1 for the columns j = 1..5: the divisor that cancels the h^(2j) term, written exactly in decimal.
        /// Six columns (up to the h^10 term) was the best trade of accuracy against code on the random functions.
        /// </summary>
        private static readonly string[] ColumnDivisors = { "1.56", "5.5536", "15.777216", "41.94967296", "108.9511627776" };

        private readonly string? _tableau;
        private readonly string _function;
        private readonly TableauNames _local;

        /// <param name="shared">
        /// Whether the member uses the type's <see cref="TypeName"/> (<see cref="TypeHelpersModel.HasTableau"/>); else it
        /// declares the same arithmetic as a local function, as in an interface, which may hold no struct.
        /// </param>
        public RichardsonTableau(NameScope names, bool shared)
        {
            if (shared)
            {
                _tableau = names.Unique("tableau");
                _function = _tableau + ".Extrapolate";
                _local = new TableauNames(string.Empty, new string[0], _tableau + ".Best", _tableau + ".Error", _tableau + ".Step", string.Empty);
                return;
            }

            _function = names.Unique("Extrapolate");
            var row = names.Unique("row");
            var columns = Enumerable.Range(0, ColumnDivisors.Length + 1).Select(j => names.Unique("t" + j)).ToList();
            _local = new TableauNames(row, columns, names.Unique("best"), names.Unique("error"), names.Unique("h"), string.Empty);
        }

        /// <summary>The best estimate so far.</summary>
        public string Best => _local.Best;

        /// <summary>The estimate of <see cref="Best"/>'s absolute error.</summary>
        public string Error => _local.Error;

        /// <summary>The step of the next centered difference: start, then loop while <see cref="Extrapolate"/> is true.</summary>
        public string Step => _local.Step;

        /// <summary>
        /// Declares the private struct whose <c>Extrapolate(valuePlus, valueMinus, stepTaken)</c> the generated members
        /// of the type's methods call: one copy per type, where each member used to declare its own local function
        /// (issue 17: about 70 lines, three times for each method).
        /// </summary>
        public static void WriteType(IndentedWriter writer)
        {
            var names = new TableauNames("_row", Enumerable.Range(0, ColumnDivisors.Length + 1).Select(j => "_t" + j).ToList(), "Best", "Error", "Step", "_epsilon");
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Richardson extrapolation of centered differences (Ridders' method) for the numeric derivatives GradGen writes in this type.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(MemberWriter.GeneratedCodeAttribute);
            using (writer.OpenBlock("private struct " + TypeName))
            {
                writer.WriteLine("private readonly double _epsilon;");
                writer.WriteLine("private int _row;");
                writer.WriteLine("private double " + string.Join(", ", names.Columns) + ";");
                writer.WriteLine("public double Best, Error, Step;");
                writer.WriteLine();
                writer.WriteLine("/// <param name=\"epsilon\">The machine epsilon of the method's return type, which measures the rounding error of a value.</param>");
                using (writer.OpenBlock("public " + TypeName + "(double epsilon)"))
                {
                    writer.WriteLine("_epsilon = epsilon;");
                    writer.WriteLine("_row = 0;");
                    writer.WriteLine(string.Join(" = ", names.Columns.Concat(new[] { "Best", "Error", "Step" })) + " = 0.0;");
                }

                writer.WriteLine();
                writer.WriteLine("/// <summary>Starts a new derivative, with the first step a fraction of <paramref name=\"scale\"/>: until a step is taken the estimate is NaN and its error infinite (a NaN input leaves them so).</summary>");
                using (writer.OpenBlock("public void Start(double scale)"))
                {
                    WriteStart(writer, names, "scale");
                }

                writer.WriteLine();
                writer.WriteLine("/// <summary>Adds one centered difference; true while another step is worth taking.</summary>");
                WriteExtrapolate(writer, "public bool Extrapolate", names, new NameScope(new string[0]));
            }
        }

        /// <summary>Declares this member's tableau: the type's struct, or the state and the local function.</summary>
        /// <param name="valueKind">The method's return type: its epsilon measures the rounding error of a value.</param>
        public void WriteDeclarations(IndentedWriter writer, ScalarKind valueKind)
        {
            var epsilon = valueKind == ScalarKind.Float ? "1.1920928955078125E-07" : "2.220446049250313E-16";
            if (_tableau is not null)
            {
                writer.WriteLine("var " + _tableau + " = new " + TypeName + "(" + epsilon + ");");
                writer.WriteLine();
                return;
            }

            var names = _local with { Epsilon = epsilon };
            writer.WriteLine("int " + names.Row + " = 0;");
            writer.WriteLine("double " + string.Join(", ", names.Columns.Concat(new[] { names.Best, names.Error, names.Step }).Select(name => name + " = 0.0")) + ";");
            WriteExtrapolate(writer, "bool " + _function, names, new NameScope(new[] { _function, names.Row, names.Best, names.Error, names.Step }.Concat(names.Columns)));
            writer.WriteLine();
        }

        /// <summary>
        /// Starts a new derivative: the first step is <paramref name="scale"/> / 8. Until a step is taken the estimate
        /// is NaN and its error infinite (a NaN input leaves them so).
        /// </summary>
        public void WriteStart(IndentedWriter writer, string scale)
        {
            if (_tableau is not null)
            {
                writer.WriteLine(_tableau + ".Start(" + scale + ");");
                return;
            }

            WriteStart(writer, _local, scale);
        }

        /// <summary>The call that adds one centered difference; true while another step is worth taking.</summary>
        public string Extrapolate(string valuePlus, string valueMinus, string stepTaken) =>
            _function + "(" + valuePlus + ", " + valueMinus + ", " + stepTaken + ")";

        private static void WriteStart(IndentedWriter writer, TableauNames names, string scale)
        {
            writer.WriteLine(names.Row + " = 0;");
            writer.WriteLine(names.Best + " = double.NaN;");
            writer.WriteLine(names.Error + " = double.PositiveInfinity;");
            writer.WriteLine(names.Step + " = " + InitialStep + " * " + scale + ";");
        }

        /// <summary>
        /// <c>Extrapolate(valuePlus, valueMinus, stepTaken)</c>. The error estimate of an entry is twice its distance
        /// from the two lower-order entries it was made from, plus eight times the rounding error of the difference;
        /// the sequence stops when the best estimate is within 100 times that rounding error (smaller steps only add
        /// rounding), when no step is left to take, or after 30 steps.
        /// </summary>
        /// <param name="scope">The names the parameters and locals must not hide.</param>
        private static void WriteExtrapolate(IndentedWriter writer, string header, TableauNames state, NameScope scope)
        {
            var valuePlus = scope.Unique("valuePlus");
            var valueMinus = scope.Unique("valueMinus");
            var stepTaken = scope.Unique("stepTaken");
            var noise = scope.Unique("noise");
            var lower = scope.Unique("lower");
            var above = scope.Unique("above");
            var estimate = scope.Unique("estimate");
            var columns = state.Columns;
            using (writer.OpenBlock(header + "(double " + valuePlus + ", double " + valueMinus + ", double " + stepTaken + ")"))
            {
                using (writer.OpenBlock("if (!(" + stepTaken + " > 0.0))"))
                {
                    writer.WriteLine("return false;");
                }

                writer.WriteLine("double " + noise + " = " + state.Epsilon + " * global::System.Math.Max(global::System.Math.Abs(" + valuePlus + "), global::System.Math.Abs(" + valueMinus + ")) / " + stepTaken + ";");
                writer.WriteLine("double " + lower + " = " + columns[0] + ";");
                writer.WriteLine(columns[0] + " = (" + valuePlus + " - " + valueMinus + ") / " + stepTaken + ";");
                using (writer.OpenBlock("if (" + state.Row + " == 0)"))
                {
                    writer.WriteLine(state.Best + " = " + columns[0] + ";");
                }

                for (var j = 1; j < columns.Count; j++)
                {
                    using (writer.OpenBlock("if (" + state.Row + " >= " + j + ")"))
                    {
                        string column = columns[j], left = columns[j - 1];
                        if (j < columns.Count - 1)
                        {
                            writer.WriteLine("double " + above + " = " + column + ";");
                        }

                        writer.WriteLine(column + " = " + left + " + (" + left + " - " + lower + ") / " + ColumnDivisors[j - 1] + ";");
                        writer.WriteLine("double " + estimate + " = 2.0 * global::System.Math.Max(global::System.Math.Abs(" + column + " - " + left + "), global::System.Math.Abs(" + column + " - " + lower + ")) + 8.0 * " + noise + ";");
                        using (writer.OpenBlock("if (" + estimate + " <= " + state.Error + ")"))
                        {
                            writer.WriteLine(state.Best + " = " + column + ";");
                            writer.WriteLine(state.Error + " = " + estimate + ";");
                        }

                        if (j < columns.Count - 1)
                        {
                            writer.WriteLine(lower + " = " + above + ";");
                        }
                    }
                }

                writer.WriteLine(state.Step + " /= " + StepRatio + ";");
                writer.WriteLine("return ++" + state.Row + " < " + MaximumRows + " && !(" + state.Error + " <= 100.0 * " + noise + ");");
            }
        }

        /// <summary>The state of a tableau as code: the struct's fields, or a member's locals.</summary>
        /// <param name="Epsilon">The epsilon of the method's return type: the struct's field, or a literal.</param>
        private sealed record TableauNames(string Row, IReadOnlyList<string> Columns, string Best, string Error, string Step, string Epsilon);

        /// <summary>max(|x|, 1): the scale of an input, to which the steps are proportional.</summary>
        public static string ScaleOf(string value) =>
            "global::System.Math.Max(global::System.Math.Abs(" + value + "), 1.0)";
    }
}
