using System;
using BenchmarkDotNet.Running;
using GradGen.Benchmarks.Accuracy;
using GradGen.Benchmarks.Compile;

// dotnet run -c Release --project tests/GradGen.Benchmarks -- accuracy   prints the accuracy tables
// dotnet run -c Release --project tests/GradGen.Benchmarks -- --filter * runs every benchmark
// dotnet run -c Release --project tests/GradGen.Benchmarks -- generator-loop 1000 first 30   the generator over and
//   over, for a profiler (operations: first, rerun, diagnostics, analyzer, emit, emit-generated)
// dotnet run -c Release --project tests/GradGen.Benchmarks -- generator-size 1000   lines and bytes of generated code
//   per method and member kind
if (args.Length > 0 && args[0] == "accuracy")
{
    AccuracyReport.Print();
    return;
}

if (args.Length > 0 && args[0] == "generator-size")
{
    GeneratedCodeSize.Run(args);
    return;
}

if (args.Length > 0 && args[0] == "generator-loop")
{
    GeneratorLoop.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AccuracyReport).Assembly).Run(args);
