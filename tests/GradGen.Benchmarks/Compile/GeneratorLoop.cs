using System;
using System.Diagnostics;
using System.Globalization;

namespace GradGen.Benchmarks.Compile
{
    /// <summary>
    /// Runs one of <see cref="GeneratorBenchmarks"/>' operations over and over for a while, for a sampling profiler
    /// to watch (dotnet-trace collect -- ... generator-loop 1000 first 60), and prints how long each run took.
    /// </summary>
    internal static class GeneratorLoop
    {
        public static void Run(string[] args)
        {
            int methods = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
            string operation = args.Length > 2 ? args[2] : "first";
            double seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 30;

            var benchmarks = new GeneratorBenchmarks { Methods = methods };
            benchmarks.Setup();
            Action run = operation switch
            {
                "first" => () => benchmarks.GeneratorRun(),
                "rerun" => () => benchmarks.GeneratorRerunAfterUnrelatedEdit(),
                "diagnostics" => () => benchmarks.CompilerDiagnostics(),
                "analyzer" => () => benchmarks.AnalyzerDiagnostics(),
                "emit" => () => benchmarks.CompileWithoutGradGen(),
                "emit-generated" => () => benchmarks.CompileGeneratedCodeToo(),
                _ => throw new ArgumentException("operation: first, rerun, diagnostics, analyzer, emit or emit-generated", nameof(args)),
            };

            var total = Stopwatch.StartNew();
            int runs = 0;
            while (total.Elapsed.TotalSeconds < seconds)
            {
                if (operation == "rerun")
                {
                    benchmarks.WarmDriver();
                }

                var once = Stopwatch.StartNew();
                run();
                runs++;
                Console.WriteLine(FormattableString.Invariant($"{operation} {methods}: run {runs} took {once.Elapsed.TotalMilliseconds:F1} ms"));
            }
        }
    }
}
