"""Why a database could not be opened, in words a coordinator understands."""

from __future__ import annotations

import errno

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg


class DatabaseOpenError(UserError):
    """Base class: the file was not opened and has not been changed."""


class NotADatabaseError(DatabaseOpenError):
    def __init__(self, path: str) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is not a Wirausaha database (not an SQLite file). "
                    "The file was left untouched.",
                ),
                path=path,
            )
        )


class CorruptDatabaseError(DatabaseOpenError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is damaged and cannot be read ({detail}). "
                    "The file was left untouched; restore a backup.",
                ),
                path=path,
                detail=detail,
            )
        )


class UnreadableDatabaseError(DatabaseOpenError):
    """The file could not be read for a reason that is not damage (permissions, a
    read-only or vanished drive, a disk error): nothing is set aside or restored."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} cannot be read ({detail}). Check that the drive is there and "
                    "that you may read and write the file and its folder. The file was "
                    "left untouched.",
                ),
                path=path,
                detail=detail,
            )
        )


# SQLite's result codes that mean the file itself is damaged (not merely unreachable).
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


SQLITE_FULL = 13


def is_disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full", or the system's "no space left on device"."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return "disk is full" in str(exc).lower()
    return bool(code & 0xFF == SQLITE_FULL)


def is_damage(exc: BaseException) -> bool:
    """True when an sqlite3 error says the file is damaged (corrupt, not a database).

    "unable to open", "readonly", "locked" or a disk I/O error are about reaching the
    file: treating them as damage would offer to set a healthy database aside.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # an error without a result code: judged by its words
        text = str(exc).lower()
        return "malformed" in text or "not a database" in text
    return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


class NewerDatabaseError(DatabaseOpenError):
    def __init__(self, path: str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} was written by a newer version of this program (schema "
                    "{revision}). Install the newer version to open it; the file was "
                    "left unchanged.",
                ),
                path=path,
                revision=revision,
            )
        )


class ForeignDatabaseError(DatabaseOpenError):
    def __init__(self, path: str) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is an SQLite database of another program. The file was left untouched.",
                ),
                path=path,
            )
        )


class DatabaseBusyError(UserError):
    def __init__(self) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The database is in use by another program or window. "
                    "Nothing was saved; try again in a moment.",
                )
            )
        )


class DiskFullError(UserError):
    def __init__(self) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The disk is full, so nothing was saved. Free some space and try again.",
                )
            )
        )


class SaveFailedError(UserError):
    """A write the database refused for a reason that is neither "busy" nor "full"."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "Nothing was saved: {reason} What you typed is still there.",
                ),
                reason=reason,
            )
        )


def save_error(exc: BaseException) -> UserError | None:
    """The coordinator's words for an SQLite error during a save, or None (unknown).

    By result code (the words differ between SQLite versions), then by text.
    """
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    if code in (5, 6) or "database is locked" in text or "busy" in text:  # BUSY, LOCKED
        return DatabaseBusyError()
    if is_disk_full(exc):
        return DiskFullError()
    if code == 8 or "readonly" in text:  # SQLITE_READONLY
        return SaveFailedError(str(msg(QT_TRANSLATE_NOOP(
            "Database", "the database file or its folder is read-only."))))
    if code == 10 or "disk i/o error" in text:  # SQLITE_IOERR
        return SaveFailedError(str(msg(QT_TRANSLATE_NOOP(
            "Database", "the disk could not be written (a disk or network drive error)."))))
    if is_damage(exc):
        return SaveFailedError(str(msg(QT_TRANSLATE_NOOP(
            "Database", "the database file is damaged; close the program and open it again "
                        "to restore a backup."))))
    return None
