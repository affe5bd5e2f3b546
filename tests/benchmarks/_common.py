"""Shared helpers for the benchmark scripts: medians, ratios, memory, a results table.

Every figure is reported next to a raw baseline measured in the same run (the
machine is noisy), as ``figure / baseline``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def median_ms(
    action: Callable[[], object],
    runs: int = 7,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> float:
    """Median wall time of ``action``; ``setup`` (untimed) runs before each call."""
    times = []
    for n in range(warmup + runs):
        if setup is not None:
            setup()
        elapsed = timed_ms(action)
        if n >= warmup:
            times.append(elapsed)
    return statistics.median(times)


def rss_mib() -> float:
    """Resident memory of this process now (Linux), else its peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Figure:
    name: str
    value: float
    baseline: float
    baseline_name: str
    target: str = ""
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")


def print_table(title: str, figures: list[Figure]) -> None:
    print(f"\n{title}")
    width = max(len(f.name) for f in figures)
    base_width = max(len(f.baseline_name) for f in figures)
    print(
        f"{'figure':<{width}}  {'value':>10}  {'baseline':<{base_width}}  {'raw':>9}  "
        f"{'ratio':>7}  target"
    )
    for f in figures:
        print(
            f"{f.name:<{width}}  {f.value:>8.1f}{f.unit:<2}  {f.baseline_name:<{base_width}}  "
            f"{f.baseline:>7.2f}{f.unit:<2}  {f.ratio:>6.2f}×  {f.target}"
        )
