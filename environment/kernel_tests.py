"""End-to-end tests of the theorykit kernel through a real Jupyter client (jupyter_client).

1. Start-up: kernel start to first plot, on a fresh kernel.
2. Protocol: stdout streamed while a cell runs, a progress bar updated in place, a table and a chart
   displayed, compile and runtime errors, completion, inspect, is_complete, history, restart.
3. Interrupt (on this JDK, and on a JDK 25 when one is installed): during Thread.sleep, during a
   toolkit sweep (its finished points stay cached, no point is added after) and during a busy
   loop: each cell ends with an "Interrupted" error within 1 s; the next cell shows its output and
   a cell that writes a file writes it.
4. Starts under load: N fresh kernels (50 by default, THEORYKIT_KERNEL_STARTS), each sent
   execute_request the moment its process exists while two processes keep both cores busy: all
   must answer; prints the time to first reply (median, max).

Usage: kernel_tests.py   (THEORYKIT_RESULTS names a scratch directory). Prints one line per check;
exit status 1 if any check fails.
"""
import glob
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

KERNEL_NAME = "theorykit"
SCRATCH = pathlib.Path(os.environ.get("THEORYKIT_RESULTS", "build/kernel-tests")).resolve()
LOG = SCRATCH / "kernel.log"
SLOW_SWEEP = ('Table t = Experiments.run("tour", Scale.PAPER, '
              'Map.of("seeds", 400, "test", 200000, "n", 200, "degrees", "1,5,10,20,40"));')
failures = []


def check(ok, label, detail=""):
    print(f"{'ok    ' if ok else 'FAILED'} {label}{': ' + detail if detail else ''}", flush=True)
    if not ok:
        failures.append(label)
    return ok


class Kernel:
    """One kernel process and a client; run() returns (reply content, [(seconds, iopub message)])."""

    def __init__(self, name=KERNEL_NAME):
        self.manager = KernelManager(kernel_name=name)
        self.started = time.monotonic()
        self.manager.start_kernel(stdout=open(LOG, "a"), stderr=subprocess.STDOUT, cwd=str(SCRATCH))
        self.client = self.manager.client()
        self.client.start_channels()

    def send(self, code):
        return self.client.execute(code)

    def collect(self, msg_id, timeout=120):
        """Messages of a request until idle, with their arrival time, then the shell reply."""
        messages, deadline = [], time.monotonic() + timeout
        while True:
            msg = self.client.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            messages.append((time.monotonic(), msg))
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        return self.reply(msg_id, timeout), messages

    def reply(self, msg_id, timeout=120):
        while True:
            msg = self.client.get_shell_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]

    def run(self, code, timeout=120):
        return self.collect(self.send(code), timeout)

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def of_type(messages, kind):
    return [m["content"] for _, m in messages if m["msg_type"] == kind]


def text(messages):
    return "".join(c["text"] for c in of_type(messages, "stream"))


def first_plot():
    kernel = Kernel()
    try:
        reply, messages = kernel.run('XYChart c = Figures.xy("first plot", "x", "y");'
                                     'Figures.line(c, "line", new double[] {0, 1}, new double[] {0, 1});'
                                     'show(c);')
        images = [c for c in of_type(messages, "display_data") if "image/png" in c["data"]]
        seconds = messages[-1][0] - kernel.started
        check(reply["status"] == "ok" and images, "kernel start to first plot", f"{seconds:.1f} s")
    finally:
        kernel.close()


