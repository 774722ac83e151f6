using System;
using System.Globalization;
using GradGen.Samples;
using GradGen.Samples.Greeks;
using GradGen.Samples.Newton;
using GradGen.Samples.Optimization;
using GradGen.Samples.Relax;
using GradGen.Samples.Steps;
using GradGen.Samples.Training;

// dotnet run --project samples/GradGen.Samples [-- steps | train | optimize | greeks | newton | relax | all]
// Without an argument: the seed notebook's cells, through generated code, beside the numbers it printed.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

switch (args.Length == 0 ? null : args[0])
{
    case null:
        NotebookCells.Run();
        return 0;
    case "steps":
        StepsSample.Run();
        return 0;
    case "train":
        TrainSample.Run();
        return 0;
    case "optimize":
        OptimizeSample.Run();
        return 0;
    case "greeks":
        GreeksSample.Run();
        return 0;
    case "newton":
        NewtonSample.Run();
        return 0;
    case "relax":
        RelaxSample.Run();
        return 0;
    case "all":
        // Every sample in turn: this is the command that regenerates every picture under images/.
        StepsSample.Run();
        TrainSample.Run();
        OptimizeSample.Run();
        GreeksSample.Run();
        NewtonSample.Run();
        RelaxSample.Run();
        return 0;
    default:
        Console.Error.WriteLine($"Unknown sample '{args[0]}'. Use one of: steps, train, optimize, greeks, newton, relax, all (or no argument for the notebook).");
        return 2;
}
