#!/usr/bin/python3
"""PyTorch autograd on the workloads of the C# benchmark suite: what a Python user would pick instead of GradGen.

Run it with Debian's interpreter and packages (apt-get install python3-torch python3-numpy; torch 1.13, CPU):

    /usr/bin/python3 tests/GradGen.Benchmarks/pytorch/compare.py            # prints the table
    /usr/bin/python3 tests/GradGen.Benchmarks/pytorch/compare.py --json out.json --quick

The functions are the ones in ../Workloads, written as a Python user would write them (whole-tensor operations,
float64, one thread), on the same inputs:
- notebook loss: -sum_j t_j log(softmax(x W)_j + 1e-7), W of inputs x outputs stored row-major, W and x drawn
  from .NET's System.Random(42) exactly as SoftmaxLoss.Create draws them, t one-hot on the last output.
- Rosenbrock: sum_i 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2 at x_i = 0.5 + 0.01 (i mod 17) (Rosenbrock.Create).
- the chained map of 100 -> 100 inputs used for Jacobians (issue 13): y_i = sin(x_i) x_{(i+1) mod n} + x_i^2,
  at the Rosenbrock point.

Every timed computation is first checked against its closed form (relative error <= 1e-12), so the times are of
correct results. Each row: a warm-up of at least 0.3 s, then 31 rounds of k calls (k chosen so that a round takes
about 10 ms); the per-call time of each round is one sample. The table gives the median of the samples and their
spread (the interquartile range as a percentage of the median, and the fastest and slowest round). On a machine
shared with other work the fastest round is the least disturbed one (timeit's advice); short rounds give more of
them. Python's garbage collector is off while a round runs, as in timeit.
"""

import argparse
import gc
import json
import platform
import statistics
import sys
import time

import numpy as np
import torch


class DotNetRandom:
    """System.Random(seed) of .NET (the seeded, Knuth subtractive generator), so the inputs equal the C# ones."""

    _MBIG = 2147483647
    _MSEED = 161803398

    def __init__(self, seed):
        seeds = [0] * 56
        mj = self._MSEED - (self._MBIG if seed == -2147483648 else abs(seed))
        seeds[55] = mj
        mk = 1
        ii = 0
        for i in range(1, 55):
            ii += 21
            if ii >= 55:
                ii -= 55
            seeds[ii] = mk
            mk = mj - mk
            if mk < 0:
                mk += self._MBIG
            mj = seeds[ii]
        for _ in range(4):
            for i in range(1, 56):
                n = i + 30
                if n >= 55:
                    n -= 55
                seeds[i] -= seeds[1 + n]
                if seeds[i] < 0:
                    seeds[i] += self._MBIG
        self._seeds = seeds
        self._next = 0
        self._nextp = 21

    def next_double(self):
        nxt = self._next + 1
        if nxt >= 56:
            nxt = 1
        nxtp = self._nextp + 1
        if nxtp >= 56:
            nxtp = 1
        value = self._seeds[nxt] - self._seeds[nxtp]
        if value == self._MBIG:
            value -= 1
        if value < 0:
            value += self._MBIG
        self._seeds[nxt] = value
        self._next = nxt
        self._nextp = nxtp
        return value * (1.0 / self._MBIG)


# ---------------------------------------------------------------------------------------------------------------
# Workloads: the functions, their inputs and their closed-form derivatives (numpy, independent of autograd).

def loss_inputs(inputs, outputs):
    """SoftmaxLoss.Create(inputs, outputs): W row-major (inputs x outputs), then x, then one-hot t."""
    random = DotNetRandom(42)
    w = np.array([random.next_double() - 0.5 for _ in range(inputs * outputs)])
    x = np.array([random.next_double() for _ in range(inputs)])
    t = np.zeros(outputs)
    t[-1] = 1.0
    return w.reshape(inputs, outputs), x, t


def loss(w, x, t):
    z = x @ w
    p = torch.exp(z) / torch.exp(z).sum()
    return -(t * torch.log(p + 1e-7)).sum()


def loss_gradient_closed_form(w, x, t):
    z = x @ w
    p = np.exp(z) / np.exp(z).sum()
    ratio = t * p / (p + 1e-7)
    dz = -(ratio - p * ratio.sum())
    return np.outer(x, dz)


def rosenbrock_point(n):
    return np.array([0.5 + 0.01 * (i % 17) for i in range(n)])


def rosenbrock(x):
    a = x[1:] - x[:-1] * x[:-1]
    b = 1 - x[:-1]
    return (100 * a * a + b * b).sum()