def protocol():
    kernel = Kernel()
    try:
        reply, messages = kernel.run('System.out.println("first");\nThread.sleep(1500);\nSystem.out.println("second");')
        streams = [(t, m["content"]["text"]) for t, m in messages if m["msg_type"] == "stream"]
        early = [t for t, s in streams if "first" in s]
        check(reply["status"] == "ok" and early and messages[-1][0] - early[0] > 1.0,
              "stdout streamed while the cell runs", f"'first' arrived {messages[-1][0] - early[0]:.1f} s before the end"
              if early else str(streams))

        reply, messages = kernel.run('try (ProgressBar bar = ProgressBar.start("steps", 4)) {\n'
                                     '  for (int i = 0; i < 4; i++) { Thread.sleep(400); bar.advance(); }\n}')
        shown = of_type(messages, "display_data")
        updates = of_type(messages, "update_display_data")
        ids = {c.get("transient", {}).get("display_id") for c in shown + updates}
        check(reply["status"] == "ok" and shown and len(updates) >= 2 and len(ids) == 1,
              "progress bar updated in place", f"{len(shown)} display, {len(updates)} updates of one display id")

        reply, messages = kernel.run('Table table = Table.create("t", DoubleColumn.create("x", 1.5, 2.5));\ntable')
        results = of_type(messages, "execute_result")
        check(reply["status"] == "ok" and results and "<table" in results[0]["data"].get("text/html", ""),
              "a table as the cell's value is HTML")

        reply, messages = kernel.run('XYChart chart = Figures.xy("c", "x", "y");\n'
                                     'Figures.line(chart, "l", new double[] {0, 1}, new double[] {1, 0});\nchart')
        results = of_type(messages, "execute_result")
        check(reply["status"] == "ok" and results and "image/png" in results[0]["data"], "a chart as the cell's value is a PNG")

        reply, messages = kernel.run('int a = 1;\nString s = a;')
        trace = reply.get("traceback", [])
        check(reply["status"] == "error" and reply["ename"] == "CompilationError" and trace
              and trace[0].startswith("line 2: incompatible types") and of_type(messages, "error"),
              "compile error names the line", trace[0] if trace else str(reply))

        reply, _ = kernel.run('int n = 0;\nthrow new IllegalArgumentException("n must be > 0, got " + n);')
        trace = reply.get("traceback", [])
        check(reply["status"] == "error" and reply["ename"] == "java.lang.IllegalArgumentException"
              and reply["evalue"] == "n must be > 0, got 0" and "    at (cell line 2)" in trace and len(trace) < 12,
              "runtime exception with the cell line and a short trace", " | ".join(trace))

        content = kernel.reply(kernel.client.complete("Figures.xy", 10))
        check("xy(" in content["matches"], "completion after a dot", str(content["matches"][:5]))
        content = kernel.reply(kernel.client.complete("int longName = 1;", 17))
        kernel.run("int longName = 1;")
        content = kernel.reply(kernel.client.complete("longN", 5))
        check("longName" in content["matches"], "completion of a name in scope", str(content["matches"]))

        content = kernel.reply(kernel.client.inspect("Figures.xy(", 11))
        found = content.get("found") and "Figures.xy(String title" in content["data"].get("text/plain", "")
        check(found, "inspect shows the signature", content.get("data", {}).get("text/plain", ""))

        statuses = [kernel.reply(kernel.client.is_complete(code))["status"]
                    for code in ("for (int i = 0; i < 3; i++) {", "int x = 1;")]
        check(statuses == ["incomplete", "complete"], "is_complete", str(statuses))

        content = kernel.reply(kernel.client.history(hist_access_type="tail", n=3))
        history = content.get("history", [])
        check(any("longName" in str(h) for h in history), "history", str(history))

        kernel.manager.restart_kernel(now=False)
        kernel.client.wait_for_ready(timeout=60)
        gone, _ = kernel.run("longName")
        fresh, messages = kernel.run("40 + 2")
        check(gone["status"] == "error" and fresh["status"] == "ok"
              and of_type(messages, "execute_result")[0]["data"]["text/plain"] == "42",
              "restart: a fresh session that answers")
    finally:
        kernel.close()


def interrupt_after(kernel, code, seconds):
    """Starts code, interrupts it after `seconds`; returns (reply, seconds from interrupt to reply)."""
    msg_id = kernel.send(code)
    time.sleep(seconds)
    interrupted = time.monotonic()
    kernel.manager.interrupt_kernel()
    reply = kernel.reply(msg_id, timeout=60)
    return reply, time.monotonic() - interrupted


