#!/usr/bin/python3
"""PyTorch reference timings for theorykit's benchmark workloads A-E (float64, 2 threads).

Prints one JSON object per workload on stdout:
{"name": ..., "median_s": ..., "min_s": ..., "max_s": ..., "repeats": ...};
notes (torch version, which BLAS core runs) go to stderr. Exits with status 3 when torch is missing.

Workloads (names shared with org.theorykit.bench on the Java side):
  A-shallow-sgd-epoch  one SGD epoch, batch 64, lr 0.01, mean 1/2 (f-y)^2, n = 60,000 shuffled without
                       replacement, f(x) = sum_k a_k relu(<w_k,x> + b_k), 8 inputs, 1000 units, no output bias
  B-tree-sgd-epoch     the same epoch for the binary tree on 8 inputs: 7 nodes, each a 2 -> 357 -> 1 ReLU net
                       without output bias (4*357 params per node, 9,996 in all); each level batched (einsum)
  C-twolayer-gd-100    100 full-batch GD steps, lr 0.001, of the shallow net with d = 50, k = 4000, n = 1000
  D-twolayer-hvp-100   at C's initial theta: one gradient graph (create_graph=True), then 100 exact Hessian-vector
                       products by power iteration v <- Hv / |Hv|
  E-dgemm              torch.mm of two 2000 x 2000 float64 matrices
Data: inputs N(0, I), targets N(0, 1); weights N(0, 1/fan_in), biases 0; seed 0. Timings do not depend on values.
"""
import argparse
import ctypes
import json
import os
import re
import statistics
import sys
import time

THREADS = 2
FALLBACK_CORES = {"prescott", "core2", "nehalem", "katmai", "coppermine", "northwood", "penryn", "dunnington", "atom"}


def blas_core():
    """The core type the process's libopenblas selected, or None when no OpenBLAS is loaded."""
    try:
        lib = ctypes.CDLL("libopenblas.so.0")
        lib.openblas_get_corename.restype = ctypes.c_char_p
        return lib.openblas_get_corename().decode()
    except (OSError, AttributeError):
        return None


def ensure_tuned_blas():
    """Re-executes with OPENBLAS_CORETYPE set when OpenBLAS fell back to a generic core on an AVX2/AVX-512 CPU.

    Debian's OpenBLAS 0.3.21 does not recognise recent Xeons and picks its SSE3 'Prescott' kernels
    (about a fifth of the machine's dgemm rate); PyTorch links that library, so without this the
    reference would be handicapped. An explicit OPENBLAS_CORETYPE in the environment is respected.
    """
    core = blas_core()
    if "OPENBLAS_CORETYPE" in os.environ or core is None or core.lower() not in FALLBACK_CORES:
        return
    with open("/proc/cpuinfo") as cpuinfo:
        flags = set(re.search(r"^flags\s*:(.*)$", cpuinfo.read(), re.M).group(1).split())
    tuned = "SkylakeX" if "avx512f" in flags else "Haswell" if {"avx2", "fma"} <= flags else None
    if tuned:
        print(f"OpenBLAS chose {core}; re-running with OPENBLAS_CORETYPE={tuned}", file=sys.stderr)
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, OPENBLAS_CORETYPE=tuned))


def shallow(x, w, b, a):
    return torch.relu(x @ w.T + b) @ a


def tree(x, levels):
    """levels[l] = (W (nodes, m, 2), b (nodes, m), a (nodes, m)); level 0 holds the 4 leaves."""
    z = x.view(x.shape[0], 4, 2)
    for w, b, a in levels:
        h = torch.relu(torch.einsum("bnj,nmj->bnm", z, w) + b)
        z = torch.einsum("bnm,nm->bn", h, a)
        if z.shape[1] > 1:
            z = z.view(z.shape[0], -1, 2)
    return z.view(-1)


def squared_loss(f, y):
    return 0.5 * ((f - y) ** 2).mean()


def init_shallow(gen, d, k):
    return [torch.randn(k, d, generator=gen, dtype=DT) / d ** 0.5, torch.zeros(k, dtype=DT),
            torch.randn(k, generator=gen, dtype=DT) / k ** 0.5]


