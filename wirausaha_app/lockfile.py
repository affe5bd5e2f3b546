"""``<database>.lock``: one program at a time works on a database file.

Shared by the desktop app (held while a file is open) and the command line (held by
``wirausaha restore`` while it swaps the file, so a window cannot keep writing into a
file that has just been set aside). QtCore's QLockFile, not a GUI class: it records
the owner's process id, and a lock whose process has gone is taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg


class DatabaseInUseError(UserError):
    def __init__(self, path: str, pid: int) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "DatabaseOpen",
                    "{path} is already open in another Wirausaha window (process {pid}). "
                    "Switch to that window, or close it and try again.",
                ),
                path=path,
                pid=pid,
            )
        )


class DatabaseLockError(UserError):
    """The lock file cannot be written (a read-only folder, no permission)."""


class DatabaseLock:
    """Holds ``<database>.lock`` while the database is open in this program."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(path) + ".lock")
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(200):
            return
        if self._lock.error() == QLockFile.LockError.PermissionError:
            raise DatabaseLockError(msg(QT_TRANSLATE_NOOP(
                "DatabaseOpen",
                "The folder of {path} cannot be written to (it is read-only or you have "
                "no permission there): the program needs to write its lock file and "
                "the database there."), path=str(self.path)))
        info = self._lock.getLockInfo()  # (pid, host, app) in PySide6
        pid = info[0] if isinstance(info, tuple) and info else 0
        raise DatabaseInUseError(str(self.path), int(pid or 0))

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
