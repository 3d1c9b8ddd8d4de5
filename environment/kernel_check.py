"""End-to-end checks of the theorykit kernel that a notebook run cannot make by itself.

1. Start-up: the kernel starts with the toolkit imported and shows a first XChart plot; prints the
   time from kernel start to the first image.
2. Interrupt: a running sweep stops on the kernel's interrupt (the Jupyter "stop" button): the
   worker threads stop, the points finished so far stay cached and no further point is written.
   (Resuming from the cached points is a unit test of SweepRunner.) rapaio-jupyter-kernel 3.0.1
   itself sends no reply for the interrupted cell and loses the output of later cells until the
   kernel is restarted, so this check does not execute anything after the interrupt.

Usage: kernel_check.py   (THEORYKIT_RESULTS should name a scratch directory)
Exit status 1 with the reason when a check fails.
"""
import os
import pathlib
import sys
import time

from kernels import start_kernel

SLOW_SWEEP = ('Table t = Experiments.run("tour", Scale.PAPER, '
              'Map.of("seeds", 400, "test", 200000, "n", 200, "degrees", "1,5,10,20,40"));')


def run_cell(client, code, timeout=300):
    """Executes code; returns (status, outputs, error text)."""
    msg_id = client.execute(code)
    outputs, error = [], ""
    deadline = time.monotonic() + timeout
    while True:
        msg = client.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind in ("display_data", "execute_result"):
            outputs.append(content.get("data", {}))
        elif kind == "error":
            error = content.get("ename", "") + ": " + content.get("evalue", "")
        elif kind == "status" and content["execution_state"] == "idle":
            break
    return shell_reply(client, msg_id), outputs, error


def shell_reply(client, msg_id):
    """The status of the execute reply to msg_id."""
    while True:
        reply = client.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]["status"]


def fail(reason):
    print(f"FAILED kernel check: {reason}", flush=True)
    raise SystemExit(1)


def main():
    results = pathlib.Path(os.environ.get("THEORYKIT_RESULTS", "build/kernel-check-results")) / "tour"
    started = time.monotonic()
    log_path = pathlib.Path(os.environ.get("THEORYKIT_HOME", ".")) / "build" / "kernel-check.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_path.write_text("")
    manager, client = start_kernel(str(log_path))
    try:
        status, outputs, error = run_cell(client, 'XYChart c = Figures.xy("first plot", "x", "y");'
                                          'Figures.line(c, "line", new double[] {0, 1}, new double[] {0, 1});'
                                          'show(c);')
        if status != "ok" or not any("image/png" in o for o in outputs):
            fail(f"no first plot (status {status}) {error}")
        print(f"ok     kernel start to first plot: {time.monotonic() - started:.1f}s")

        client.execute(SLOW_SWEEP)
        time.sleep(8)
        before = len(list(results.glob("*.csv")))
        manager.interrupt_kernel()
        time.sleep(3)
        kept = len(list(results.glob("*.csv")))
        time.sleep(5)
        later = len(list(results.glob("*.csv")))
        if kept == 0:
            fail(f"no finished point was cached in {results} before the interrupt")
        if later != kept:
            fail(f"the sweep went on after the interrupt: {kept} points cached 3 s after it, {later} 5 s later")
        print(f"ok     interrupt stopped the sweep: {before} points cached at the interrupt, {kept} kept, none added after")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    try:
        main()
        code = 0
    except SystemExit as e:
        code = e.code
    sys.stdout.flush()
    # Skip interpreter finalizers: jupyter_client's __del__ methods print noise at shutdown.
    os._exit(code)
