using System;
using BenchmarkDotNet.Running;
using GradGen.Benchmarks.Accuracy;

// dotnet run -c Release --project tests/GradGen.Benchmarks -- accuracy   prints the accuracy tables
// dotnet run -c Release --project tests/GradGen.Benchmarks -- --filter * runs every benchmark
if (args.Length > 0 && args[0] == "accuracy")
{
    AccuracyReport.Print();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AccuracyReport).Assembly).Run(args);