def interrupts(name, label):
    kernel = Kernel(name)
    try:
        kernel.client.wait_for_ready(timeout=60)
        kernel.run("1 + 1")
        reply, delay = interrupt_after(kernel, "Thread.sleep(60_000);", 1.0)
        check(reply["status"] == "error" and reply["ename"] == "Interrupted" and delay < 1.0,
              f"{label}: interrupt during Thread.sleep", f"{reply.get('ename')} after {delay:.2f} s")
        after_cell(kernel, label, "sleep")

        results = SCRATCH / f"sweep-{name}"
        kernel.run(f'System.setProperty("theorykit.results", "{results}");')
        reply, delay = interrupt_after(kernel, SLOW_SWEEP, 8.0)
        kept = len(list(results.rglob("*.csv")))
        time.sleep(3)
        later = len(list(results.rglob("*.csv")))
        check(reply["status"] == "error" and reply["ename"] == "Interrupted" and delay < 1.0 and kept > 0 and later == kept,
              f"{label}: interrupt during a toolkit sweep",
              f"{reply.get('ename')} after {delay:.2f} s; {kept} points cached, {later} 3 s later")
        after_cell(kernel, label, "sweep")

        reply, delay = interrupt_after(kernel, "long spins = 0;\nwhile (true) { spins++; }", 1.0)
        check(reply["status"] == "error" and reply["ename"] == "Interrupted" and delay < 1.0,
              f"{label}: interrupt during a busy loop that never checks the flag",
              f"{reply.get('ename')} after {delay:.2f} s")
        after_cell(kernel, label, "busy loop")
    finally:
        kernel.close()


def after_cell(kernel, label, what):
    """After an interrupt: a cell's output appears and a file it writes exists."""
    target = SCRATCH / f"written-after-{what.replace(' ', '-')}.txt"
    target.unlink(missing_ok=True)
    reply, messages = kernel.run(f'System.out.println("still here");\n'
                                 f'java.nio.file.Files.writeString(java.nio.file.Path.of("{target}"), "written");')
    check(reply["status"] == "ok" and "still here" in text(messages) and target.is_file()
          and target.read_text() == "written", f"{label}: after the {what}, the next cell runs and writes its file")


def jdk25_kernel():
    """A copy of the kernel spec on a JDK 25 when one is installed: (name, None) or (None, reason)."""
    javas = sorted(glob.glob("/usr/lib/jvm/*25*/bin/java"))
    if not javas:
        return None, "no JDK 25 under /usr/lib/jvm"
    spec = json.loads((pathlib.Path(KernelSpecManager().get_kernel_spec(KERNEL_NAME).resource_dir) / "kernel.json").read_text())
    spec["argv"][0] = javas[0]
    spec["display_name"] += " on JDK 25"
    home = pathlib.Path(tempfile.mkdtemp(prefix="theorykit-jdk25-"))
    (home / "kernels" / "theorykit-jdk25").mkdir(parents=True)
    (home / "kernels" / "theorykit-jdk25" / "kernel.json").write_text(json.dumps(spec))
    os.environ["JUPYTER_PATH"] = str(home) + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    return "theorykit-jdk25", None


def starts_under_load(count):
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    answered, times = 0, []
    try:
        for _ in range(count):
            kernel = Kernel()
            try:
                reply, _ = kernel.run("1 + 1", timeout=60)
                if reply["status"] == "ok":
                    answered += 1
                    times.append(time.monotonic() - kernel.started)
            except Exception as e:  # a start that does not answer within 60 s
                print(f"       a start did not answer: {type(e).__name__} {e}", flush=True)
            finally:
                kernel.close()
    finally:
        for b in burners:
            b.kill()
    detail = (f"{answered}/{count} answered; first reply after {statistics.median(times):.1f} s median, "
              f"{max(times):.1f} s max, both cores busy") if times else f"0/{count} answered"
    check(answered == count, "starts under load", detail)


def main():
    SCRATCH.mkdir(parents=True, exist_ok=True)
    LOG.write_text("")
    first_plot()
    protocol()
    interrupts(KERNEL_NAME, f"JDK {java_version(KERNEL_NAME)}")
    name, reason = jdk25_kernel()
    if name:
        interrupts(name, "JDK 25")
    else:
        print(f"skip   JDK 25 interrupts: {reason}")
    starts_under_load(int(os.environ.get("THEORYKIT_KERNEL_STARTS", "50")))
    print(f"kernel checks: {len(failures) == 0 and 'all passed' or ', '.join(failures) + ' FAILED'} (log: {LOG})")
    return 1 if failures else 0


def java_version(name):
    java = json.loads((pathlib.Path(KernelSpecManager().get_kernel_spec(name).resource_dir) / "kernel.json")
                      .read_text())["argv"][0]
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    return out.split('"')[1] if '"' in out else java


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skips jupyter_client's noisy finalizers