def init_tree(gen, m):
    levels = []
    for nodes in (4, 2, 1):
        levels += [torch.randn(nodes, m, 2, generator=gen, dtype=DT) / 2 ** 0.5, torch.zeros(nodes, m, dtype=DT),
                   torch.randn(nodes, m, generator=gen, dtype=DT) / m ** 0.5]
    return levels


def sgd_epoch(model, params, x, y, gen, batch=64, lr=0.01):
    for idx in torch.randperm(x.shape[0], generator=gen).split(batch):
        loss = squared_loss(model(x[idx], params), y[idx])
        grads = torch.autograd.grad(loss, params)
        with torch.no_grad():
            for p, g in zip(params, grads):
                p.add_(g, alpha=-lr)


def fresh(params):
    return [p.detach().clone().requires_grad_(True) for p in params]


def workloads():
    """name -> (make, run): make() builds untimed state, run(state) is the timed unit."""
    gen = torch.Generator().manual_seed(0)
    xa, ya = torch.randn(60_000, 8, generator=gen, dtype=DT), torch.randn(60_000, generator=gen, dtype=DT)
    theta_a = init_shallow(gen, 8, 1000)
    theta_b = init_tree(gen, 357)
    xc, yc = torch.randn(1000, 50, generator=gen, dtype=DT), torch.randn(1000, generator=gen, dtype=DT)
    theta_c = init_shallow(gen, 50, 4000)
    e_left, e_right = torch.randn(2000, 2000, generator=gen, dtype=DT), torch.randn(2000, 2000, generator=gen, dtype=DT)
    shallow_model = lambda x, p: shallow(x, *p)
    tree_model = lambda x, p: tree(x, [p[i:i + 3] for i in range(0, 9, 3)])

    def gd_steps(params):
        for _ in range(100):
            grads = torch.autograd.grad(squared_loss(shallow(xc, *params), yc), params)
            with torch.no_grad():
                for p, g in zip(params, grads):
                    p.add_(g, alpha=-0.001)

    def hvps(params):
        grads = torch.autograd.grad(squared_loss(shallow(xc, *params), yc), params, create_graph=True)
        v = [torch.randn(p.shape, generator=torch.Generator().manual_seed(1), dtype=DT) for p in params]
        for _ in range(100):
            hv = torch.autograd.grad(grads, params, grad_outputs=v, retain_graph=True)
            norm = torch.sqrt(sum((h * h).sum() for h in hv))
            v = [h / norm for h in hv]

    return {
        "A-shallow-sgd-epoch": (lambda: fresh(theta_a), lambda p: sgd_epoch(shallow_model, p, xa, ya, gen)),
        "B-tree-sgd-epoch": (lambda: fresh(theta_b), lambda p: sgd_epoch(tree_model, p, xa, ya, gen)),
        "C-twolayer-gd-100": (lambda: fresh(theta_c), gd_steps),
        "D-twolayer-hvp-100": (lambda: fresh(theta_c), hvps),
        "E-dgemm": (lambda: None, lambda _: torch.mm(e_left, e_right)),
    }


def time_workload(make, run, warmups, repeats):
    for _ in range(warmups):
        run(make())
    seconds = []
    for _ in range(repeats):
        state = make()
        start = time.perf_counter()
        run(state)
        seconds.append(time.perf_counter() - start)
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default="", help="comma-separated name prefixes (default: all)")
    args = parser.parse_args()
    torch.set_num_threads(THREADS)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, float64, OpenBLAS core {blas_core()}",
          file=sys.stderr)
    prefixes = [p for p in args.only.split(",") if p]
    for name, (make, run) in workloads().items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        seconds = time_workload(make, run, args.warmup, args.repeats)
        print(json.dumps({"name": name, "median_s": statistics.median(seconds), "min_s": min(seconds),
                          "max_s": max(seconds), "repeats": len(seconds)}), flush=True)


if __name__ == "__main__":
    ensure_tuned_blas()
    try:
        import torch
    except ImportError as e:
        print(f"torch is not importable by {sys.executable}: {e}", file=sys.stderr)
        sys.exit(3)
    DT = torch.float64
    main()
