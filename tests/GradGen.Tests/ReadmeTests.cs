using System;
using System.IO;
using System.Linq;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// The README's code as a reader copies it. The walk-through "Your first derivative" is built and run from a
    /// fresh console project by tests/integration/run.sh; here: the Example compiles and differentiates exactly, and
    /// every diagnostic has its row in the diagnostics table.
    /// </summary>
    public class ReadmeTests
    {
        [Fact]
        public void ExampleCompilesAndItsLossIsDifferentiatedExactly()
        {
            var readme = Readme();
            var example = readme.Substring(readme.IndexOf("## Example", StringComparison.Ordinal));
            var code = example.Substring(example.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length);
            var lines = code.Split('\n');
            var classEnd = Array.IndexOf(lines, "}");
            var source = string.Join("\n", lines.Take(classEnd + 1));

            var run = GeneratorHarness.Run(source);
            Assert.Empty(run.Diagnostics);
            var net = run.Load().GetType("Net")!;

            var w = new double[,] { { 0.2, -0.4, 0.1 }, { 0.7, 0.3, -0.5 } };
            var x = new[] { 1.5, -0.5 };
            var t = new[] { 0.0, 1.0, 0.0 };
            var gradient = (double[,])net.GetMethod("LossGradient", new[] { typeof(double[,]), typeof(double[]), typeof(double[]) })!.Invoke(null, new object[] { w, x, t })!;
            var centered = (double[,])net.GetMethod("LossCenteredDiff", new[] { typeof(double[,]), typeof(double[]), typeof(double[]), typeof(double) })!.Invoke(null, new object[] { w, x, t, 1e-5 })!;

            // Closed form: dL/dw_ij = x_i (softmax_j - t_j).
            var z = Enumerable.Range(0, 3).Select(j => x[0] * w[0, j] + x[1] * w[1, j]).ToArray();
            var softmax = z.Select(v => Math.Exp(v) / z.Sum(Math.Exp)).ToArray();
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    Exact.Precision.Close(x[i] * (softmax[j] - t[j]), gradient[i, j], 1e-12);
                    Assert.Equal(gradient[i, j], centered[i, j], 8);
                }
            }
        }

        [Fact]
        public void HelperExampleIsDifferentiatedExactly()
        {
            var readme = Readme();
            var section = readme.Substring(readme.IndexOf("### Calls to helpers", StringComparison.Ordinal));
            var code = section.Substring(section.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length);
            code = code.Substring(0, code.IndexOf("```", StringComparison.Ordinal));

            var run = GeneratorHarness.Run("using System;\nusing GradGen;\n" + code);
            Assert.Empty(run.Diagnostics);
            Assert.Equal(4, run.Sources.Count(s => s.HintName.Contains("GradGenHelper_", StringComparison.Ordinal)));
            var type = run.Load().GetType("Classifier")!;
            var classifier = Activator.CreateInstance(type)!;
            var w = new[] { 0.3, -0.8 };
            var x = new[] { 1.5, 0.5 };
            var gradient = (double[])type.GetMethod("LossGradient", new[] { typeof(double[]), typeof(double[]) })!.Invoke(classifier, new object[] { w, x })!;
            var z = w[0] * x[0] + w[1] * x[1];
            var sigmoid = 1 / (1 + Math.Exp(-z));
            var norm = Math.Sqrt(w[0] * w[0] + w[1] * w[1] + 1e-6);
            for (var i = 0; i < 2; i++)
            {
                Exact.Precision.Close(sigmoid * (1 - sigmoid) * x[i] + 0.01 * w[i] / norm, gradient[i], 1e-12);
            }
        }

        [Fact]
        public void EveryDiagnosticHasARowInTheDiagnosticsTable()
        {
            var readme = Readme();
            foreach (var id in Diagnostics.DiagnosticDescriptors.ById.Keys)
            {
                Assert.Contains("| <a id=\"" + id.ToLowerInvariant() + "\"></a>" + id, readme, StringComparison.Ordinal);
            }
        }

        /// <summary>
        /// The repository's README, found from the project directory the build records (tests/GradGen.Tests/Snapshots):
        /// caller file paths are mapped to <c>/_/</c> in CI's deterministic builds.
        /// </summary>
        private static string Readme() =>
            File.ReadAllText(Path.Combine(Infrastructure.Snapshot.SnapshotDirectory, "..", "..", "..", "README.md")).Replace("\r\n", "\n");
    }
}
