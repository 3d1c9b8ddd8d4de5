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
  C-full-batch-gd      100 full-batch GD steps, lr 0.001, of the shallow net with d = 50, k = 4000, n = 1000
  D-hessian-vector     at C's initial theta: one gradient graph (create_graph=True), then 100 exact Hessian-vector
                       products H v for a fixed v
  E-dgemm              torch.mm of two 2000 x 2000 float64 matrices
  F-lenet-adam-epoch   one Adam epoch (lr 1.2e-3, batch 60) of LeNet-300-100 (784-300-100-10 ReLU, biases) on n = 8,000,
                       x ~ U[0, 1]^784, labels i mod 10, mean softmax cross-entropy, after one full-data loss and
                       gradient at theta0 (as the Java optimizer records it); -masked: 21.1 % of the weights kept
                       (7 rounds of 20 %, output 10 %, by |theta0|), grad.mul_(mask) before step(), p.mul_(mask)
                       after; -float32 rows: the same in PyTorch's default float32 (PyTorch only)
Each run starts from the same initial theta and, for A and B, the same shuffle. Data as on the Java side:
A, B: x ~ U[-1, 1]^8, y = 1/4 sum_j cos(1.5 pi (x_2j + x_2j+1)); C, D: x ~ N(0, I_50), y = sin(sum_j x_j / sqrt 50).
Hidden weights ~ N(0, 2/fan_in), output weights ~ N(0, 1/fan_in), biases 0.
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


def ensure_tuned_threads():
    """Re-executes this script with the environment PyTorch needs to run at its best here, unless already set.

    OPENBLAS_CORETYPE: Debian's OpenBLAS 0.3.21 does not recognise recent Xeons and falls back to its SSE3
    'Prescott' kernels (a fifth of the machine's dgemm rate); PyTorch links that library.
    OMP_WAIT_POLICY=PASSIVE: Debian's torch runs its own threads on GNU OpenMP and BLAS on OpenBLAS's
    pthread pool; with OpenMP's default spin-waiting the two pools (4 threads on 2 cores) fight, and a
    workload-A epoch takes 1 to 30 times its time from run to run.
    """
    tuned = {}
    if "OMP_WAIT_POLICY" not in os.environ:
        tuned["OMP_WAIT_POLICY"] = "PASSIVE"
    core = blas_core()
    if "OPENBLAS_CORETYPE" not in os.environ and core is not None and core.lower() in FALLBACK_CORES:
        with open("/proc/cpuinfo") as cpuinfo:
            flags = set(re.search(r"^flags\s*:(.*)$", cpuinfo.read(), re.M).group(1).split())
        coretype = "SkylakeX" if "avx512f" in flags else "Haswell" if {"avx2", "fma"} <= flags else None
        if coretype:
            tuned["OPENBLAS_CORETYPE"] = coretype
    if tuned:
        print(f"OpenBLAS chose {core}; re-running with {tuned}", file=sys.stderr)
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, **tuned))


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
    return [torch.randn(k, d, generator=gen, dtype=DT) * (2 / d) ** 0.5, torch.zeros(k, dtype=DT),
            torch.randn(k, generator=gen, dtype=DT) / k ** 0.5]


def init_tree(gen, m):
    levels = []
    for nodes in (4, 2, 1):
        levels += [torch.randn(nodes, m, 2, generator=gen, dtype=DT), torch.zeros(nodes, m, dtype=DT),
                   torch.randn(nodes, m, generator=gen, dtype=DT) / m ** 0.5]
    return levels


def compositional8(gen, n):
    x = 2 * torch.rand(n, 8, generator=gen, dtype=DT) - 1
    return x, torch.cos(1.5 * torch.pi * x.view(n, 4, 2).sum(2)).mean(1)


def gaussian_sine(gen, n, d):
    x = torch.randn(n, d, generator=gen, dtype=DT)
    return x, torch.sin(x.sum(1) / d ** 0.5)


def sgd_epoch(model, params, x, y, batch=64, lr=0.01):
    for idx in torch.randperm(x.shape[0], generator=torch.Generator().manual_seed(7)).split(batch):
        loss = squared_loss(model(x[idx], params), y[idx])
        grads = torch.autograd.grad(loss, params)
        with torch.no_grad():
            for p, g in zip(params, grads):
                p.add_(g, alpha=-lr)


