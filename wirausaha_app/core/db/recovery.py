"""Damaged databases: detect, set aside, offer the newest verified backup, restore.

The flow the UI (or ``wirausaha restore``) follows::

    problems = check_database_file(path)          # [] = healthy (or no file yet)
    if problems:
        rec = recover(path)                       # moves the file aside
        # show rec.problems; offer rec.backup (None = no usable backup)
        if rec.backup and user_agrees:
            restore_backup(rec.backup, path)
    db = open_database(path)

``open_database`` raising ``CorruptDatabaseError`` is the other trigger for the
same flow. Setting aside renames the file (and its ``-wal``/``-shm``) to
``<name>.corrupt-<stamp>``: its bytes stay as they were, for a later rescue with
``sqlite3 .recover``. Files that are not SQLite at all are never treated as
damaged databases (they are refused, untouched, by ``open_database``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wirausaha_app.core.db.backup import BackupError, integrity_problems, said
from wirausaha_app.core.db.engine import readonly_uri
from wirausaha_app.core.db.errors import is_damage
from wirausaha_app.core.db.lifecycle import SQLITE_HEADER
from wirausaha_app.core.db.retention import list_backups
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg

_SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Recovery:
    damaged: Path  # where the damaged file now is
    problems: list[str]  # what quick_check (or opening) said
    backup: Path | None  # newest backup passing integrity_check, None if there is none


def is_sqlite_file(path: Path) -> bool:
    if not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def check_database_file(
    path: Path, *, quick: bool = True, interrupt: Callable[[], bool] | None = None
) -> list[str]:
    """Problems found by ``quick_check`` (or ``integrity_check``) + ``foreign_key_check``.

    Empty when the file is healthy, missing, empty or not an SQLite file (the last
    is a different refusal, handled by ``open_database``). Read-only: the file is
    not changed, but a hot WAL is read through, as SQLite would on open.
    ``interrupt`` returning True stops the check (then empty: nothing was found).
    """
    if not is_sqlite_file(path):
        return []
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)] if is_damage(exc) else []
    if interrupt is not None:
        conn.set_progress_handler(lambda: int(interrupt()), 10_000)
    try:
        return integrity_problems(conn, quick=quick)
    except sqlite3.Error as exc:
        # Only damage is a finding: a file that cannot be reached now (permissions, a
        # disk error) is not set aside; opening it then says what is wrong.
        return [str(exc)] if is_damage(exc) else []
    finally:
        conn.close()


def set_aside(path: Path, when: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL/SHM) to ``<name>.corrupt-<stamp>``."""
    if not path.exists():  # checked first so a stale WAL/SHM is kept as evidence
        raise FileNotFoundError(path)
    moved = _move_aside(path, "corrupt", when)
    assert moved is not None  # it existed a moment ago
    return moved


def _move_aside(path: Path, aside: str, when: datetime | None) -> Path | None:
    """Rename ``path`` and its WAL/SHM to ``<name>.<aside>-<stamp>`` (a stale WAL/SHM
    of a missing file is removed); returns the new name, or None if there was no file."""
    moved = None
    if path.exists():
        stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
        moved = path.with_name(f"{path.name}.{aside}-{stamp}")
        n = 1
        while moved.exists():  # two in one second: never overwrite a kept file
            n += 1
            moved = path.with_name(f"{path.name}.{aside}-{stamp}-{n}")
        os.replace(path, moved)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            if moved is not None:
                os.replace(side, moved.with_name(moved.name + suffix))
            else:
                side.unlink()
    return moved


def _is_our_database(path: Path) -> bool:
    """An SQLite file with this program's schema (its ``alembic_version`` table)."""
    if not is_sqlite_file(path):
        return False
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
    except sqlite3.DatabaseError:
        return True  # damaged: check_database_file says how
    finally:
        conn.close()
    return found is not None


