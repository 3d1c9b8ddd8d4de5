"""Execute theorykit notebooks headless and render them to HTML with the plots embedded.

Usage: run_notebooks.py [--require-images] [--timeout S] OUT_DIR NOTEBOOK...

Each notebook runs in the 'theorykit' kernel with notebooks/ as working directory; the executed
copy goes to OUT_DIR/NAME.ipynb and the page to OUT_DIR/NAME.html. Exit status 1 if any cell
fails or (with --require-images) a notebook shows no image; the summary names each failure.
"""
import argparse
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

KERNEL_NAME = "theorykit"


def count_images(nb):
    return sum(1 for cell in nb.cells if cell.cell_type == "code"
               for out in cell.get("outputs", []) if "image/png" in out.get("data", {}))


def execute(path, timeout, log_path):
    """Executes the notebook in a fresh kernel; returns (notebook, error text or None)."""
    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=timeout, startup_timeout=120,
                            resources={"metadata": {"path": str(path.parent)}})
    with open(log_path, "a") as log:
        try:
            client.execute(stdout=log, stderr=log)
            return nb, None
        except CellExecutionError as e:
            return nb, "\n".join(str(e).strip().splitlines()[-12:])
        except (TimeoutError, RuntimeError) as e:
            return nb, f"{type(e).__name__}: {e}"


def run(path, out_dir, timeout):
    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    log_path = out_dir / path.with_suffix(".kernel.log").name
    log_path.write_text("")
    nb, error = execute(path, timeout, log_path)
    seconds = time.monotonic() - started
    nbformat.write(nb, str(out_dir / path.name))
    html, _ = HTMLExporter().from_notebook_node(nb)
    (out_dir / path.with_suffix(".html").name).write_text(html, encoding="utf-8")
    return error, count_images(nb), seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--require-images", action="store_true")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds per cell")
    parser.add_argument("out_dir")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    out_dir = pathlib.Path(args.out_dir)
    failures = []
    for name in args.notebooks:
        path = pathlib.Path(name).resolve()
        if not path.is_file():
            failures.append(f"{name}: no such notebook")
            continue
        error, images, seconds = run(path, out_dir, args.timeout)
        status = "ok" if error is None else "FAILED"
        if error is None and args.require_images and images == 0:
            status, error = "FAILED", "the lecture produced no image"
        print(f"{status:6} {path.name}  {seconds:6.1f}s  {images} image(s)  -> {out_dir / path.with_suffix('.html').name}",
              flush=True)
        if error is not None:
            failures.append(f"{path.name}: {error}")
    passed = len(args.notebooks) - len(failures)
    print(f"notebooks: {passed} passed, {len(failures)} failed", flush=True)
    if failures:
        print("\nnotebook failures:", file=sys.stderr)
        for f in failures:
            print(f"- {f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
