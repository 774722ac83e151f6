using System;
using System.Globalization;

namespace GradGen.Samples
{
    /// <summary>Each notebook cell, reproduced through the methods GradGen generated, beside the value the notebook printed.</summary>
    public static class NotebookCells
    {
        /// <summary>Prints every cell: what <c>dotnet run</c> without an argument shows.</summary>
        public static void Run()
        {
            Console.WriteLine("Numerical differential of x^2 at 4 (h = 1e-4)");
            Show("SquaredForwardDiff(4)", Notebook.SquaredForwardDiff(4), "8.00009999998963");
            Show("SquaredCenteredDiff(4)", Notebook.SquaredCenteredDiff(4), "7.999999999999119");

            Console.WriteLine();
            Console.WriteLine("Partial derivatives of a^2 + ab at (3, 4) (h = 1e-7)");
            var (da, db) = Notebook.FCenteredDiff(3.0, 4.0);
            Show("FCenteredDiff(3, 4).a", da, "9.99999999");
            Show("FCenteredDiff(3, 4).b", db, "3.");
            var grad = Notebook.FCenteredDiff(new[] { 3.0, 4.0 });
            Show("FCenteredDiff([3, 4])[0]", grad[0], "9.99999999");
            Show("FCenteredDiff([3, 4])[1]", grad[1], "3.");

            Console.WriteLine();
            Console.WriteLine("Softmax / cross-entropy loss of a 2x3 weight matrix");
            double[,] w = NotebookPoint.W;
            double[] x = NotebookPoint.X, t = NotebookPoint.T;
            Show("Loss(W)", Notebook.Loss(w, x, t), "0.9280682857864075");
            var centered = Notebook.LossCenteredDiff(w, x, t);
            var exact = Notebook.LossGradient(w, x, t);
            string[,] printed =
            {
                { "0.21924757", "0.14356243", "-0.36281" },
                { "0.32887136", "0.21534364", "-0.544215" },
            };
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    Show($"LossCenteredDiff(W)[{i}, {j}]", centered[i, j], printed[i, j]);
                }
            }

            Console.WriteLine();
            Console.WriteLine("The same gradient, exact: LossGradient differentiates Loss's body (reverse mode)");
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    Show($"LossGradient(W)[{i}, {j}]", exact[i, j], printed[i, j]);
                }
            }
        }

        private static void Show(string label, double value, string notebook) =>
            Console.WriteLine($"  {label,-32} {value.ToString("R", CultureInfo.InvariantCulture),-22} notebook: {notebook}");
    }
}