def missing_with_backups(path: Path) -> bool:
    """The database file is missing or empty, yet backups or set-aside copies of it
    exist: opening it would quietly start an empty database in its place (after a
    crash in the middle of a restore, or a file deleted by mistake)."""
    try:
        if path.exists() and path.stat().st_size > 0:
            return False
    except OSError:
        return False
    if list_backups(path):
        return True
    pattern = glob.escape(path.name)
    return any(path.parent.glob(f"{pattern}.corrupt-*")) or any(
        path.parent.glob(f"{pattern}.replaced-*"))


class MissingDatabaseError(UserError):
    def __init__(self, path: Path) -> None:
        super().__init__(msg(QT_TRANSLATE_NOOP(
            "Backup",
            "{path} is missing or empty, but there are backups of it. Restore one "
            "(wirausaha restore, or open it in the app) instead of starting an empty "
            "database there."), path=str(path)))


def newest_verified_backup(source: Path, dest_dir: Path | None = None) -> Path | None:
    """The newest backup of ``source`` that passes ``integrity_check`` (full check)."""
    for backup in list_backups(source, dest_dir):
        if is_sqlite_file(backup.path) and not check_database_file(backup.path, quick=False):
            return backup.path
    return None


def recover(path: Path, *, dest_dir: Path | None = None,
            when: datetime | None = None) -> Recovery | None:
    """If ``path`` is a damaged SQLite database: set it aside and find a backup.

    Returns None (and changes nothing) when the database is healthy or absent.
    """
    problems = check_database_file(path)
    if not problems:
        return None
    damaged = set_aside(path, when)
    return Recovery(damaged, problems, newest_verified_backup(path, dest_dir))


def restore_backup(
    backup: Path, target: Path, *, when: datetime | None = None, aside: str = "replaced"
) -> Path | None:
    """Copy a verified backup to ``target`` with the backup API; return where the old
    file went (``<name>.<aside>-<stamp>``: "replaced", or "corrupt" for a damaged one)
    or None if there was none.

    Everything slow comes first — checking the backup, copying it to a temp file beside
    ``target``, checking the copy — while ``target`` stays as it was. Only then, in one
    short step, the old file and its WAL/SHM are moved aside and the copy renamed into
    place: a crash or a cancel before that leaves the old file untouched, never no file.
    Failures (a full disk, an unreadable backup) are said as a ``BackupError``.
    """
    if not _is_our_database(backup):
        raise BackupError(msg(
            QT_TRANSLATE_NOOP("Backup", "{name} is not a backup of this program's database "
                                        "(it is empty, missing or another kind of file); "
                                        "choose another one."),
            name=backup.name))
    if problems := check_database_file(backup, quick=False):
        raise BackupError(msg(
            QT_TRANSLATE_NOOP("Backup", "The backup {name} is damaged ({detail}); "
                                        "choose another one."),
            name=backup.name, detail="; ".join(problems[:3])))
    tmp = target.with_name(target.name + ".restore-tmp")
    try:
        _copy_checked(backup, tmp)
        return _swap_in(tmp, target, aside, when)
    except (sqlite3.Error, OSError) as exc:
        raise _restore_failed(exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _copy_checked(backup: Path, tmp: Path) -> None:
    src = sqlite3.connect(readonly_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            if problems := integrity_problems(dst):
                raise BackupError(msg(
                    QT_TRANSLATE_NOOP("Backup", "The restored copy failed its check ({detail})."),
                    detail="; ".join(problems[:3])))
        finally:
            dst.close()
    finally:
        src.close()


def _swap_in(tmp: Path, target: Path, aside: str, when: datetime | None) -> Path | None:
    """Move ``target`` (and its WAL/SHM) aside, then ``tmp`` into its place."""
    moved = _move_aside(target, aside, when)
    os.replace(tmp, target)
    return moved


def _restore_failed(exc: BaseException) -> BackupError:
    return said(exc, QT_TRANSLATE_NOOP(
        "Backup", "Nothing was restored: the disk is full. Free some space and try "
                  "again. The database is as it was."), QT_TRANSLATE_NOOP(
        "Backup", "Nothing was restored ({detail}). The database is as it was."))