def init_lenet(gen, dtype):
    params = []
    for fan_in, fan_out, gain in ((784, 300, 2), (300, 100, 2), (100, 10, 1)):
        params += [torch.randn(fan_out, fan_in, generator=gen, dtype=dtype) * (gain / fan_in) ** 0.5,
                   torch.zeros(fan_out, dtype=dtype)]
    return params


def lenet(x, p):
    h = torch.relu(x @ p[0].T + p[1])
    h = torch.relu(h @ p[2].T + p[3])
    return h @ p[4].T + p[5]


def lenet_masks(params):
    """Per-layer magnitude masks after 7 rounds of 20 % (10 % for the output), as the Java side prunes."""
    masks = []
    for i, p in enumerate(params):
        if i % 2:
            masks.append(torch.ones_like(p))
            continue
        rate, kept, order = (0.1 if i == 4 else 0.2), p.numel(), p.abs().flatten().argsort(stable=True)
        for _ in range(7):
            kept -= int(rate * kept + 0.5)
        mask = torch.zeros(p.numel(), dtype=p.dtype)
        mask[order[p.numel() - kept:]] = 1
        masks.append(mask.view_as(p))
    return masks


def adam_epoch(params, x, y, masks=None):
    params = [p.detach().clone().requires_grad_(True) for p in params]
    torch.autograd.grad(torch.nn.functional.cross_entropy(lenet(x, params), y), params)
    optimizer = torch.optim.Adam(params, lr=1.2e-3)
    for idx in torch.randperm(x.shape[0], generator=torch.Generator().manual_seed(7)).split(60):
        optimizer.zero_grad()
        torch.nn.functional.cross_entropy(lenet(x[idx], params), y[idx]).backward()
        if masks:
            for p, m in zip(params, masks):
                p.grad.mul_(m)
        optimizer.step()
        if masks:
            with torch.no_grad():
                for p, m in zip(params, masks):
                    p.mul_(m)


def fresh(params):
    return [p.detach().clone().requires_grad_(True) for p in params]


def workloads():
    """name -> (make, run): make() builds untimed state, run(state) is the timed unit."""
    gen = torch.Generator().manual_seed(0)
    xa, ya = compositional8(gen, 60_000)
    theta_a = init_shallow(gen, 8, 1000)
    theta_b = init_tree(gen, 357)
    xc, yc = gaussian_sine(gen, 1000, 50)
    theta_c = init_shallow(gen, 50, 4000)
    v = [torch.rand(p.shape, generator=gen, dtype=DT) - 0.5 for p in theta_c]
    lenet_data = {dt: (torch.rand(8000, 784, generator=gen, dtype=dt), torch.arange(8000) % 10,
                       init_lenet(gen, dt)) for dt in (DT, torch.float32)}
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
        for _ in range(100):
            torch.autograd.grad(grads, params, grad_outputs=v, retain_graph=True)

    runs = {
        "A-shallow-sgd-epoch": (lambda: fresh(theta_a), lambda p: sgd_epoch(shallow_model, p, xa, ya)),
        "B-tree-sgd-epoch": (lambda: fresh(theta_b), lambda p: sgd_epoch(tree_model, p, xa, ya)),
        "C-full-batch-gd": (lambda: fresh(theta_c), gd_steps),
        "D-hessian-vector": (lambda: fresh(theta_c), hvps),
        "E-dgemm": (lambda: None, lambda _: torch.mm(e_left, e_right)),
    }
    for dt, suffix in ((DT, ""), (torch.float32, "-float32")):
        x, y, theta = lenet_data[dt]
        masks = lenet_masks(theta)
        runs["F-lenet-adam-epoch" + suffix] = (lambda: None, lambda _, x=x, y=y, t=theta: adam_epoch(t, x, y))
        runs["F-lenet-adam-epoch-masked" + suffix] = (lambda: None,
                                                      lambda _, x=x, y=y, t=theta, m=masks: adam_epoch(t, x, y, m))
    return runs


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
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, float64, OpenBLAS core {blas_core()}, "
          f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')}", file=sys.stderr)
    prefixes = [p for p in args.only.split(",") if p]
    for name, (make, run) in workloads().items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        seconds = time_workload(make, run, args.warmup, args.repeats)
        print(json.dumps({"name": name, "median_s": statistics.median(seconds), "min_s": min(seconds),
                          "max_s": max(seconds), "repeats": len(seconds)}), flush=True)


if __name__ == "__main__":
    ensure_tuned_threads()
    try:
        import torch
    except ImportError as e:
        print(f"torch is not importable by {sys.executable}: {e}", file=sys.stderr)
        sys.exit(3)
    DT = torch.float64
    main()
