"""Files written whole or not at all: exports, templates and reports.

A half-written workbook or PDF with the coordinator's file name is worse than none
(it opens as damaged, or silently misses rows), so each is written to a temp file
beside the target and renamed over it only once complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replaced_on_success(out: Path, suffix: str) -> Iterator[Path]:
    """A temp file next to ``out`` (``suffix`` e.g. ``.xlsx.part``), renamed over ``out``
    when the block completes; on a cancel or failure it is removed and ``out`` is as it was."""
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.chmod(0o644)  # mkstemp makes it private (0600); a report is an ordinary document
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
