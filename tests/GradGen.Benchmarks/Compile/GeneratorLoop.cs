using System;
using System.Diagnostics;
using System.Globalization;

namespace GradGen.Benchmarks.Compile
{
    /// <summary>
    /// Runs one of <see cref="GeneratorBenchmarks"/>' operations over and over for a while, for a sampling profiler
    /// to watch (dotnet-trace collect -- ... generator-loop 1000 first 60), and prints how long each run took, the
    /// processor time it used on all threads (which a loaded machine inflates less than the wall time) and how long
    /// the garbage collector paused the program.
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

                var pausedBefore = GC.GetTotalPauseDuration();
                var collectionsBefore = Collections();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var once = Stopwatch.StartNew();
                run();
                once.Stop();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                runs++;
                var collections = Collections();
                Console.WriteLine(FormattableString.Invariant(
                    $"{operation} {methods}: run {runs} took {once.Elapsed.TotalMilliseconds:F1} ms (CPU {cpu.TotalMilliseconds:F0} ms on all threads; GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F1} ms; collections of gen 0/1/2: {collections.Gen0 - collectionsBefore.Gen0}/{collections.Gen1 - collectionsBefore.Gen1}/{collections.Gen2 - collectionsBefore.Gen2}; heap {GC.GetTotalMemory(false) / 1e6:F0} MB)"));
            }
        }

        private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }
}
