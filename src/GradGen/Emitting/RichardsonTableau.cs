using System.Collections.Generic;
using System.Linq;
using GradGen.Model;

namespace GradGen.Emitting
{
    /// <summary>
    /// Writes the arithmetic of Richardson extrapolation (Ridders' method, as numdifftools and scipy.differentiate
    /// use it) into a generated method: a local function that takes the centered difference at the next step of a
    /// geometric sequence, adds it to a Neville tableau whose columns cancel the h^2, h^4, ... terms of its error one
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

        private readonly string _function;
        private readonly string _row;
        private readonly IReadOnlyList<string> _columns;

        public RichardsonTableau(NameScope names)
        {
            _function = names.Unique("Extrapolate");
            _row = names.Unique("row");
            _columns = Enumerable.Range(0, ColumnDivisors.Length + 1).Select(j => names.Unique("t" + j)).ToList();
            Best = names.Unique("best");
            Error = names.Unique("error");
            Step = names.Unique("h");
        }

        /// <summary>The local that holds the best estimate so far.</summary>
        public string Best { get; }

        /// <summary>The local that holds the estimate of <see cref="Best"/>'s absolute error.</summary>
        public string Error { get; }

        /// <summary>The local that holds the step of the next centered difference: set it, then loop while <see cref="Extrapolate"/> is true.</summary>
        public string Step { get; }

        /// <summary>
        /// Declares the state and the local function <c>Extrapolate(valuePlus, valueMinus, stepTaken)</c>. The error
        /// estimate of an entry is twice its distance from the two lower-order entries it was made from, plus eight
        /// times the rounding error of the difference; the sequence stops when the best estimate is within 100 times
        /// that rounding error (smaller steps only add rounding), when no step is left to take, or after 30 steps.
        /// </summary>
        /// <param name="valueKind">The method's return type: its epsilon measures the rounding error of a value.</param>
        public void WriteDeclarations(IndentedWriter writer, ScalarKind valueKind)
        {
            var names = new NameScope(new[] { _function, _row, Best, Error, Step }.Concat(_columns));
            var valuePlus = names.Unique("valuePlus");
            var valueMinus = names.Unique("valueMinus");
            var stepTaken = names.Unique("stepTaken");
            var noise = names.Unique("noise");
            var lower = names.Unique("lower");
            var above = names.Unique("above");
            var estimate = names.Unique("estimate");
            var epsilon = valueKind == ScalarKind.Float ? "1.1920928955078125E-07" : "2.220446049250313E-16";

            writer.WriteLine("int " + _row + " = 0;");
            writer.WriteLine("double " + string.Join(", ", _columns.Concat(new[] { Best, Error, Step }).Select(name => name + " = 0.0")) + ";");
            using (writer.OpenBlock("bool " + _function + "(double " + valuePlus + ", double " + valueMinus + ", double " + stepTaken + ")"))
            {
                using (writer.OpenBlock("if (!(" + stepTaken + " > 0.0))"))
                {
                    writer.WriteLine("return false;");
                }

                writer.WriteLine("double " + noise + " = " + epsilon + " * global::System.Math.Max(global::System.Math.Abs(" + valuePlus + "), global::System.Math.Abs(" + valueMinus + ")) / " + stepTaken + ";");
                writer.WriteLine("double " + lower + " = " + _columns[0] + ";");
                writer.WriteLine(_columns[0] + " = (" + valuePlus + " - " + valueMinus + ") / " + stepTaken + ";");
                using (writer.OpenBlock("if (" + _row + " == 0)"))
                {
                    writer.WriteLine(Best + " = " + _columns[0] + ";");
                }

                for (var j = 1; j < _columns.Count; j++)
                {
                    using (writer.OpenBlock("if (" + _row + " >= " + j + ")"))
                    {
                        string column = _columns[j], left = _columns[j - 1];
                        if (j < _columns.Count - 1)
                        {
                            writer.WriteLine("double " + above + " = " + column + ";");
                        }

                        writer.WriteLine(column + " = " + left + " + (" + left + " - " + lower + ") / " + ColumnDivisors[j - 1] + ";");
                        writer.WriteLine("double " + estimate + " = 2.0 * global::System.Math.Max(global::System.Math.Abs(" + column + " - " + left + "), global::System.Math.Abs(" + column + " - " + lower + ")) + 8.0 * " + noise + ";");
                        using (writer.OpenBlock("if (" + estimate + " <= " + Error + ")"))
                        {
                            writer.WriteLine(Best + " = " + column + ";");
                            writer.WriteLine(Error + " = " + estimate + ";");
                        }

                        if (j < _columns.Count - 1)
                        {
                            writer.WriteLine(lower + " = " + above + ";");
                        }
                    }
                }

                writer.WriteLine(Step + " /= " + StepRatio + ";");
                writer.WriteLine("return ++" + _row + " < " + MaximumRows + " && !(" + Error + " <= 100.0 * " + noise + ");");
            }

            writer.WriteLine();
        }

        /// <summary>
        /// Starts a new derivative: the first step is <paramref name="scale"/> / 8. Until a step is taken the estimate
        /// is NaN and its error infinite (a NaN input leaves them so).
        /// </summary>
        public void WriteStart(IndentedWriter writer, string scale)
        {
            writer.WriteLine(_row + " = 0;");
            writer.WriteLine(Best + " = double.NaN;");
            writer.WriteLine(Error + " = double.PositiveInfinity;");
            writer.WriteLine(Step + " = " + InitialStep + " * " + scale + ";");
        }

        /// <summary>The call that adds one centered difference; true while another step is worth taking.</summary>
        public string Extrapolate(string valuePlus, string valueMinus, string stepTaken) =>
            _function + "(" + valuePlus + ", " + valueMinus + ", " + stepTaken + ")";

        /// <summary>max(|x|, 1): the scale of an input, to which the steps are proportional.</summary>
        public static string ScaleOf(string value) =>
            "global::System.Math.Max(global::System.Math.Abs(" + value + "), 1.0)";
    }
}