def rosenbrock_gradient_closed_form(x):
    a = x[1:] - x[:-1] ** 2
    g = np.zeros_like(x)
    g[:-1] += -400 * a * x[:-1] - 2 * (1 - x[:-1])
    g[1:] += 200 * a
    return g


def rosenbrock_hessian_bands(x):
    """The tridiagonal Hessian: its diagonal and its first off-diagonal."""
    diagonal = np.zeros_like(x)
    diagonal[:-1] += 1200 * x[:-1] ** 2 - 400 * x[1:] + 2
    diagonal[1:] += 200
    return diagonal, -400 * x[:-1]


def rosenbrock_hessian_closed_form(x):
    diagonal, off = rosenbrock_hessian_bands(x)
    return np.diag(diagonal) + np.diag(off, 1) + np.diag(off, -1)


def rosenbrock_hvp_closed_form(x, v):
    diagonal, off = rosenbrock_hessian_bands(x)
    hv = diagonal * v
    hv[:-1] += off * v[1:]
    hv[1:] += off * v[:-1]
    return hv


def direction(n):
    return np.array([1.0 / (1 + i % 5) - 0.4 for i in range(n)])


def chained_map(x):
    return torch.sin(x) * torch.roll(x, -1) + x * x


def chained_map_jacobian_closed_form(x):
    n = len(x)
    following = np.roll(x, -1)
    j = np.diag(np.cos(x) * following + 2 * x)
    j[np.arange(n), (np.arange(n) + 1) % n] += np.sin(x)
    return j


# ---------------------------------------------------------------------------------------------------------------
# Timing and checking.

def measure(call, rounds, round_seconds, warmup_seconds):
    start = time.perf_counter()
    calls = 0
    while calls < 3 or time.perf_counter() - start < warmup_seconds:
        call()
        calls += 1
    per_call = (time.perf_counter() - start) / calls
    k = max(1, int(round_seconds / per_call))
    samples = []
    for _ in range(rounds):
        gc.disable()
        try:
            begin = time.perf_counter_ns()
            for _ in range(k):
                call()
            end = time.perf_counter_ns()
        finally:
            gc.enable()
        samples.append((end - begin) / k / 1000.0)
    quartiles = statistics.quantiles(samples, n=4)
    median = statistics.median(samples)
    return {
        "median_us": median,
        "iqr_percent": 100.0 * (quartiles[2] - quartiles[0]) / median,
        "min_us": min(samples),
        "max_us": max(samples),
        "calls_per_round": k,
        "rounds": rounds,
    }


def relative_error(actual, expected):
    actual = np.asarray(actual, dtype=np.float64)
    return float(np.max(np.abs(actual - expected)) / max(1e-300, float(np.max(np.abs(expected)))))


def checked(name, computed, expected, tolerance=1e-12):
    error = relative_error(computed, expected)
    if not error <= tolerance:
        sys.exit(f"{name}: result differs from its closed form by {error:.3e} (relative), more than {tolerance:g}")
    return error


def tensor(values, grad=False):
    return torch.tensor(values, dtype=torch.float64, requires_grad=grad)


