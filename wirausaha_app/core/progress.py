"""Progress and cancellation for long work (import, export, reports, backups, demo).

Core functions take a :class:`Progress` and call ``progress.step(...)`` now and then;
the call raises :class:`Cancelled` once the user asked to stop, so the work unwinds
through its ``with db.transaction()`` and rolls back. The UI passes a subclass that
forwards to a Qt signal; the CLI passes :data:`SILENT` or a printing one.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled; whatever was half done has been (or will be) rolled back."""


class Progress:
    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report ``done`` of ``total`` units; raise Cancelled if asked to stop."""
        if self._cancel.is_set():
            raise Cancelled
        self.report(done, total, text)

    def report(self, done: int, total: int | None, text: str) -> None:
        """Override to show progress; the base class shows nothing."""


class PrintProgress(Progress):
    """Progress on stderr for the CLI, at most every 5 %."""

    def __init__(self) -> None:
        super().__init__()
        self._last = -1

    def report(self, done: int, total: int | None, text: str) -> None:
        import sys

        if not total:
            return
        percent = done * 100 // total
        if percent // 5 != self._last // 5 or done == total:
            self._last = percent
            print(f"\r{text} {percent:3d}%", end="" if done < total else "\n", file=sys.stderr)


SILENT = Progress()
