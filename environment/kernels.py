"""Starting the theorykit kernel reliably from Python (used by the notebook runner and checks).

rapaio-jupyter-kernel 3.0.1 sometimes starts dead: all five channels bind, but the shell channel
never handles a message ("Kernel didn't respond"). Seen in 3 of 18 starts on a quiet 2-core
machine, always when the shell channel happened to bind last, and independent of when the client
connects (waiting for every channel to bind first did not help). The kernel also answers only the
first client that connects, so a dead start cannot be probed by a second client: the whole start
is retried with a short start-up timeout instead (a healthy start answers in about 2 s).
"""
from jupyter_client.manager import KernelManager

KERNEL_NAME = "theorykit"
ATTEMPTS = 6
STARTUP_SECONDS = 15


def is_dead_start(error):
    """Whether an exception is the dead start's symptom (worth a fresh start)."""
    return isinstance(error, RuntimeError) and "didn't respond" in str(error)


def retry_note(attempt):
    print(f"[theorykit] kernel did not answer within {STARTUP_SECONDS}s (attempt {attempt} of {ATTEMPTS}); "
          "starting a new one", flush=True)


def start_kernel(log_path, cwd=None):
    """Returns (manager, client) for a started kernel that has answered kernel_info."""
    for attempt in range(1, ATTEMPTS + 1):
        log = open(log_path, "a")
        manager = KernelManager(kernel_name=KERNEL_NAME)
        manager.start_kernel(stdout=log, stderr=log, cwd=cwd)
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=STARTUP_SECONDS)
            return manager, client
        except RuntimeError as e:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
            if not is_dead_start(e) or attempt == ATTEMPTS:
                raise
            retry_note(attempt)