def rows():
    """(workload, what, call, check) for each timed row; check() returns the relative error of one call's result."""
    result = []

    for inputs, outputs in ((2, 3), (100, 10)):
        w0, x0, t0 = loss_inputs(inputs, outputs)
        w, x, t = tensor(w0, grad=True), tensor(x0), tensor(t0)
        name = f"notebook loss {inputs}x{outputs}"

        def evaluate(w=w, x=x, t=t):
            with torch.no_grad():
                return loss(w, x, t)

        def gradient(w=w, x=x, t=t):
            return torch.autograd.grad(loss(w, x, t), w)[0]

        expected = loss_gradient_closed_form(w0, x0, t0)
        result.append((name, "evaluate (no_grad)", evaluate, None))
        result.append((name, "gradient (autograd.grad)", gradient,
                       lambda gradient=gradient, expected=expected, name=name:
                       checked(name, gradient().numpy(), expected)))

    for n in (10, 1_000, 10_000):
        x0 = rosenbrock_point(n)
        x = tensor(x0, grad=True)
        name = f"Rosenbrock, {n:,} inputs"

        def evaluate(x=x):
            with torch.no_grad():
                return rosenbrock(x)

        def gradient(x=x):
            return torch.autograd.grad(rosenbrock(x), x)[0]

        v0 = direction(n)
        v = tensor(v0)

        def hvp(x=x, v=v):
            return torch.autograd.functional.hvp(rosenbrock, x, v)[1]

        def hvp_double_backward(x=x, v=v):
            (g,) = torch.autograd.grad(rosenbrock(x), x, create_graph=True)
            return torch.autograd.grad(g, x, v)[0]

        expected_gradient = rosenbrock_gradient_closed_form(x0)
        expected_hvp = rosenbrock_hvp_closed_form(x0, v0)
        result.append((name, "evaluate (no_grad)", evaluate, None))
        result.append((name, "gradient (autograd.grad)", gradient,
                       lambda gradient=gradient, e=expected_gradient, name=name:
                       checked(name + " gradient", gradient().numpy(), e)))
        result.append((name, "Hessian-vector product (functional.hvp)", hvp,
                       lambda hvp=hvp, e=expected_hvp, name=name:
                       checked(name + " hvp", hvp().detach().numpy(), e)))
        result.append((name, "Hessian-vector product (grad of grad . v)", hvp_double_backward,
                       lambda hvp=hvp_double_backward, e=expected_hvp, name=name:
                       checked(name + " hvp", hvp().detach().numpy(), e)))

    x0 = rosenbrock_point(100)
    x = tensor(x0)
    expected_hessian = rosenbrock_hessian_closed_form(x0)

    def hessian(x=x):
        return torch.autograd.functional.hessian(rosenbrock, x)

    def hessian_vectorized(x=x):
        return torch.autograd.functional.hessian(rosenbrock, x, vectorize=True)

    result.append(("Rosenbrock, 100 inputs", "Hessian 100x100 (functional.hessian)", hessian,
                   lambda: checked("Hessian", hessian().numpy(), expected_hessian)))
    result.append(("Rosenbrock, 100 inputs", "Hessian 100x100 (functional.hessian, vectorize=True)", hessian_vectorized,
                   lambda: checked("Hessian, vectorized", hessian_vectorized().numpy(), expected_hessian)))

    expected_jacobian = chained_map_jacobian_closed_form(x0)
    name = "chained map, 100 -> 100"

    def evaluate_map(x=x):
        with torch.no_grad():
            return chained_map(x)

    def jacobian(x=x):
        return torch.autograd.functional.jacobian(chained_map, x)

    def jacobian_vectorized(x=x):
        return torch.autograd.functional.jacobian(chained_map, x, vectorize=True)

    def jacobian_forward(x=x):
        return torch.autograd.functional.jacobian(chained_map, x, vectorize=True, strategy="forward-mode")

    result.append((name, "evaluate (no_grad)", evaluate_map, None))
    for what, call in (("Jacobian (functional.jacobian)", jacobian),
                       ("Jacobian (functional.jacobian, vectorize=True)", jacobian_vectorized),
                       ("Jacobian (functional.jacobian, forward-mode)", jacobian_forward)):
        result.append((name, what, call,
                       lambda call=call, what=what: checked(what, call().numpy(), expected_jacobian)))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--quick", action="store_true", help="5 rounds of 10 ms and 0.1 s of warm-up: a smoke run")
    parser.add_argument("--filter", default="", help="only rows whose workload or computation contains this text")
    arguments = parser.parse_args()

    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    rounds, round_seconds, warmup_seconds = (5, 0.01, 0.1) if arguments.quick else (31, 0.01, 0.3)

    print(f"torch {torch.__version__}, numpy {np.__version__}, Python {platform.python_version()}, "
          f"{torch.get_num_threads()} thread, float64, {platform.machine()} {platform.processor() or ''}".rstrip())
    print(f"{rounds} rounds of about {round_seconds * 1000:g} ms after {warmup_seconds:g} s of warm-up; "
          "median per call, IQR as % of the median, fastest and slowest round\n")
    header = f"{'workload':<26} {'computation':<54} {'median':>12} {'IQR':>7} {'min':>12} {'max':>12}  check"
    print(header)
    print("-" * len(header))
    figures = []
    for workload, what, call, check in rows():
        if arguments.filter and arguments.filter not in workload and arguments.filter not in what:
            continue
        error = check() if check is not None else None
        timing = measure(call, rounds, round_seconds, warmup_seconds)
        check_text = "" if error is None else f"rel. error {error:.1e}"
        print(f"{workload:<26} {what:<54} {format_us(timing['median_us']):>12} {timing['iqr_percent']:>6.1f}% "
              f"{format_us(timing['min_us']):>12} {format_us(timing['max_us']):>12}  {check_text}", flush=True)
        figures.append(dict(workload=workload, computation=what, relative_error=error, **timing))

    if arguments.json:
        with open(arguments.json, "w", encoding="utf-8") as file:
            json.dump({"torch": torch.__version__, "threads": torch.get_num_threads(), "rows": figures}, file, indent=2)


def format_us(microseconds):
    if microseconds >= 1000:
        return f"{microseconds / 1000:,.2f} ms"
    return f"{microseconds:,.1f} us"


if __name__ == "__main__":
    main()
