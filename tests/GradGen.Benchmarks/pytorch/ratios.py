#!/usr/bin/python3
"""The README's side-by-side table: GradGen's exact gradient (BenchmarkDotNet) against PyTorch autograd (compare.py).

    dotnet run -c Release --project tests/GradGen.Benchmarks -- --filter '*RosenbrockBenchmarks*' '*SoftmaxLossBenchmarks*' \
        --job short --inProcess --exporters json --artifacts /tmp/gradgen-bdn
    /usr/bin/python3 tests/GradGen.Benchmarks/pytorch/compare.py --json /tmp/torch.json
    /usr/bin/python3 tests/GradGen.Benchmarks/pytorch/ratios.py /tmp/gradgen-bdn /tmp/torch.json

Run them one after the other on the same machine. Each time is the median per call, then the fastest iteration
(BenchmarkDotNet) or round (compare.py) in brackets: on a machine shared with other work the fastest is the least
disturbed. The ratio is given for both.
"""

import glob
import json
import os
import sys

# (BenchmarkDotNet class, its parameter) -> compare.py's workload
WORKLOADS = [
    ("SoftmaxLossBenchmarks", "Size=2x3", "notebook loss 2x3"),
    ("SoftmaxLossBenchmarks", "Size=100x10", "notebook loss 100x10"),
    ("RosenbrockBenchmarks", "N=10", "Rosenbrock, 10 inputs"),
    ("RosenbrockBenchmarks", "N=1000", "Rosenbrock, 1,000 inputs"),
    ("RosenbrockBenchmarks", "N=10000", "Rosenbrock, 10,000 inputs"),
]


def load_benchmarkdotnet(folder):
    medians = {}
    for path in glob.glob(os.path.join(folder, "results", "*-report*.json")):
        with open(path, encoding="utf-8") as file:
            report = json.load(file)
        for benchmark in report["Benchmarks"]:
            statistics = benchmark["Statistics"]
            medians[(benchmark["Type"], benchmark["Parameters"], benchmark["Method"])] = (statistics["Median"], statistics["Min"])
    if not medians:
        sys.exit(f"no BenchmarkDotNet JSON report under {folder}/results (run it with --exporters json)")
    return medians


def time_text(nanoseconds):
    """Three significant figures or so, in the unit that suits."""
    if nanoseconds >= 1e6:
        return f"{nanoseconds / 1e6:,.2f} ms"
    if nanoseconds >= 1e3:
        return f"{nanoseconds / 1e3:,.2f} us"
    return f"{nanoseconds:,.1f} ns"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gradgen = load_benchmarkdotnet(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as file:
        torch_rows = json.load(file)["rows"]
    torch = {(row["workload"], row["computation"]): (row["median_us"] * 1000, row["min_us"] * 1000) for row in torch_rows}

    print("| workload | GradGen `MGradient` | C# gradient by hand | PyTorch autograd gradient | PyTorch one evaluation (no_grad) "
          "| GradGen / PyTorch (medians; fastest) |")
    print("|---|---|---|---|---|---|")
    for type_name, parameter, workload in WORKLOADS:
        generated = gradgen[(type_name, parameter, "GradientGenerated")]
        by_hand = gradgen[(type_name, parameter, "GradientByHand")]
        autograd = torch[(workload, "gradient (autograd.grad)")]
        evaluate = torch[(workload, "evaluate (no_grad)")]
        print(f"| {workload} | {both(generated)} | {both(by_hand)} | {both(autograd)} | {both(evaluate)} "
              f"| {generated[0] / autograd[0]:.2g}; {generated[1] / autograd[1]:.2g} |")


def both(times):
    return f"{time_text(times[0])} ({time_text(times[1])})"


if __name__ == "__main__":
    main()
