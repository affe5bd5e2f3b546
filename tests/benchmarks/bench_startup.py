"""Start-up: the app to its first painted window on a large database, vs bare PySide6.

    wirausaha demo --db /tmp/large.db --size large
    python tests/benchmarks/bench_startup.py /tmp/large.db [--runs 7]

Both are whole processes started the same way; times are wall-clock from spawn
(the child prints ``time.time()`` at each milestone, ``WIRAUSAHA_STARTUP_TRACE``):

- first painted window: ``wirausaha-app --db LARGE --smoke-test`` (QApplication,
  translators, settings, main window with every page's sidebar entry, first paint)
  vs a bare PySide6 script showing an empty QMainWindow to its first paint.
  Goal: ratio ≤ 1.5.
- ready: the database locked, opened (migration check) and the dashboard painted
  with it — the moment the program can be used — against the same bare window.
Also lists the heavy libraries the app has imported by its first paint (openpyxl,
reportlab, scipy must not be among them).

The package's bytecode is compiled first, as ``pip install`` does for a wheel: a
checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile the modules it
imports from source on every start (~12 ms), which no installed copy does.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._common import Figure, print_table

BARE = """
import sys
import time
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def event(self, e):
        result = super().event(e)
        if e.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            print("smoke ok", flush=True)
            QTimer.singleShot(0, app.quit)
        return result

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1200, 760)
window.show()
app.exec()
"""

APP = """
import sys
from wirausaha_app.ui.app import main
code = main(["--db", sys.argv[1], "--smoke-test"])
heavy = sorted(m for m in ("openpyxl", "reportlab", "scipy", "numpy", "xlsxwriter",
                           "python_calamine") if m in sys.modules)
print("heavy modules:", ", ".join(heavy) or "none", flush=True)
sys.exit(code)
"""


def run(args: list[str]) -> tuple[dict[str, float], str]:
    """Milliseconds from spawn to each milestone the child reports (and to its exit)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        WIRAUSAHA_STARTUP_TRACE="1",
    )
    start = time.time()
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    ended = time.time()
    if done.returncode != 0 or "smoke ok" not in done.stdout:
        raise SystemExit(f"failed: {args}\n{done.stdout}\n{done.stderr}")
    marks = {"exit": (ended - start) * 1000}
    for line in done.stderr.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-paint", "ready"):
            marks[name] = (float(value) - start) * 1000
    return marks, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    package = Path(__file__).resolve().parents[2] / "wirausaha_app"
    compileall.compile_dir(package, quiet=1)  # as pip does at install time
    app_cmd = [sys.executable, "-c", APP, str(args.db)]
    bare_cmd = [sys.executable, "-c", BARE]
    run(app_cmd)  # warm the OS file cache for both
    run(bare_cmd)
    app_runs, bare_runs = [], []
    output = ""
    for _ in range(args.runs):  # interleaved, so both see the same machine noise
        marks, output = run(app_cmd)
        app_runs.append(marks)
        bare_runs.append(run(bare_cmd)[0])

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    bare_paint = median(bare_runs, "first-paint")
    figures = [
        Figure(
            "app start → first painted window",
            median(app_runs, "first-paint"),
            bare_paint,
            "bare QMainWindow first paint",
            "≤ 1.5×",
        ),
        Figure(
            "app start → database open, dashboard painted",
            median(app_runs, "ready"),
            bare_paint,
            "bare QMainWindow first paint",
            "(usable)",
        ),
        Figure(
            "whole smoke-test process (start → exit)",
            median(app_runs, "exit"),
            median(bare_runs, "exit"),
            "bare process start → exit",
            "",
        ),
    ]
    print_table(f"Start-up, median of {args.runs} warm runs", figures)
    print(next(line for line in output.splitlines() if line.startswith("heavy modules")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
