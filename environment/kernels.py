"""Starting the theorykit kernel reliably from Python (used by the notebook runner and checks).

rapaio-jupyter-kernel 3.0.1 has a start-up race: its shell channel starts listening before the
message handlers are registered, and a kernel_info request that arrives in that window stops the
shell loop for good ("Kernel didn't respond"). Seen in about 1 start of 5 on a loaded 2-core
machine. The kernel also answers only the first client that connects, so a dead start cannot be
probed by a second client: the whole start (kernel and client) is retried instead.
"""
from jupyter_client.manager import KernelManager

KERNEL_NAME = "theorykit"
ATTEMPTS = 5
STARTUP_SECONDS = 30


def is_dead_start(error):
    """Whether an exception is the start-up race's symptom (worth a fresh start)."""
    return isinstance(error, RuntimeError) and "didn't respond" in str(error)


def retry_note(attempt):
    print(f"[theorykit] kernel did not answer within {STARTUP_SECONDS}s (attempt {attempt} of {ATTEMPTS}); "
          "starting a new one", flush=True)


def start_kernel(log, cwd=None):
    """Returns (manager, client) for a started kernel that has answered kernel_info."""
    for attempt in range(1, ATTEMPTS + 1):
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
