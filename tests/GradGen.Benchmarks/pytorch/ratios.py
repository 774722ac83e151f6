#!/usr/bin/python3
"""The README's side-by-side table: GradGen's exact gradient (BenchmarkDotNet) against PyTorch autograd (compare.py).

    dotnet run -c Release --project tests/GradGen.Benchmarks -- --filter '*RosenbrockBenchmarks*' '*SoftmaxLossBenchmarks*' \
        --job short --inProcess --exporters json --artifacts /tmp/gradgen-bdn
    /usr/bin/python3 tests/GradGen.Benchmarks/pytorch/compare.py --json /tmp/torch.json
    /usr/bin/python3 tests/GradGen.Benchmarks/pytorch/ratios.py /tmp/gradgen-bdn /tmp/torch.json

Both sides are medians per call; run them one after the other on the same machine.
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
            medians[(benchmark["Type"], benchmark["Parameters"], benchmark["Method"])] = benchmark["Statistics"]["Median"]
    if not medians:
        sys.exit(f"no BenchmarkDotNet JSON report under {folder}/results (run it with --exporters json)")
    return medians


def time_text(nanoseconds):
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
    torch = {(row["workload"], row["computation"]): row["median_us"] * 1000 for row in torch_rows}

    print("| workload | GradGen `MGradient` | C# gradient by hand | PyTorch autograd gradient | PyTorch one evaluation (no_grad) "
          "| GradGen / PyTorch |")
    print("|---|---|---|---|---|---|")
    for type_name, parameter, workload in WORKLOADS:
        generated = gradgen[(type_name, parameter, "GradientGenerated")]
        by_hand = gradgen[(type_name, parameter, "GradientByHand")]
        autograd = torch[(workload, "gradient (autograd.grad)")]
        evaluate = torch[(workload, "evaluate (no_grad)")]
        print(f"| {workload} | {time_text(generated)} | {time_text(by_hand)} | {time_text(autograd)} | {time_text(evaluate)} "
              f"| {generated / autograd:.2g} |")


if __name__ == "__main__":
    main()
